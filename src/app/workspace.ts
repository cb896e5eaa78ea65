import type { Session } from '../model/types';
import { SCHEMA_VERSION } from '../model/types';
import { loadSession } from '../model/repair';
import { newId, nowIso } from '../model/ids';
import { SessionStore } from '../store/sessionStore';
import { startAutosave } from '../store/autosave';
import { combineSaveStatus } from '../store/autosave';
import { flushPendingWork } from '../store/pendingWork';
import { keepBlob, keepSession, writeKeptWork } from '../storage/kept';
import type { SaveStatus } from '../store/autosave';
import type { Vault } from '../storage/vault';
import { ResilientBlobStore } from '../store/blobStore';
import { PICTURE_MIN_STROKES, startReadingPicture, vaultPictureStore } from '../canvas/inkPicture';
import type { InkPictureStore } from '../canvas/inkPicture';
import { SessionSync } from '../store/sessionSync';
import type { IntegrityProblem } from '../storage/sessionIndex';

/** Something another tab did to a session, or found at unlock, that the worker must be told. */
export type SyncNotice = { kind: 'kept-both'; childName: string; copyName: string } | { kind: 'deleted-elsewhere'; childName: string };

/** An integrity problem found at unlock, with the child's name when the session is readable. */
export type IntegrityNotice = IntegrityProblem & { childName?: string };

/** The longest the app waits for a page's picture before showing the page (see preparePage). */
const PREPARE_WAIT_MS = 250;

export interface NewSessionDetails {
  childName: string;
  ageBand?: string;
  workerName: string;
  present: string[];
  language: string;
}

export function blankSession(details: NewSessionDetails): Session {
  const now = nowIso();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    childName: details.childName,
    ageBand: details.ageBand,
    workerName: details.workerName,
    present: details.present,
    createdAt: now,
    updatedAt: now,
    language: details.language,
    activityState: {},
    pages: [],
    scales: [],
    workerNotes: [],
    workerFlags: [],
  };
}

interface Entry {
  store: SessionStore;
  autosave: ReturnType<typeof startAutosave>;
  /** What its autosave last reported. */
  save: { status: SaveStatus; error?: unknown };
}

/** Every workspace still closing: the next unlock reads storage only after they have finished. */
let closing: Promise<unknown> = Promise.resolve();

/**
 * The unlocked device: every saved session as a store with autosave, decrypted once at unlock.
 * Lives outside React; screens subscribe to it. Dropped (and the key with it) on lock.
 */
export class Workspace {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();
  private readonly pictureStores = new Map<string, InkPictureStore>();
  unreadable: { id: string; reason: string }[] = [];
  repaired: string[] = [];
  private version = 0;
  /** Sessions being written outside autosave (a new session's first write), and sessions being closed. */
  private directWrites = 0;
  private readonly closing = new Set<Entry>();
  /** Work kept at the last lock that storage still refuses: it is not stored yet. */
  private keptWaiting = false;
  /** What other tabs did that the worker must know (newest last); see store/sessionSync.ts. */
  notices: SyncNotice[] = [];
  /** Sessions deleted in another tab while open here: never written again from this tab. */
  readonly deletedElsewhere = new Set<string>();
  /** What the unlock found out of step with the session index (storage/sessionIndex.ts). */
  integrity: IntegrityNotice[] = [];
  /** Names kept copies; set by the app (translated). */
  copyName: (childName: string) => string = (name) => `${name} (copy from another tab)`;
  private readonly sync: SessionSync;

  /** Recordings' audio: written to the vault, held in memory and retried if a write fails. */
  readonly blobs: ResilientBlobStore;

  constructor(readonly vault: Vault) {
    this.blobs = new ResilientBlobStore(vault, () => this.changed());
    this.sync = new SessionSync(vault, {
      store: (id) => this.store(id),
      add: (session) => {
        if (this.entries.has(session.id) || this.deletedElsewhere.has(session.id)) return;
        this.add(session);
        this.changed();
      },
      deletedElsewhere: (id) => this.dropDeleted(id),
      keptBoth: (session, copy) => {
        this.notices = [...this.notices, { kind: 'kept-both', childName: session.childName, copyName: copy.childName }];
        this.changed();
      },
      copyName: (name) => this.copyName(name),
    });
  }

