import { Suspense } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { initI18n } from '../../../src/app/i18n';
import { blankSession } from '../../../src/app/workspace';
import { SessionStore } from '../../../src/store/sessionStore';
import { buildSummary } from '../../../src/summary/buildSummary';
import { summaryToText } from '../../../src/summary/toText';
import { summaryToJson } from '../../../src/summary/toJson';
import { findActivity } from '../../../src/activities/registry';
import { PracticeRoute } from '../../../src/app/screens/PracticeRoute';
import { SafetyPath, pathAnswer } from '../../../src/activities/safetyHouse/SafetyPath';
import type { Page, Session } from '../../../src/model/types';

// The Safety House as the summary and the path screen see it, with the app's real strings.

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

const AT = '2026-03-04T10:00:00.000Z';

function page(place: string, text: string, sticker: string): Page {
  return {
    id: `p-${place}`,
    activity: 'safety-house',
    place,
    items: [
      { id: `w-${place}`, kind: 'words', text, speaker: 'child', typedBy: 'worker', x: 10, y: 10, createdAt: AT },
      { id: `s-${place}`, kind: 'sticker', stickerId: sticker, x: 100, y: 100, scale: 1, createdAt: AT },
    ],
    promptsShown: [`safetyHouse:prompts.${place.replace('safety-house-', '')}.1`],
    notShared: [],
  };
}

function session(): Session {
  const s = blankSession({ childName: 'Amira', workerName: 'Sam', present: [], language: 'en-GB' });
  return {
    ...s,
    pages: [
      page('safety-house-inside', 'mum and nan  ', 'mum'),
      page('safety-house-visitors', 'auntie Rosa', 'dad'),
      page('safety-house-outside', 'uncle Pete when he drinks', 'dog'),
      page('safety-house-rules', 'no shouting', 'heart'),
    ],
    scales: [
      {
        id: 'path',
        activity: 'safety-house',
        questionKey: 'safetyHouse:path.question',
        question: 'Where are you on the path?',
        zeroMeans: 'the start of the path, far from the door (not safe)',
        tenMeans: 'at the door (safe)',
        value: 4,
        look: 'path',
        aboutSafety: true,
        why: { text: 'mum is  better', speaker: 'child' },
        followUps: [],
        shared: true,
        createdAt: AT,
      },
    ],
  };
}

function summaryOf(s: Session) {
  return buildSummary(s, {
    t: i18next.getFixedT('en-GB', 'summary'),
    tCommon: i18next.getFixedT('en-GB', 'common'),
    promptText: (key) => i18next.t(key, { lng: 'en-GB' }),
    language: 'en-GB',
    createdAt: AT,
    timeZone: 'UTC',
    stickerName: (id) => i18next.t(`${id}`, { ns: 'stickers', lng: 'en-GB' }),
  });
}

