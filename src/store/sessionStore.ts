import type { Item, Session } from '../model/types';
import type { Command } from './commands';
import { nowIso } from '../model/ids';

interface PageHistory {
  undo: Item[][];
  redo: Item[][];
}

type Listener = () => void;

/**
 * Holds the open session outside React. React reads it through useSyncExternalStore;
 * autosave subscribes to it. Pointer moves never come here: tools commit one command
 * per finished gesture, which is also one undo step.
 */
export class SessionStore {
  private session: Session;
  private readonly listeners = new Set<Listener>();
  private readonly history = new Map<string, PageHistory>();
  /** Bumped on every change so subscribers can tell saved from unsaved. */
  revision = 0;
  /**
   * The revision that is exactly what storage holds because it came from storage (another
   * tab's write, read back by `replace`), so autosave need not write it again.
   */
  storedRevision = -1;

  constructor(session: Session) {
    this.session = session;
  }

  get = (): Session => this.session;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  apply(command: Command): void {
    const before = this.session;
    const after = command.perform(before);
    if (after === before) return;
    if (command.undoable && command.pageId) {
      const page = before.pages.find((p) => p.id === command.pageId);
      if (page) {
        const h = this.historyFor(command.pageId);
        h.undo.push(page.items);
        h.redo = [];
      }
    }
    this.set(after);
  }

  /**
   * Takes the session as another tab left it (merged with this tab's unsaved changes, see
   * store/sessionSync.ts). Not an undo step: the history of every page it changes is dropped,
   * so Undo never takes away what the other tab added. `stored`: it is exactly what is stored.
   */
  replace(next: Session, stored: boolean): void {
    if (next === this.session) return;
    const before = new Map(this.session.pages.map((p) => [p.id, p.items]));
    for (const page of next.pages) if (before.get(page.id) !== page.items) this.history.delete(page.id);
    this.session = next;
    this.revision += 1;
    if (stored) this.storedRevision = this.revision;
    for (const l of this.listeners) l();
  }

  canUndo(pageId: string): boolean {
    return (this.history.get(pageId)?.undo.length ?? 0) > 0;
  }

  canRedo(pageId: string): boolean {
    return (this.history.get(pageId)?.redo.length ?? 0) > 0;
  }

  undo(pageId: string): void {
    this.step(pageId, 'undo');
  }

  redo(pageId: string): void {
    this.step(pageId, 'redo');
  }

  private step(pageId: string, direction: 'undo' | 'redo'): void {
    const h = this.history.get(pageId);
    const page = this.session.pages.find((p) => p.id === pageId);
    if (!h || !page) return;
    const from = direction === 'undo' ? h.undo : h.redo;
    const to = direction === 'undo' ? h.redo : h.undo;
    const items = from.pop();
    if (!items) return;
    to.push(page.items);
    this.set({ ...this.session, pages: this.session.pages.map((p) => (p.id === pageId ? { ...p, items } : p)) });
  }

  private historyFor(pageId: string): PageHistory {
    let h = this.history.get(pageId);
    if (!h) {
      h = { undo: [], redo: [] };
      this.history.set(pageId, h);
    }
    return h;
  }

  private set(next: Session): void {
    this.session = { ...next, updatedAt: nowIso() };
    this.revision += 1;
    for (const l of this.listeners) l();
  }
}
