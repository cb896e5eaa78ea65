import type { RecordingItem, Session } from '../model/types';
import { loadSession } from '../model/repair';
import { mergeSessions, sameContent } from '../model/mergeSessions';
import { newId } from '../model/ids';
import type { BlobInput, SessionReceipt, Vault } from '../storage/vault';
import { SessionDeletedError, StaleSessionError } from '../storage/sessionErrors';
import type { SessionStore } from './sessionStore';

/**
 * One session open in several tabs of one tablet, and no tab's work lost to another's.
 *
 * - Every write says which stored record it is based on (its tag); the vault refuses it inside
 *   the write's transaction if the stored record is another (storage/vault.ts). Then the stored
 *   copy is read and merged item by item with this tab's (model/mergeSessions.ts), and written
 *   again. When both tabs changed the same thing differently, this tab's change is kept in the
 *   session and the other tab's whole version is kept beside it as a separate, labelled session,
 *   and the worker is told.
 * - A session deleted in one tab is never written back by another: its write is refused, the
 *   tab drops the session and says so.
 * - Tabs tell each other (BroadcastChannel, ids only, nothing of the child's) when a session was
 *   written or deleted, so the others take the change at once rather than at their next write.
 *   Without BroadcastChannel the same happens when a tab is shown again, and at its next write.
 */

/** What the channel carries: ids only. */
type Message = { kind: 'saved' | 'added' | 'deleted'; id: string } | { kind: 'reload' };

const CHANNEL = 'voicemap-sessions';

export interface SyncHost {
  store(id: string): SessionStore | undefined;
  /** A session this tab did not have: written by another tab, or a kept copy. */
  add(session: Session): void;
  /** Deleted in another tab: drop it, and tell the worker if it was open. */
  deletedElsewhere(id: string): void;
  /** Both tabs changed the same thing: `copy` (the other tab's version) was kept as its own session. */
  keptBoth(session: Session, copy: Session): void;
  /** The name for the kept copy, translated (e.g. "Bo (copy from another tab)"). */
  copyName(childName: string): string;
}

interface Base {
  tag: string;
  /** The session as that record holds it (repaired), the common ancestor of the next merge. */
  session: Session;
}

export class SessionSync {
  private readonly bases = new Map<string, Base>();
  /** Per session: saves and reloads run one after another in this tab. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly channel: BroadcastChannel | undefined;
  private disposed = false;

  constructor(
    private readonly vault: Vault,
    private readonly host: SyncHost,
  ) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
    this.channel?.addEventListener('message', this.onMessage);
    document.addEventListener('visibilitychange', this.onVisible);
  }

  /** Records the stored copy a session in this tab is based on (after a load or a create). */
  track(id: string, receipt: SessionReceipt, session: Session): void {
    this.bases.set(id, { tag: receipt.tag, session });
  }

  forget(id: string): void {
    this.bases.delete(id);
  }

  /** Stops listening (on Lock): nothing is read or written after this. */
  dispose(): void {
    this.disposed = true;
    this.channel?.removeEventListener('message', this.onMessage);
    this.channel?.close();
    document.removeEventListener('visibilitychange', this.onVisible);
  }

