import { addItem, addPage } from '../store/commands';
import { newId, nowIso } from '../model/ids';
import type { Workspace } from './workspace';

/**
 * A hook for long end-to-end runs (the two-tab soak test), off unless the page set
 * `window.__voicemapTestHooks = true` before the app started (Playwright's init script does).
 * It gives nothing a script in the page could not already reach: it applies the same commands
 * the Three Houses screens apply (opening the activity makes every house's page with `addPage`;
 * Save words is one `addItem` of a words card), so the edits go through the same store,
 * autosave, merge and vault as a child's. It exists only so a thousand edits take seconds.
 */
interface TestHook {
  /** Adds a words card in a house of a session, as Save words does. False if the session is not open here. */
  addWords(sessionId: string, place: string, text: string): boolean;
  /** Every open session's id, name and words cards' texts. */
  sessions(): { id: string; childName: string; words: string[] }[];
}

const HOUSES = ['house-of-worries', 'house-of-good-things', 'house-of-dreams'];

export function installTestHook(workspace: Workspace): void {
  const w = window as unknown as { __voicemapTestHooks?: boolean; __voicemapTest?: TestHook };
  if (w.__voicemapTestHooks !== true) return;
  w.__voicemapTest = {
    addWords(sessionId, place, text) {
      const store = workspace.store(sessionId);
      if (!store) return false;
      for (const house of HOUSES) {
        if (!store.get().pages.some((p) => p.activity === 'three-houses' && p.place === house)) {
          store.apply(addPage({ id: newId(), activity: 'three-houses', place: house, items: [], promptsShown: [], notShared: [] }));
        }
      }
      const page = store.get().pages.find((p) => p.activity === 'three-houses' && p.place === place);
      if (!page) return false;
      store.apply(addItem(page.id, { id: newId(), kind: 'words', text, speaker: 'child', typedBy: 'worker', x: 40, y: 40, createdAt: nowIso() }));
      return true;
    },
    sessions() {
      return workspace.list().map((s) => ({
        id: s.id,
        childName: s.childName,
        words: s.pages.flatMap((p) => p.items.flatMap((i) => (i.kind === 'words' ? [i.text] : []))),
      }));
    },
  };
}
