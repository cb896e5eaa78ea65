/**
 * Work in progress that must be finished before the vault closes: a recording being made, a
 * save in flight. Open work registers a flush here; locking (by hand or idle) awaits every one
 * before the key is dropped, so nothing the child made is lost to a lock (PRACTICE.md rule 6).
 *
 * Module-level rather than on the workspace because the recorder lives deep in activity screens
 * that are not given the workspace; there is only ever one unlocked workspace per tab.
 */

type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/** Returns the function that unregisters it; call that when the work is done or abandoned. */
export function registerPendingWork(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** Finishes everything registered; one failing flush does not stop the others. */
export async function flushPendingWork(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
