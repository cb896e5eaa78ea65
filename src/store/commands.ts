import type { Item, Page, ScaleAnswer, Session, WorkerNote, Consent, ActivityId, AccessSettings } from '../model/types';
import { DEFAULT_ACCESS } from '../model/types';

/**
 * Commands are small named objects with a pure `perform`. The UI and the tools build them;
 * the store applies them. `undoable` commands change one page's items and are one undo step.
 */
export interface Command {
  name: string;
  /** The page whose item history this command belongs to, for undoable commands. */
  pageId?: string;
  undoable: boolean;
  perform(session: Session): Session;
}

/** The session with one page changed; the same session when nothing changed (no save, no render). */
function mapPage(session: Session, pageId: string, fn: (page: Page) => Page): Session {
  let changed = false;
  const pages = session.pages.map((p) => {
    if (p.id !== pageId) return p;
    const next = fn(p);
    changed ||= next !== p;
    return next;
  });
  return changed ? { ...session, pages } : session;
}

export function addItem(pageId: string, item: Item): Command {
  return {
    name: 'addItem',
    pageId,
    undoable: true,
    perform: (s) => mapPage(s, pageId, (p) => ({ ...p, items: [...p.items, item] })),
  };
}

export function removeItems(pageId: string, ids: readonly string[]): Command {
  const gone = new Set(ids);
  return {
    name: 'removeItems',
    pageId,
    undoable: true,
    perform: (s) =>
      mapPage(s, pageId, (p) => ({
        ...p,
        items: p.items.filter((i) => !gone.has(i.id)),
        notShared: p.notShared.filter((id) => !gone.has(id)),
      })),
  };
}

/**
 * The eraser's one step: each stroke named in `replacements` gives way, where it was in the paint
 * order, to what is left of it (its pieces, or nothing). Undo brings back the strokes as they were.
 */
export function replaceStrokes(pageId: string, replacements: ReadonlyMap<string, readonly Item[]>): Command {
  return {
    name: 'replaceStrokes',
    pageId,
    undoable: true,
    perform: (s) =>
      replacements.size === 0
        ? s
        : mapPage(s, pageId, (p) => ({
            ...p,
            items: p.items.flatMap((i) => replacements.get(i.id) ?? [i]),
            notShared: p.notShared.filter((id) => !replacements.has(id)),
          })),
  };
}

/** Move, resize or edit one item. The patch must not change `kind` or `id`. */
export function updateItem(pageId: string, id: string, patch: Partial<Item>): Command {
  return {
    name: 'updateItem',
    pageId,
    undoable: true,
    perform: (s) =>
      mapPage(s, pageId, (p) => ({
        ...p,
        items: p.items.map((i) => (i.id === id ? ({ ...i, ...patch, id: i.id, kind: i.kind } as Item) : i)),
      })),
  };
}

type PageMeta = Pick<Page, 'customName' | 'symbol' | 'customPrompt' | 'drawingLabel'>;

export function setPageMeta(pageId: string, patch: Partial<PageMeta>): Command {
  return { name: 'setPageMeta', undoable: false, perform: (s) => mapPage(s, pageId, (p) => ({ ...p, ...patch })) };
}

export function notePromptShown(pageId: string, promptKey: string): Command {
  return {
    name: 'notePromptShown',
    undoable: false,
    perform: (s) => mapPage(s, pageId, (p) => (p.promptsShown.includes(promptKey) ? p : { ...p, promptsShown: [...p.promptsShown, promptKey] })),
  };
}

/** The child's choice at review: share (true) or leave out (false). 'drawing' is the page's drawing. */
export function setShared(pageId: string, itemId: string, shared: boolean): Command {
  return {
    name: 'setShared',
    undoable: false,
    perform: (s) =>
      mapPage(s, pageId, (p) => {
        const without = p.notShared.filter((id) => id !== itemId);
        return { ...p, notShared: shared ? without : [...without, itemId] };
      }),
  };
}

export function addPage(page: Page): Command {
  return {
    name: 'addPage',
    undoable: false,
    perform: (s) => (s.pages.some((p) => p.id === page.id) ? s : { ...s, pages: [...s.pages, page] }),
  };
}

export function setActivityState(activity: ActivityId, patch: Record<string, unknown>): Command {
  return {
    name: 'setActivityState',
    undoable: false,
    perform: (s) => ({ ...s, activityState: { ...s.activityState, [activity]: { ...s.activityState[activity], ...patch } } }),
  };
}

export function upsertScale(scale: ScaleAnswer): Command {
  return {
    name: 'upsertScale',
    undoable: false,
    perform: (s) => {
      const exists = s.scales.some((x) => x.id === scale.id);
      return { ...s, scales: exists ? s.scales.map((x) => (x.id === scale.id ? scale : x)) : [...s.scales, scale] };
    },
  };
}

export function removeScale(id: string): Command {
  return { name: 'removeScale', undoable: false, perform: (s) => ({ ...s, scales: s.scales.filter((x) => x.id !== id) }) };
}

export function setWorkerNotes(notes: WorkerNote[]): Command {
  return { name: 'setWorkerNotes', undoable: false, perform: (s) => ({ ...s, workerNotes: notes }) };
}

export function setConsent(consent: Consent): Command {
  return { name: 'setConsent', undoable: false, perform: (s) => ({ ...s, consent }) };
}

export function setSessionDetails(patch: Partial<Pick<Session, 'childName' | 'ageBand' | 'workerName' | 'present' | 'language'>>): Command {
  return { name: 'setSessionDetails', undoable: false, perform: (s) => ({ ...s, ...patch }) };
}

export function setAccess(patch: Partial<AccessSettings>): Command {
  return { name: 'setAccess', undoable: false, perform: (s) => ({ ...s, access: { ...DEFAULT_ACCESS, ...s.access, ...patch } }) };
}

/**
 * Flag something the child gave as "to follow up", with the worker's words; `null` removes the
 * flag. The child's item itself is never touched.
 */
export function setWorkerFlag(targetId: string, text: string | null, at: string, newFlagId: () => string): Command {
  return {
    name: 'setWorkerFlag',
    undoable: false,
    perform: (s) => {
      const flags = s.workerFlags ?? [];
      const existing = flags.find((f) => f.targetId === targetId);
      if (text === null) return existing ? { ...s, workerFlags: flags.filter((f) => f !== existing) } : s;
      if (existing) return existing.text === text ? s : { ...s, workerFlags: flags.map((f) => (f === existing ? { ...f, text } : f)) };
      return { ...s, workerFlags: [...flags, { id: newFlagId(), targetId, text, createdAt: at }] };
    },
  };
}
