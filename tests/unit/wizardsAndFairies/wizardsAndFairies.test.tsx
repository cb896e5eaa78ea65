import { MemoryBlobStore } from '../../../src/store/blobStore';
import { Suspense } from 'react';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { initI18n } from '../../../src/app/i18n';
import { blankSession } from '../../../src/app/workspace';
import { PracticeRoute } from '../../../src/app/screens/PracticeRoute';
import { SessionStore } from '../../../src/store/sessionStore';
import { setActivityState } from '../../../src/store/commands';
import { findPlace } from '../../../src/model/places';
import { findActivity } from '../../../src/activities/registry';
import WizardsAndFairiesScreen from '../../../src/activities/wizardsAndFairies/WizardsAndFairiesScreen';
import { CHARACTERS, readWizardsState } from '../../../src/activities/wizardsAndFairies/characters';
import type { CharacterId } from '../../../src/activities/wizardsAndFairies/characters';
import { BUBBLES, closingKeyFor, promptKeysFor } from '../../../src/activities/wizardsAndFairies/prompts';
import { wizardsConfig } from '../../../src/activities/wizardsAndFairies/config';
import type { Page } from '../../../src/model/types';

// jsdom has no layout; the drawing page only needs the observer to exist.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

beforeAll(() => {
  initI18n();
  vi.stubGlobal('ResizeObserver', NoResizeObserver);
});

afterEach(cleanup);

// Rendering the drawing page in jsdom is slow on a busy machine; nothing here waits on time.
vi.setConfig({ testTimeout: 20_000 });

function newStore(): SessionStore {
  return new SessionStore(blankSession({ childName: 'Amira', workerName: 'Sam', present: [], language: 'en-GB' }));
}

function renderScreen(store: SessionStore, place?: string) {
  const goTo = vi.fn();
  const exit = vi.fn();
  const view = render(<WizardsAndFairiesScreen store={store} blobs={new MemoryBlobStore()} practice place={place} goTo={goTo} exit={exit} />);
  return { ...view, goTo, exit };
}

function wfState(store: SessionStore) {
  return store.get().activityState['wizards-and-fairies'] ?? {};
}

function pageOf(store: SessionStore, place: string): Page {
  const page = store.get().pages.find((p) => p.activity === 'wizards-and-fairies' && p.place === place);
  if (!page) throw new Error(`no page for ${place}`);
  return page;
}

/** The contract names must each name exactly one control on a screen. */
function expectOneButton(name: string) {
  expect(screen.getAllByRole('button', { name })).toHaveLength(1);
}

/** The worker's controls sit behind one "For the worker" toggle in the child's space. */
async function openWorkerHelp(user: ReturnType<typeof userEvent.setup>) {
  const toggle = screen.getByRole('button', { name: 'For the worker' });
  if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
}

