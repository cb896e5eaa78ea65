import { Suspense } from 'react';
import type { ReactElement } from 'react';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { initI18n, NAMESPACES } from '../../../src/app/i18n';
import { blankSession, Workspace } from '../../../src/app/workspace';
import { SessionStore } from '../../../src/store/sessionStore';
import { MemoryBlobStore } from '../../../src/store/blobStore';
import { Vault } from '../../../src/storage/vault';
import { SetupScreen } from '../../../src/app/screens/SetupScreen';
import { UnlockScreen } from '../../../src/app/screens/UnlockScreen';
import { StartScreen } from '../../../src/app/screens/StartScreen';
import { SessionScreen } from '../../../src/app/screens/SessionScreen';
import { SummaryRoute } from '../../../src/app/screens/SummaryRoute';
import { WorkerBar } from '../../../src/app/WorkerBar';
import ThreeHousesScreen from '../../../src/activities/threeHouses/ThreeHousesScreen';
import WizardsAndFairiesScreen from '../../../src/activities/wizardsAndFairies/WizardsAndFairiesScreen';
import ScaleScreen from '../../../src/activities/scale/ScaleScreen';
import { addItem } from '../../../src/store/commands';

/**
 * A pseudo-locale run: every string from the locale files is wrapped in ⟦ ⟧, then each screen is
 * rendered and every piece of visible text and every accessible name is checked. Text without
 * the marks did not come through i18next: a hard-coded string, or a missing key.
 */
// en-XA is the conventional pseudo-locale tag; Intl accepts it, so dates still format.
const PSEUDO = 'en-XA';
const en = import.meta.glob<Record<string, unknown>>('../../../locales/en-GB/*.json', { eager: true, import: 'default' });

function wrap(value: unknown): unknown {
  if (typeof value === 'string') return `⟦${value}⟧`;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v)]));
  return value;
}

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

/** Data, not interface text: the child's and worker's own words, numbers, dates, symbols. */
const DATA = ['Amira', 'Sam', 'I like my dog'];
const isData = (text: string) =>
  /^[\d\s.,:;·–—\-()/%+×]*$/.test(text) || /\d{4}/.test(text) || DATA.some((d) => text.includes(d)) || /^\p{Extended_Pictographic}+$/u.test(text);

function untranslated(root: HTMLElement): string[] {
  const found = new Set<string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script,style,svg,option[lang]')) continue;
    const text = node.textContent?.trim() ?? '';
    if (text && !text.includes('⟦') && !text.includes('⟧') && !isData(text)) found.add(text);
  }
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('svg')) continue;
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
      const value = el.getAttribute(attr)?.trim();
      if (value && !value.includes('⟦') && !isData(value)) found.add(`${attr}="${value}"`);
    }
  }
  return [...found];
}

async function expectAllTranslated(ui: ReactElement, interact?: () => Promise<void>) {
  const view = render(<Suspense fallback={null}>{ui}</Suspense>);
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  if (interact) await interact();
  expect(untranslated(view.container)).toEqual([]);
  cleanup();
}

function store(): SessionStore {
  return new SessionStore(blankSession({ childName: 'Amira', workerName: 'Sam', present: [], language: PSEUDO }));
}

const props = (s: SessionStore, place?: string) => ({
  store: s,
  blobs: new MemoryBlobStore(),
  practice: true,
  place,
  goTo: () => undefined,
  exit: () => undefined,
});

beforeAll(async () => {
  initI18n();
  for (const ns of NAMESPACES) i18next.addResourceBundle(PSEUDO, ns, wrap(en[`../../../locales/en-GB/${ns}.json`]), true, true);
  await i18next.changeLanguage(PSEUDO);
  vi.stubGlobal('ResizeObserver', NoResizeObserver);
});

afterAll(async () => {
  await i18next.changeLanguage('en-GB');
});

vi.setConfig({ testTimeout: 30_000 });

describe('every visible string goes through i18next', () => {
  it('passphrase screens and the worker bar', async () => {
    await expectAllTranslated(<SetupScreen onReady={async () => undefined} />);
    await expectAllTranslated(<UnlockScreen onReady={async () => undefined} />);
    await expectAllTranslated(<WorkerBar onLock={() => undefined} />);
  });

  it('Three Houses: overview, a house with its tools, stickers, words and the pause screen', async () => {
    const s = store();
    await expectAllTranslated(<ThreeHousesScreen {...props(s)} />);
    await expectAllTranslated(<ThreeHousesScreen {...props(s, 'house-of-worries')} />, async () => {
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: '⟦Stickers⟧' }));
    });
    await expectAllTranslated(<ThreeHousesScreen {...props(s, 'house-of-worries')} />, async () => {
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: '⟦Add words⟧' }));
    });
    await expectAllTranslated(<ThreeHousesScreen {...props(s, 'house-of-dreams')} />, async () => {
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: /Stop/ }));
    });
  });

  it('Wizards and Fairies and the safety scale', async () => {
    await expectAllTranslated(<WizardsAndFairiesScreen {...props(store())} />);
    await expectAllTranslated(<ScaleScreen {...props(store())} />);
  });

  it('worker screens: sessions, a session, the review', async () => {
    const vault = await Vault.create('pseudo pass 1', { iterations: 1000 });
    const ws = new Workspace(vault);
    await ws.load();
    const s = await ws.create({ childName: 'Amira', workerName: 'Sam', present: [], language: PSEUDO });
    const page = { id: 'p1', activity: 'three-houses' as const, place: 'house-of-worries', items: [], promptsShown: [], notShared: [] };
    s.apply({ name: 'addPage', undoable: false, perform: (x) => ({ ...x, pages: [page] }) });
    s.apply(
      addItem('p1', { id: 'w1', kind: 'words', text: 'I like my dog', speaker: 'child', typedBy: 'worker', x: 0, y: 0, createdAt: '2026-01-01T00:00:00Z' }),
    );
    s.apply(addItem('p1', { id: 'k1', kind: 'sticker', stickerId: 'dog', x: 0, y: 0, scale: 1, createdAt: '2026-01-01T00:00:00Z' }));
    await expectAllTranslated(<StartScreen workspace={ws} />);
    await expectAllTranslated(<SessionScreen workspace={ws} sessionId={s.get().id} />);
    await expectAllTranslated(<SummaryRoute workspace={ws} sessionId={s.get().id} />);
    await waitFor(() => undefined);
    await ws.close();
  });
});
