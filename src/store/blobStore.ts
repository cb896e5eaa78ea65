import type { SaveStatus } from './autosave';

/** Where recordings' audio lives: the encrypted vault, or memory in practice mode. */
export interface BlobStore {
  saveBlob(id: string, sessionId: string, bytes: Uint8Array | Blob, mimeType: string): Promise<void>;
  loadBlob(id: string): Promise<{ bytes: Uint8Array; mimeType: string } | undefined>;
}

/** Practice mode: audio is kept for the visit only and never written anywhere. */
export class MemoryBlobStore implements BlobStore {
  private readonly blobs = new Map<string, { bytes: Uint8Array; mimeType: string }>();

  async saveBlob(id: string, _sessionId: string, bytes: Uint8Array | Blob, mimeType: string): Promise<void> {
    const data = bytes instanceof Blob ? new Uint8Array(await bytes.arrayBuffer()) : bytes;
    this.blobs.set(id, { bytes: data, mimeType });
  }

  async loadBlob(id: string) {
    return this.blobs.get(id);
  }
}

/** A write that failed (e.g. the disk was full) is tried again after this, then less often. */
const RETRY_MS = 5000;
/** The longest wait between tries: still retried, but never a busy loop. */
const MAX_RETRY_MS = 60_000;

export interface PendingBlob {
  id: string;
  sessionId: string;
  bytes: Uint8Array;
  mimeType: string;
}

/**
 * Wraps the vault so that a recording is never lost because a write failed: the audio stays
 * in memory, plays from there, and is written again until it succeeds. The caller learns about
 * the failure (to tell the worker) but does not have to handle it.
 */
export class ResilientBlobStore implements BlobStore {
  private readonly pending = new Map<string, { sessionId: string; bytes: Uint8Array; mimeType: string }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delay = RETRY_MS;
  private disposed = false;
  /** Writes started and not yet finished (successfully or not). */
  private writing = 0;
  private problem: unknown = null;

  constructor(
    private readonly inner: BlobStore,
    /** Told whenever `status` may have changed. */
    private readonly onChange: () => void = () => undefined,
  ) {}

  /**
   * A recording held in memory after a failed write is not stored yet, so that outranks a write
   * in progress; "saved" only when every recording handed over is in the vault.
   */
  get status(): SaveStatus {
    if (this.pending.size > 0) return (this.problem as { code?: string } | null)?.code === 'storage-full' ? 'full' : 'error';
    return this.writing > 0 ? 'saving' : 'saved';
  }

  get error(): unknown {
    return this.pending.size > 0 ? this.problem : undefined;
  }

  async saveBlob(id: string, sessionId: string, bytes: Uint8Array | Blob, mimeType: string): Promise<void> {
    this.started();
    try {
      const data = bytes instanceof Blob ? new Uint8Array(await bytes.arrayBuffer()) : bytes;
      try {
        await this.inner.saveBlob(id, sessionId, data, mimeType);
      } catch (error) {
        this.pending.set(id, { sessionId, bytes: data, mimeType });
        this.problem = error;
        this.schedule();
      }
    } finally {
      this.finished();
    }
  }

  async loadBlob(id: string) {
    const held = this.pending.get(id);
    if (held) return { bytes: held.bytes, mimeType: held.mimeType };
    return this.inner.loadBlob(id);
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** Tries every held recording once now (before a lock); resolves when done either way. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.retry();
  }

  /** What could not be written yet (to keep it elsewhere before a lock). */
  held(): PendingBlob[] {
    return [...this.pending].map(([id, p]) => ({ id, ...p }));
  }

  /**
   * Hands over what could not be written and forgets it, stopping the retries: on lock, the
   * caller keeps it encrypted elsewhere, and nothing of the child's stays in this tab's memory.
   */
  dispose(): PendingBlob[] {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const held = this.held();
    this.pending.clear();
    this.onChange();
    return held;
  }

  private started(): void {
    this.writing += 1;
    this.onChange();
  }

  private finished(): void {
    this.writing -= 1;
    this.onChange();
  }

  private schedule(): void {
    if (this.timer || this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.retry();
    }, this.delay);
    this.delay = Math.min(MAX_RETRY_MS, this.delay * 2);
  }

  private async retry(): Promise<void> {
    if (this.pending.size === 0) return;
    this.started();
    try {
      for (const [id, p] of [...this.pending]) {
        try {
          await this.inner.saveBlob(id, p.sessionId, p.bytes, p.mimeType);
          this.pending.delete(id);
        } catch (error) {
          this.problem = error;
          // A locked vault will not open by waiting: the lock hands these over instead.
          if ((error as { code?: string } | null)?.code === 'vault-locked') return;
        }
      }
      if (this.pending.size > 0) this.schedule();
      else {
        this.delay = RETRY_MS;
        this.problem = null;
      }
    } finally {
      this.finished();
    }
  }
}