describe('choosing the character', () => {
  it('offers Fairy, Wizard and other characters as buttons, and stores the choice in the session', async () => {
    const user = userEvent.setup();
    const store = newStore();
    renderScreen(store);

    for (const name of ['Fairy', 'Wizard', 'Superhero', 'Unicorn', 'Dragon']) expectOneButton(name);
    expect(screen.queryByRole('button', { name: 'Good things' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Wizard' }));
    expect(wfState(store).character).toBe('wizard');
    expect(screen.getByRole('button', { name: 'Wizard' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Fairy' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('stores the skin colour, hair style, hair colour and the blank outline', async () => {
    const user = userEvent.setup();
    const store = newStore();
    renderScreen(store);

    await user.click(screen.getByRole('button', { name: 'Fairy' }));
    const skinTones = within(screen.getByRole('group', { name: 'Skin colour' })).getAllByRole('button');
    expect(skinTones.length).toBeGreaterThanOrEqual(5);
    const hairStyles = within(screen.getByRole('group', { name: 'Hair' })).getAllByRole('button');
    expect(hairStyles.length).toBeGreaterThanOrEqual(4);

    await user.click(screen.getByRole('button', { name: 'Dark skin' }));
    await user.click(screen.getByRole('button', { name: 'Curly hair' }));
    await user.click(screen.getByRole('button', { name: 'Red hair' }));
    expect(wfState(store)).toMatchObject({ character: 'fairy', skinTone: 'skin-6', hair: 'curly', hairColour: 'red' });
    expect(screen.getByRole('button', { name: 'Dark skin' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Draw it myself' }));
    expect(wfState(store).look).toBe('outline');
    // The blank figure has no skin or hair to choose; the earlier choices are kept.
    expect(screen.queryByRole('group', { name: 'Skin colour' })).toBeNull();
    expect(readWizardsState(store.get())).toMatchObject({ skinTone: 'skin-6', hair: 'curly' });
  });

  it('keeps Stop in reach while choosing, and loses nothing', async () => {
    const user = userEvent.setup();
    const store = newStore();
    renderScreen(store);
    await user.click(screen.getByRole('button', { name: 'Fairy' }));
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await user.click(screen.getByRole('button', { name: 'Carry on' }));
    expect(screen.getByRole('button', { name: 'Fairy' })).toHaveAttribute('aria-pressed', 'true');
    expect(wfState(store).character).toBe('fairy');
  });

  it('does not offer skin or hair for the magic animals', async () => {
    const user = userEvent.setup();
    renderScreen(newStore());
    await user.click(screen.getByRole('button', { name: 'Unicorn' }));
    expect(screen.queryByRole('group', { name: 'Skin colour' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Draw it myself' })).toBeInTheDocument();
  });

  it('goes on to the bubbles around the character, with one control for each bubble name', async () => {
    const user = userEvent.setup();
    renderScreen(newStore());
    await user.click(screen.getByRole('button', { name: 'Superhero' }));
    await user.click(screen.getByRole('button', { name: 'Ready' }));

    await screen.findByRole('button', { name: 'Good things' });
    for (const name of ['Good things', 'Worries', 'Wishes']) expectOneButton(name);
    expect(screen.queryByRole('button', { name: 'Fairy' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Wizard' })).toBeNull();
    await openWorkerHelp(user);
    expectOneButton('Change character');
  });

  it('goes straight to the bubbles when the character was chosen before, and can change it', async () => {
    const user = userEvent.setup();
    const store = newStore();
    store.apply(setActivityState('wizards-and-fairies', { character: 'dragon' }));
    renderScreen(store);
    expect(screen.getByRole('button', { name: 'Wishes' })).toBeInTheDocument();

    await openWorkerHelp(user);
    await user.click(screen.getByRole('button', { name: 'Change character' }));
    await screen.findByRole('button', { name: 'Dragon' });
    expect(screen.getByRole('button', { name: 'Dragon' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('ends calmly, thanking the character the child chose', async () => {
    const user = userEvent.setup();
    const store = newStore();
    store.apply(setActivityState('wizards-and-fairies', { character: 'wizard' }));
    renderScreen(store);
    await user.click(screen.getByRole('button', { name: 'We have finished' }));
    expect(await screen.findByRole('heading', { name: 'Thank you, wizard!' })).toBeInTheDocument();
  });
});

describe('the bubble pages', () => {
  it('asks through the chosen character and records the prompt shown', () => {
    const store = newStore();
    store.apply(setActivityState('wizards-and-fairies', { character: 'wizard' }));
    renderScreen(store, 'good-things');

    const shown = 'What does the good wizard see that is good at home?';
    expect(screen.getByText(shown)).toBeInTheDocument();
    const key = 'wizards:prompts.good-things.wizard.1';
    expect(pageOf(store, 'good-things').promptsShown).toEqual([key]);
    // The summary reads a recorded key back with no parameters: it must give the same words.
    expect(i18next.t(key)).toBe(shown);

    for (const name of ['Good things', 'Worries', 'Wishes']) expectOneButton(name);
    expect(screen.getByLabelText('Drawing area')).toBeInTheDocument();
    expectOneButton('Stop');
    expectOneButton('Read aloud');
  });

  it('lets the worker change the question, saving exactly what was typed', async () => {
    const user = userEvent.setup();
    const store = newStore();
    store.apply(setActivityState('wizards-and-fairies', { character: 'fairy' }));
    renderScreen(store, 'wishes');

    await openWorkerHelp(user);
    await user.click(screen.getByRole('button', { name: 'Change the question' }));
    const field = screen.getByRole('textbox', { name: 'Question' });
    expect(field).toHaveValue('If you had the magic wand, what would you change or wish for?');
    await user.clear(field);
    await user.type(field, 'what would u wish for  at nans house?');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(pageOf(store, 'wishes').customPrompt).toBe('what would u wish for  at nans house?');
    expect(screen.getByText('what would u wish for at nans house?', { normalizer: (s) => s.replace(/\s+/g, ' ') })).toBeInTheDocument();

    await openWorkerHelp(user);
    await user.click(screen.getByRole('button', { name: 'Change the question' }));
    await user.click(screen.getByRole('button', { name: 'Use the usual question' }));
    expect(pageOf(store, 'wishes').customPrompt).toBeUndefined();
    expect(screen.getByText('If you had the magic wand, what would you change or wish for?')).toBeInTheDocument();
  });

  it('keeps the default when the question is saved unchanged', async () => {
    const user = userEvent.setup();
    const store = newStore();
    store.apply(setActivityState('wizards-and-fairies', { character: 'unicorn' }));
    renderScreen(store, 'worries');
    await openWorkerHelp(user);
    await user.click(screen.getByRole('button', { name: 'Change the question' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(pageOf(store, 'worries').customPrompt).toBeUndefined();
  });
});

describe('prompts and the map', () => {
  const noun: Record<CharacterId, string> = { fairy: 'fairy', wizard: 'wizard', superhero: 'superhero', unicorn: 'unicorn', dragon: 'dragon' };

  it('has every prompt for every character and bubble, with no unfilled slots', () => {
    for (const character of CHARACTERS) {
      for (const { place } of BUBBLES) {
        for (const key of promptKeysFor(character, place)) {
          expect(i18next.exists(key), key).toBe(true);
          expect(i18next.t(key), key).not.toMatch(/\{\{|\}\}/);
        }
      }
      expect(i18next.t(closingKeyFor(character))).toContain(noun[character]);
    }
  });

  it('words the good things and worries prompts through the chosen character', () => {
    for (const character of CHARACTERS) {
      expect(i18next.t(promptKeysFor(character, 'good-things')[0])).toContain(`good ${noun[character]}`);
      expect(i18next.t(promptKeysFor(character, 'worries')[0])).toContain(`worry ${noun[character]}`);
    }
    expect(i18next.t(promptKeysFor('superhero', 'wishes')[0])).toBe("If you had the superhero's superpowers, what would you change or wish for?");
  });

  it('maps good things, worries and wishes to working well, worried about and needs to happen', () => {
    const columns = Object.fromEntries(BUBBLES.map(({ place }) => [place, findPlace('wizards-and-fairies', place)?.column]));
    expect(columns).toEqual({ 'good-things': 'workingWell', worries: 'worries', wishes: 'needsToHappen' });
    const config = wizardsConfig({ character: 'fairy', skinTone: 'skin-1', hair: 'long', hairColour: 'black', look: 'coloured' });
    expect(config.places.map((p) => p.place)).toEqual(['good-things', 'worries', 'wishes']);
    for (const p of config.places)
      expect(i18next.t(findPlace('wizards-and-fairies', p.place)?.nameKey ?? '')).toBe(
        { 'good-things': 'Good things', worries: 'Worries', wishes: 'Wishes' }[p.place],
      );
  });

  it('reads stored choices defensively', () => {
    const store = newStore();
    store.apply(setActivityState('wizards-and-fairies', { character: 'goblin', skinTone: 42, hair: 'long' }));
    expect(readWizardsState(store.get())).toEqual({ character: undefined, skinTone: 'skin-3', hair: 'long', hairColour: 'brown', look: 'coloured' });
  });
});

describe('practice mode', () => {
  it('opens through the registry with no change to the shell', async () => {
    expect(findActivity('wizards-and-fairies')?.titleKey).toBe('activities.wizards-and-fairies');
    await act(async () => {
      render(
        <Suspense fallback={null}>
          <PracticeRoute activity="wizards-and-fairies" />
        </Suspense>,
      );
    });
    expect(await screen.findByRole('button', { name: 'Fairy' })).toBeInTheDocument();
    expectOneButton('Wizard');
    expect(screen.getByRole('note')).toHaveTextContent('Practice - nothing is saved');
  });
});