  /**
   * Whether everything made on this device is stored: every session's autosave, recordings'
   * audio, and sessions being written or closed. The one truth behind the save-problem notices,
   * the worker's "Saved" and the root's data-save-state. Pictures of pages are left out: they
   * are a cache, rebuilt from the strokes, and never the only copy of anything.
   */
  get saveStatus(): SaveStatus {
    const statuses = [...this.entries.values(), ...this.closing].map((e) => e.save.status);
    if (this.directWrites > 0) statuses.push('saving');
    if (this.keptWaiting) statuses.push('full');
    statuses.push(this.blobs.status);
    return combineSaveStatus(statuses);
  }

  /** The error behind a failed write, if any (for the notices). */
  get saveError(): unknown {
    for (const e of [...this.entries.values(), ...this.closing]) if (e.save.error !== undefined) return e.save.error;
    return this.blobs.error;
  }

  async load(): Promise<void> {
    await closing;
    // What is stored is checked against the session index before anything is written.
    let loaded = await this.vault.loadSessions();
    const problems = await this.vault.checkIntegrity(loaded);
    // Work kept encrypted at the last lock because storage was full is written next.
    const kept = await writeKeptWork(this.vault);
    if (kept.written > 0) loaded = await this.vault.loadSessions();
    const { sessions, unreadable, stored } = loaded;
    this.unreadable = [...unreadable];
    const names = new Map<string, string>();
    for (const raw of sessions) {
      const result = loadSession(raw);
      if (!result.ok) {
        const id = (raw as { id?: unknown } | null)?.id;
        this.unreadable.push({ id: typeof id === 'string' ? id : '?', reason: result.reason });
        continue;
      }
      if (result.report.dropped.length > 0) this.repaired.push(result.session.id);
      names.set(result.session.id, result.session.childName);
      const receipt = stored.get(result.session.id);
      if (receipt) this.sync.track(result.session.id, receipt, result.session);
      this.add(result.session);
    }
    this.integrity = problems.map((p) => ('id' in p ? { ...p, childName: names.get(p.id) } : p));
    // Still no room: the start screen says so; it is tried again at the next unlock.
    this.keptWaiting = kept.waiting > 0;
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever the list or the save status changes; for useSyncExternalStore. */
  getVersion = (): number => this.version;

  list(): Session[] {
    return [...this.entries.values()].map((e) => e.store.get()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Where a session keeps pictures of its pages' ink (one object per session, for React). */
  pictures(sessionId: string): InkPictureStore {
    let store = this.pictureStores.get(sessionId);
    if (!store) {
      store = vaultPictureStore(this.vault, sessionId);
      this.pictureStores.set(sessionId, store);
    }
    return store;
  }

  /**
   * Opening straight into a drawing page after unlocking (a reload, the idle lock): reads its
   * picture ahead, if it is a page that has one (see canvas/inkPicture.ts).
   */
  async preparePage(sessionId: string, activity: string, place: string): Promise<void> {
    const page = this.store(sessionId)
      ?.get()
      .pages.find((p) => p.activity === activity && p.place === place);
    if (!page) return;
    let strokes = 0;
    for (const item of page.items) if (item.kind === 'stroke') strokes++;
    if (strokes < PICTURE_MIN_STROKES) return;
    const reading = startReadingPicture(this.pictures(sessionId), page.id);
    // Reading and decoding happen on other threads, but each step reports back to this one: a
    // short wait while it is free lets them finish before the page's long first render, after
    // which the picture goes on the canvas in the same task as the page.
    await Promise.race([reading, new Promise((resolve) => setTimeout(resolve, PREPARE_WAIT_MS))]);
  }

  store(id: string): SessionStore | undefined {
    return this.entries.get(id)?.store;
  }

  async create(details: NewSessionDetails): Promise<SessionStore> {
    const session = blankSession(details);
    const receipt = await this.tracked(this.vault.saveSession(session, { expect: null }));
    this.sync.track(session.id, receipt, session);
    const store = this.add(session);
    this.sync.announce({ kind: 'added', id: session.id });
    this.changed();
    return store;
  }

  async delete(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (entry) {
      // Stop autosave first so a pending write cannot bring the session back.
      entry.autosave.stop().catch(() => undefined);
      this.entries.delete(id);
    }
    this.sync.forget(id);
    await this.vault.deleteSession(id);
    this.sync.announce({ kind: 'deleted', id });
    this.changed();
  }

  /** After a restore: reload everything from storage (and tell the other tabs to). */
  async reload(): Promise<void> {
    await this.flushAll();
    for (const e of this.entries.values()) await e.autosave.stop();
    this.entries.clear();
    this.closing.clear();
    this.repaired = [];
    await this.load();
    this.sync.announce({ kind: 'reload' });
  }

  /** The worker has read the notices. */
  dismissNotices(): void {
    this.notices = [];
    this.integrity = [];
    this.changed();
  }

  /**
   * Another tab deleted it: deleting is final, so this tab drops it (its unsaved changes too)
   * and never writes it again; the worker is told if it was open here.
   */
  private dropDeleted(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.deletedElsewhere.add(id);
    this.entries.delete(id);
    entry.autosave.stop().catch(() => undefined);
    this.notices = [...this.notices, { kind: 'deleted-elsewhere', childName: entry.store.get().childName }];
    this.changed();
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => e.autosave.flush()));
  }

  /**
   * Everything open is finished before the key goes: a recording in progress is stopped and
   * saved, held recordings and autosave are flushed. What storage still refuses (the tablet is
   * full) is sealed and kept in localStorage, to be written at the next unlock. False only when
   * even that failed: then locking would lose the child's work, and the caller must not lock.
   */
  async prepareToLock(): Promise<boolean> {
    await flushPendingWork();
    await this.blobs.flush();
    await this.flushAll();
    try {
      for (const entry of this.entries.values()) {
        if (!entry.autosave.saved) await keepSession(this.vault, entry.store.get());
      }
      for (const blob of this.blobs.held()) await keepBlob(this.vault, blob);
    } catch {
      return false;
    }
    return true;
  }

  /**
   * Locks: finishes what is pending (see prepareToLock), then drops every session, recording and
   * the key. Resolves false, leaving the workspace open, when unsaved work could not be kept.
   */
  close(): Promise<boolean> {
    const done = this.prepareToLock().then(async (ready) => {
      if (!ready) return false;
      // The sessions leave the list at once, but their last writes still count until they are done.
      const entries = [...this.entries.values()];
      for (const e of entries) this.closing.add(e);
      this.entries.clear();
      this.changed();
      await Promise.all(entries.map((e) => e.autosave.stop()));
      this.closing.clear();
      this.pictureStores.clear();
      this.blobs.dispose();
      this.sync.dispose();
      this.notices = [];
      this.integrity = [];
      this.vault.lock();
      this.changed();
      return true;
    });
    closing = Promise.all([closing, done.catch(() => undefined)]);
    return done;
  }

  private add(session: Session): SessionStore {
    const store = new SessionStore(session);
    const save: Entry['save'] = { status: 'saved' };
    const autosave = startAutosave(
      store,
      () => this.sync.save(session.id),
      (status, error) => {
        save.status = status;
        save.error = status === 'full' || status === 'error' ? error : undefined;
        this.changed();
      },
    );
    store.subscribe(() => this.changed());
    this.entries.set(session.id, { store, autosave, save });
    return store;
  }

  private async tracked<T>(write: Promise<T>): Promise<T> {
    this.directWrites += 1;
    this.changed();
    try {
      return await write;
    } finally {
      this.directWrites -= 1;
      this.changed();
    }
  }

  private changed(): void {
    this.version += 1;
    for (const l of this.listeners) l();
  }
}