describe('the Safety House in the summary', () => {
  it('puts its parts under "needs to happen" by part, who stays outside under "worried about", and the path as a scale', () => {
    const summary = summaryOf(session());
    const words = (column: 'workingWell' | 'worries' | 'needsToHappen') =>
      summary.columns[column].filter((e) => e.kind === 'words').map((e) => [e.placeName, e.kind === 'words' ? e.text : '']);
    expect(words('needsToHappen')).toEqual([
      ['Inside the house', 'mum and nan  '],
      ['Visitors', 'auntie Rosa'],
      ['Rules on the roof', 'no shouting'],
    ]);
    expect(words('worries')).toEqual([['Outside', 'uncle Pete when he drinks']]);
    expect(summary.columns.workingWell).toEqual([]);
    expect(summary.header.activities).toEqual([{ id: 'safety-house', name: 'Safety House (after Sonja Parker)' }]);
    const sticker = summary.columns.worries.find((e) => e.kind === 'sticker');
    expect(sticker?.sentence).toMatch(/^Amira put .+ in the Safety House: Outside\.$/);
    expect(summary.pages.map((p) => p.prompt)).toContain('Is there anyone who should not come in?');

    expect(summary.scales).toHaveLength(1);
    expect(summary.scales[0]).toMatchObject({
      activity: 'safety-house',
      value: 4,
      zeroLine: '0 means: the start of the path, far from the door (not safe)',
      tenLine: '10 means: at the door (safe)',
    });

    const text = summaryToText(summary);
    const worried = text.indexOf('What are we worried about?');
    const needs = text.indexOf('What needs to happen?');
    expect(worried).toBeGreaterThan(-1);
    expect(needs).toBeGreaterThan(worried);
    expect(text.slice(worried, needs)).toContain('uncle Pete when he drinks');
    expect(text.slice(needs)).toContain('no shouting');
    expect(text).toContain('Where are you on the path?');

    const json = summaryToJson(summary, session());
    expect(json.map.scales[0]).toMatchObject({ activity: 'safety-house', question: 'Where are you on the path?', value: 4, why: 'mum is  better' });
    expect(json.map.worries.map((e) => e.place)).toEqual(['safety-house-outside', 'safety-house-outside']);
  });
});

describe('the Safety path', () => {
  it('saves nothing until the child chooses a place, then one answer with both ends in words', async () => {
    const store = new SessionStore(blankSession({ childName: 'A', workerName: '', present: [], language: 'en-GB' }));
    render(<SafetyPath store={store} practice />);
    const slider = screen.getByRole('slider', { name: /^Where are you on the path/ });
    expect(slider).toHaveAttribute('aria-valuetext', 'Not on the path yet');
    expect(store.get().scales).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Closer to the door' }));
    expect(pathAnswer(store.get().scales)).toMatchObject({
      activity: 'safety-house',
      value: 1,
      look: 'path',
      aboutSafety: true,
      zeroMeans: 'the start of the path, far from the door (not safe)',
      tenMeans: 'at the door (safe)',
    });
    act(() => {
      fireEvent.change(slider, { target: { value: '7' } });
      fireEvent.keyUp(slider, { key: 'ArrowRight' });
    });
    expect(pathAnswer(store.get().scales)?.value).toBe(7);
    expect(store.get().scales).toHaveLength(1);
    await userEvent.type(screen.getByRole('textbox', { name: 'Why there on the path?' }), 'nearly  home');
    expect(pathAnswer(store.get().scales)?.why).toEqual({ text: 'nearly  home', speaker: 'child' });
  });

  it('is registered with its own screen, and offered by the registry', () => {
    const activity = findActivity('safety-house');
    expect(activity?.titleKey && i18next.t(activity.titleKey)).toBe('Safety House');
    expect(activity?.scaleAnswers).toBe(true);
  });
});

describe('the Safety House through the shell', () => {
  const practice = async (place?: string) => {
    await act(async () => {
      render(
        <Suspense fallback={null}>
          <PracticeRoute activity="safety-house" place={place} />
        </Suspense>,
      );
    });
  };

  it('routes to the path part, with the parts as tabs', async () => {
    await practice('safety-path');
    expect(await screen.findByRole('slider', { name: /^Where are you on the path/ }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Safety path' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Outside' })).not.toHaveAttribute('aria-current');
  });

  it("offers its four parts and the path, and the closing step the registry declares (the scale's question)", async () => {
    await practice();
    expect(await screen.findByRole('heading', { name: 'Which part of your safe house would you like to start with?' }, { timeout: 5000 })).toBeInTheDocument();
    for (const name of ['Inside the house', 'Visitors', 'Outside', 'Rules on the roof', 'Safety path']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    await userEvent.click(screen.getByRole('button', { name: 'We have finished' }));
    expect(screen.getByRole('heading', { name: 'Thank you for showing me your safe house.' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'One more question: 0 to 10' }));
    expect(await screen.findByRole('slider', { name: /^How safe/ }, { timeout: 5000 })).toBeInTheDocument();
  });
});
