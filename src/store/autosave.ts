import type { Session } from '../model/types';
import type { SessionStore } from './sessionStore';

export type SaveStatus = 'saved' | 'saving' | 'full' | 'error';

/**
 * One status for several writers (every open session, recordings' audio): a failure outranks
 * work in progress, which outranks "all stored", so nothing looks saved while anything is not.
 */
export function combineSaveStatus(statuses: Iterable<SaveStatus>): SaveStatus {
  let combined: SaveStatus = 'saved';
  for (const status of statuses) {
    if (status === 'full') return 'full';
    if (status === 'error') combined = 'error';
    else if (status === 'saving' && combined === 'saved') combined = 'saving';
  }
  return combined;
}

/** Saves well inside the one second the contract allows, while coalescing bursts of commits. */
const SAVE_DELAY_MS = 250;
/**
 * A steady run of changes (quick taps of stickers, a child dabbing dots) keeps restarting the
 * delay above; the first change of a run is saved no later than this.
 */
const SAVE_WITHIN_MS = 750;
/** When the disk is full or a write fails, try again on this beat; the change stays in memory. */
const RETRY_MS = 5000;

/**
 * Writes the open session after every change and when the page is hidden.
 * A failed write keeps the session in memory (it is the store's state) and retries,
 * so nothing the child made is dropped because the tablet's storage was full for a moment.
 */
export function startAutosave(
  store: SessionStore,
  save: (session: Session) => Promise<void>,
  onStatus: (status: SaveStatus, error?: unknown) => void,
): { flush(): Promise<void>; stop(): Promise<void>; readonly saved: boolean } {
  let savedRevision = store.revision;
  /** After stop nothing is scheduled again: a retry timer must not outlive the vault's key. */
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  /** When the oldest change not yet handed to a save was made. */
  let firstUnsavedAt: number | null = null;
  let status: SaveStatus = 'saved';
  const report = (next: SaveStatus, error?: unknown) => {
    if (next === status && error === undefined) return;
    status = next;
    onStatus(next, error);
  };
  /**
   * A failure stays reported until a write succeeds: retrying (or a new change waiting to be
   * written) is not yet "saved", and showing "saving" would hide that the last write failed.
   */
  const pending = () => {
    if (status === 'saved') report('saving');
  };

  const run = async (): Promise<void> => {
    if (running) {
      await running;
      if (store.revision === savedRevision) return;
    }
    firstUnsavedAt = null;
    const revision = store.revision;
    const session = store.get();
    pending();
    running = save(session)
      .then(() => {
        savedRevision = Math.max(savedRevision, revision, store.storedRevision);
        report(store.revision === savedRevision ? 'saved' : 'saving');
        if (store.revision !== savedRevision) schedule(0);
      })
      .catch((error: unknown) => {
        const code = (error as { code?: string } | null)?.code;
        if (code === 'session-deleted') {
          // Deleted in another tab: deleting is final, so this tab never writes it again.
          stopped = true;
          savedRevision = store.revision;
          report('saved');
          return;
        }
        report(code === 'storage-full' ? 'full' : 'error', error);
        schedule(RETRY_MS);
      })
      .finally(() => {
        running = null;
      });
    await running;
  };

  const schedule = (delay: number) => {
    if (timer) clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, delay);
  };

  const unsubscribe = store.subscribe(() => {
    if (store.storedRevision === store.revision) {
      // Read from storage (another tab's write): nothing to write.
      savedRevision = store.revision;
      if (!running && !timer) report('saved');
      return;
    }
    // A change waiting for its write is not saved yet: say so at once, not when the write starts.
    pending();
    const now = Date.now();
    firstUnsavedAt ??= now;
    schedule(Math.max(0, Math.min(SAVE_DELAY_MS, firstUnsavedAt + SAVE_WITHIN_MS - now)));
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden' || document.visibilityState === undefined) void flush();
  };
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (store.revision !== savedRevision) await run();
    else if (running) await running;
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', flush);

  return {
    flush,
    /** Whether the store's current state is what was last written. */
    get saved() {
      return store.revision === savedRevision;
    },
    async stop() {
      unsubscribe();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      try {
        await flush();
      } finally {
        stopped = true;
        if (timer) clearTimeout(timer);
        timer = undefined;
      }
    },
  };
}