  announce(message: Message): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // Closed (locking): the other tabs find out at their next write.
    }
  }

  /**
   * Writes the session as it is in this tab now, merged with whatever another tab stored since.
   * Throws SessionDeletedError when another tab deleted it (the caller stops saving it).
   */
  save(id: string): Promise<void> {
    return this.queued(id, async () => {
      for (let attempt = 0; attempt < 10; attempt++) {
        const store = this.host.store(id);
        if (!store) return;
        const mine = store.get();
        const base = this.bases.get(id);
        try {
          const receipt = await this.vault.saveSession(mine, { expect: base ? base.tag : null });
          this.bases.set(id, { tag: receipt.tag, session: mine });
          this.announce({ kind: 'saved', id });
          return;
        } catch (error) {
          if (error instanceof SessionDeletedError) {
            this.forget(id);
            this.host.deletedElsewhere(id);
            throw error;
          }
          if (!(error instanceof StaleSessionError)) throw error;
        }
        // Another tab wrote it: take that in, then write the merge.
        if (await this.pull(id)) return;
      }
      throw new StaleSessionError();
    });
  }

  /** Another tab changed `id`: take its version in now. */
  refresh(id: string): Promise<void> {
    return this.queued(id, async () => {
      if (this.disposed) return;
      if (!this.host.store(id)) {
        const stored = await this.vault.readSession(id).catch(() => undefined);
        const result = stored && loadSession(stored.session);
        if (!stored || !result?.ok || this.host.store(id) || this.disposed) return;
        this.track(id, stored, result.session);
        this.host.add(result.session);
        return;
      }
      await this.pull(id);
    });
  }

  /** Every session against storage, for when a tab missed messages (hidden, or no channel). */
  async refreshAll(): Promise<void> {
    if (this.disposed) return;
    const { stored } = await this.vault.loadSessions().catch(() => ({ stored: new Map<string, SessionReceipt>() }));
    if (this.disposed) return;
    for (const [id, receipt] of stored) {
      if (this.bases.get(id)?.tag !== receipt.tag) await this.refresh(id);
    }
    for (const id of [...this.bases.keys()]) {
      if (!stored.has(id)) {
        this.forget(id);
        this.host.deletedElsewhere(id);
      }
    }
  }

  /**
   * Reads the stored copy and merges it into this tab's. True when what this tab holds is now
   * exactly what is stored (nothing left to write).
   */
  private async pull(id: string): Promise<boolean> {
    let stored: Awaited<ReturnType<Vault['readSession']>>;
    try {
      stored = await this.vault.readSession(id);
    } catch {
      // Unreadable: keep ours, written as a separate session would be safer than over it.
      stored = undefined;
    }
    const store = this.host.store(id);
    if (!store || this.disposed) return true;
    if (stored === undefined) {
      const base = this.bases.get(id);
      if (base) {
        this.forget(id);
        this.host.deletedElsewhere(id);
        return true;
      }
      return false;
    }
    const base = this.bases.get(id);
    if (base?.tag === stored.tag) return store.get() === base.session;
    const theirs = loadSession(stored.session);
    if (!theirs.ok) {
      // The stored copy cannot be opened here (a newer format): it is left as it is, and ours
      // goes beside it as its own session.
      this.forget(id);
      await this.keepCopy(store.get(), store.get());
      this.host.deletedElsewhere(id);
      return true;
    }
    // Taken after the last await: every change made in this tab so far is in `mine`.
    const mine = store.get();
    const { session: merged, conflicts } = mergeSessions(base?.session, mine, theirs.session);
    this.bases.set(id, { tag: stored.tag, session: theirs.session });
    const same = sameContent(merged, theirs.session);
    store.replace(same ? theirs.session : merged, same);
    if (conflicts.length > 0) await this.keepCopy(merged, theirs.session);
    return same;
  }

  /** The other version, as its own session, with its own copy of each recording. */
  private async keepCopy(session: Session, other: Session): Promise<void> {
    const blobs: BlobInput[] = [];
    const renamed = new Map<string, string>();
    const recordings: RecordingItem[] = [
      ...other.pages.flatMap((p) => p.items.filter((i): i is RecordingItem => i.kind === 'recording')),
      ...other.scales.flatMap((s) => s.recordings ?? []),
    ];
    for (const recording of recordings) {
      const blob = await this.vault.loadBlob(recording.blobId).catch(() => undefined);
      if (!blob) continue;
      const id = newId();
      renamed.set(recording.blobId, id);
      blobs.push({ id, mimeType: blob.mimeType, bytes: blob.bytes });
    }
    const follow = <T extends { kind: string }>(item: T): T =>
      item.kind === 'recording' && renamed.has((item as unknown as RecordingItem).blobId)
        ? { ...item, blobId: renamed.get((item as unknown as RecordingItem).blobId) }
        : item;
    const copy: Session = {
      ...other,
      id: newId(),
      childName: this.host.copyName(other.childName),
      pages: other.pages.map((p) => ({ ...p, items: p.items.map(follow) })),
      scales: other.scales.map((s) => (s.recordings ? { ...s, recordings: s.recordings.map(follow) } : s)),
    };
    const receipt = await this.vault.saveSessionWithBlobs(copy, blobs, { expect: null });
    this.track(copy.id, receipt, copy);
    this.host.add(copy);
    this.host.keptBoth(session, copy);
    this.announce({ kind: 'added', id: copy.id });
  }

  private queued<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return next;
  }

  private readonly onMessage = (event: MessageEvent<Message>) => {
    if (this.disposed) return;
    const message = event.data;
    if (message.kind === 'reload') void this.refreshAll();
    else if (message.kind === 'deleted') {
      if (!this.bases.has(message.id) && !this.host.store(message.id)) return;
      this.forget(message.id);
      this.host.deletedElsewhere(message.id);
    } else if (typeof message.id === 'string') void this.refresh(message.id).catch(() => undefined);
  };

  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') void this.refreshAll();
  };
}
