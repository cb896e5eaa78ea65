/**
 * The encrypted store for everything about a child. Every session and recording is sealed with
 * AES-GCM under a key derived from the worker's passphrase; the key lives only in this object,
 * so locking (or closing the tab) leaves nothing readable on the device.
 */

import type { StoreNames } from 'idb';
import type { Session } from '../model/types';
import { PBKDF2_ITERATIONS, SALT_BYTES, asBytes, decryptBytes, decryptJson, deriveKey, encryptBytes, encryptJson, fromUtf8, randomBytes, utf8 } from './crypto';
import type { Bytes, Encrypted } from './crypto';
import { MIN_PASSPHRASE_CHARS, passphraseProblem } from './passphrase';
import {
  DecryptionError,
  PassphraseTooCommonError,
  PassphraseTooShortError,
  VaultDamagedError,
  VaultExistsError,
  VaultLockedError,
  VaultMissingError,
  VaultRekeyedError,
  WrongPassphraseError,
} from './errors';
import { SessionDeletedError, StaleSessionError } from './sessionErrors';
import { afterDelete, afterWrite, checkIndex, emptyIndex, nextRevision, readIndex, rebuildIndex, unwrapSession, wrapSession } from './sessionIndex';
import type { IntegrityProblem, SessionIndex } from './sessionIndex';
import { STORAGE_FORMAT, openRecord, openRecordJson, sealRecord, sealRecordJson } from './records';
import { resealAll } from './reseal';
import { INDEX_CONTEXT, INDEX_KEY, META_KEY, VERIFIER_CONTEXT, blobContext, keptContext, pictureContext, sessionContext } from './contexts';
import {
  MAX_ITERATIONS,
  errorName,
  frame,
  fromBase64,
  isBytes,
  isMetaRecord,
  isRecord,
  isSealedRecord,
  openDatabase,
  requireId,
  sameBytes,
  tagOf,
  toBase64,
  unframe,
  write,
} from './database';
import type { BlobRecord, Db, IndexRecord, MetaRecord, PictureRecord, RestoreMarker, SessionRecord, VoicemapDB, WriteTx } from './database';

export { DB_NAME, DB_VERSION, MAX_ITERATIONS } from './database';

/** Or four words: see storage/passphrase.ts. */
export const MIN_PASSPHRASE_LENGTH = MIN_PASSPHRASE_CHARS;

/** Present while a restore is writing; left behind when one is interrupted. Holds only a time. */
const RESTORE_KEY = 'restore-in-progress';
const VERIFIER_TEXT = 'voicemap-verifier-1';
/** The index's counter as last written, sealed, in localStorage: a second witness against rollback. */
const WITNESS_KEY = 'voicemap-index-witness';
const WITNESS_CONTEXT = 'voicemap-index-witness';
/**
 * A new key, passed to this device's other tabs when the passphrase changes (a CryptoKey is
 * cloned, never exported): they go on saving under it instead of the old one.
 */
const KEY_CHANNEL = 'voicemap-key';
/** How long a write refused for an old key waits for the new key from the tab that changed it. */
const NEW_KEY_WAIT_MS = 3000;
/** One writer at a time across this device's tabs (Web Locks); see #exclusive. */
const WRITE_LOCK = 'voicemap-vault-write';
/** A tab that holds the lock and hangs must not stop every other tab from saving. */
const LOCK_WAIT_MS = 10_000;

/** Exports must never be able to pass for a stored record, or the reverse. */
function exportContext(context: string): string {
  if (context.startsWith('[')) throw new TypeError('Export contexts must not look like record contexts.');
  return context;
}

/** Prepares one indexed write from the current index: the next index, the result, the transaction's work. */
/** `key`: the vault's key for this attempt (a retry after a change of passphrase has the new one). */
type Prepare<T> = (index: SessionIndex, key: CryptoKey) => Promise<{ next: SessionIndex; result: T; body: (tx: WriteTx) => Promise<unknown> }>;

/** The least a session needs for storage; the model layer owns the rest of its shape. */
export interface StorableSession {
  readonly id: string;
}

export interface BlobInput {
  id: string;
  mimeType: string;
  bytes: Uint8Array | Blob;
}

export interface LoadedBlob {
  id: string;
  sessionId: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** A page picture as stored: what it shows (`about`, written by the canvas) and the image. */
export interface PagePicture {
  about: string;
  bytes: Uint8Array;
}

export type UnreadableReason = 'malformed-record' | 'decrypt-failed';

export interface Unreadable {
  id: string;
  reason: UnreadableReason;
}

export interface LoadedSessions {
  /** Raw decrypted objects, unvalidated: the model layer parses and migrates them. */
  sessions: unknown[];
  /** Records that could not be read; reported so one damaged session never hides the others. */
  unreadable: Unreadable[];
  /** Each readable record's tag and revision, by the record's id (see SessionReceipt). */
  stored: Map<string, SessionReceipt>;
}

/** What a session write stored: `tag` names that exact record (its IV), `revision` its count. */
export interface SessionReceipt {
  tag: string;
  revision: number;
}

export interface SaveOptions {
  /**
   * The tag of the record this write is based on: the write is refused (StaleSessionError, or
   * SessionDeletedError when the record is gone) if the stored one is any other. `null`: the
   * session must not exist yet. Left out: written whatever is stored (a restore's decision).
   */
  expect?: string | null;
}

export interface VaultOptions {
  /** Only for tests, which cannot afford the real cost on every run. */
  iterations?: number;
}

export class Vault {
  #key: CryptoKey | undefined;
  #db: Promise<Db> | undefined;
  #salt: Bytes;
  #iterations: number;
  #keyChannel: BroadcastChannel | undefined;
  /** Called when this tab takes a new key from the tab that changed the passphrase. */
  readonly #onNewKey = new Set<() => void>();
  /** The index as this tab last read or wrote it, with the tag of its record. */
  #index: { tag: string; index: SessionIndex } | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(key: CryptoKey, salt: Bytes, iterations: number, db: Db) {
    this.#key = key;
    this.#salt = salt;
    this.#iterations = iterations;
    this.#db = Promise.resolve(db);
    this.#watch(db);
    if (typeof BroadcastChannel === 'function') {
      this.#keyChannel = new BroadcastChannel(KEY_CHANNEL);
      this.#keyChannel.addEventListener('message', (event: MessageEvent) => void this.#takeNewKey(event.data));
    }
  }

  /** Whether a passphrase has been set on this device. */
  static async status(): Promise<'new' | 'locked'> {
    const db = await openDatabase();
    try {
      return (await db.get('meta', META_KEY)) === undefined ? 'new' : 'locked';
    } finally {
      db.close();
    }
  }

  static async create(passphrase: string, options: VaultOptions = {}): Promise<Vault> {
    const problem = passphraseProblem(passphrase);
    if (problem === 'too-short') throw new PassphraseTooShortError(MIN_PASSPHRASE_LENGTH);
    if (problem === 'too-common') throw new PassphraseTooCommonError();
    const iterations = options.iterations ?? PBKDF2_ITERATIONS;
    // Anything unlock would reject as damage must be refused here, before it is stored.
    if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new RangeError(`Iterations must be an integer from 1 to ${MAX_ITERATIONS}.`);
    }
    const db = await openDatabase();
    try {
      // Checked early to spare a slow key derivation; `add` below is what really guards.
      if ((await db.get('meta', META_KEY)) !== undefined) throw new VaultExistsError();
      const salt = randomBytes(SALT_BYTES);
      const key = await deriveKey(passphrase, salt, iterations);
      const verifier = await encryptJson(key, VERIFIER_TEXT, VERIFIER_CONTEXT);
      const record: MetaRecord = { salt, iterations, verifier, createdAt: new Date().toISOString(), format: STORAGE_FORMAT };
      try {
        await write(db, ['meta'], (tx) => tx.objectStore('meta').add(record, META_KEY));
      } catch (error) {
        // `add` refuses to overwrite: another tab created the vault in the meantime.
        if (errorName(error) === 'ConstraintError') throw new VaultExistsError();
        throw error;
      }
      return new Vault(key, salt, iterations, db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * A wrong passphrase can never change or remove anything: it only reads, until the passphrase
   * is proven right (then records of an older format are sealed as this version does).
   */
  static async unlock(passphrase: string): Promise<Vault> {
    const db = await openDatabase();
    try {
      const meta: unknown = await db.get('meta', META_KEY);
      if (meta === undefined) throw new VaultMissingError();
      if (!isMetaRecord(meta)) throw new VaultDamagedError();
      let key: CryptoKey;
      try {
        key = await deriveKey(passphrase, meta.salt, meta.iterations);
        const text = await decryptJson(key, meta.verifier.iv, meta.verifier.data, VERIFIER_CONTEXT);
        if (text !== VERIFIER_TEXT) throw new WrongPassphraseError();
      } catch {
        // Without a MAC over the passphrase alone, a failed verifier is indistinguishable from a
        // wrong passphrase; the verifier is tiny, so damage to it is far less likely than a typo.
        throw new WrongPassphraseError();
      }
      const vault = new Vault(key, asBytes(meta.salt), meta.iterations, db);
      if ((meta.format ?? 1) < STORAGE_FORMAT) await vault.#upgradeFormat();
      return vault;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * Seals every record as this version does (padded, no plain times: storage/records.ts), once,
   * in one transaction. If that fails (a full disk), everything stays readable as it was and it
   * is tried again at the next unlock.
   */
  async #upgradeFormat(): Promise<void> {
    const key = this.#requireKey();
    try {
      await this.#exclusive(async () => {
        const db = await this.#database();
        const meta: unknown = await db.get('meta', META_KEY);
        if (!isMetaRecord(meta) || (meta.format ?? 1) >= STORAGE_FORMAT) return;
        await resealAll(db, { from: key, to: key, meta: async (stored) => ({ ...stored, format: STORAGE_FORMAT }) });
        this.#index = undefined;
      });
    } catch {
      // Left in the old format, which reads and writes as well; only the padding waits.
    }
  }

  /**
   * Seals everything under a key from `next` with a fresh salt, all or nothing (storage/reseal.ts),
   * and goes on with that key; this device's other unlocked tabs are given the new key.
   * WrongPassphraseError when `current` is not the passphrase; the passphrase errors for a weak
   * `next`; anything else: nothing has changed and the old passphrase still opens everything.
   */
  async changePassphrase(current: string, next: string, options: VaultOptions = {}): Promise<void> {
    const problem = passphraseProblem(next);
    if (problem === 'too-short') throw new PassphraseTooShortError(MIN_PASSPHRASE_LENGTH);
    if (problem === 'too-common') throw new PassphraseTooCommonError();
    this.#requireKey();
    await this.#exclusive(async () => {
      const db = await this.#database();
      const meta: unknown = await db.get('meta', META_KEY);
      if (!isMetaRecord(meta)) throw new VaultDamagedError();
      let oldKey: CryptoKey;
      try {
        oldKey = await deriveKey(current, meta.salt, meta.iterations);
        if ((await decryptJson(oldKey, meta.verifier.iv, meta.verifier.data, VERIFIER_CONTEXT)) !== VERIFIER_TEXT) throw new WrongPassphraseError();
      } catch {
        throw new WrongPassphraseError();
      }
      const iterations = options.iterations ?? meta.iterations;
      if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) throw new RangeError('Bad iteration count.');
      const salt = randomBytes(SALT_BYTES);
      const newKey = await deriveKey(next, salt, iterations);
      const verifier = await encryptJson(newKey, VERIFIER_TEXT, VERIFIER_CONTEXT);
      await resealAll(db, { from: oldKey, to: newKey, meta: async (stored) => ({ ...stored, salt, iterations, verifier, format: STORAGE_FORMAT }) });
      this.#adopt(newKey, salt, iterations);
      // The witness was sealed under the old key: seal it again, or the next unlock finds none.
      const { index } = await this.#currentIndex(db, newKey, false);
      await this.#writeWitness(index.counter);
      this.#keyChannel?.postMessage({ key: newKey, salt, iterations });
    });
  }

  /** A new key from the tab that changed the passphrase, taken only if it opens this vault. */
  async #takeNewKey(message: unknown): Promise<void> {
    if (this.#key === undefined || !isRecord(message) || !isBytes(message.salt) || typeof message.iterations !== 'number') return;
    const { key, salt, iterations } = message as { key: CryptoKey; salt: Bytes; iterations: number };
    try {
      const db = await this.#database();
      const meta: unknown = await db.get('meta', META_KEY);
      if (!isMetaRecord(meta) || !sameBytes(meta.salt, salt)) return;
      if ((await decryptJson(key, meta.verifier.iv, meta.verifier.data, VERIFIER_CONTEXT)) !== VERIFIER_TEXT) return;
      if (this.#key !== undefined) this.#adopt(key, salt, iterations);
    } catch {
      // Not a key for this vault: this tab's writes are refused until it is locked and unlocked.
    }
  }

  #adopt(key: CryptoKey, salt: Bytes, iterations: number): void {
    this.#key = key;
    this.#salt = salt;
    this.#iterations = iterations;
    this.#index = undefined;
    for (const listener of this.#onNewKey) listener();
  }

  /**
   * Writes a sealed record unless the vault's key changed since this tab took its key: then
   * waits a moment for the new key (see KEY_CHANNEL) and seals again; VaultRekeyedError if none.
   */
  async #writeSealed(stores: StoreNames<VoicemapDB>[], prepare: (key: CryptoKey) => Promise<(tx: WriteTx) => Promise<unknown>>): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const salt = this.#salt;
      const body = await prepare(this.#requireKey());
      try {
        return await write(await this.#database(), stores, body, salt);
      } catch (error) {
        if (!(error instanceof VaultRekeyedError) || attempt > 0 || !(await this.#newKeySince(salt))) throw error;
      }
    }
  }

  /** Whether this tab has (or gets within NEW_KEY_WAIT_MS) a key other than the one with `salt`. */
  #newKeySince(salt: Bytes): Promise<boolean> {
    if (this.#salt !== salt) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (arrived: boolean) => {
        clearTimeout(timer);
        this.#onNewKey.delete(onKey);
        resolve(arrived);
      };
      const onKey = () => done(true);
      const timer = setTimeout(() => done(false), NEW_KEY_WAIT_MS);
      this.#onNewKey.add(onKey);
    });
  }

  get isLocked(): boolean {
    return this.#key === undefined;
  }

  /**
   * The key-derivation settings, so an export can be opened with the passphrase alone.
   * Salt and iteration count are not secret.
   */
  get kdf(): { salt: Bytes; iterations: number } {
    return { salt: this.#salt.slice(), iterations: this.#iterations };
  }

  /** Drops the key; a new unlock is needed before anything can be read or written again. */
  lock(): void {
    this.#key = undefined;
    this.#keyChannel?.close();
    this.#keyChannel = undefined;
    const db = this.#db;
    this.#db = undefined;
    void db?.then((connection) => connection.close()).catch(() => undefined);
  }

  /** Storage-full failures throw StorageFullError; the stored copy is then the previous one. */
  async saveSession(session: Session, options: SaveOptions = {}): Promise<SessionReceipt> {
    return this.saveSessionWithBlobs(session, [], options);
  }

  /**
   * One transaction for the session, its blobs and the session index, so a restore never
   * half-writes a session and the index always matches. With `expect`, a write based on an old
   * copy is refused inside that same transaction (see SaveOptions).
   */
  async saveSessionWithBlobs<T extends StorableSession>(session: T, blobs: readonly BlobInput[], options: SaveOptions = {}): Promise<SessionReceipt> {
    const id = requireId(session.id, 'session id');
    // Sealed once, before the write lock is waited for; again only if the key changes meanwhile.
    let sealedBlobs = await this.#sealBlobs(this.#requireKey(), id, blobs);
    return this.#commitIndexed(async (index, key) => {
      if (sealedBlobs.key !== key) sealedBlobs = await this.#sealBlobs(key, id, blobs);
      const blobRecords = sealedBlobs.records;
      const revision = nextRevision(index, id);
      // All encryption happens first: an IndexedDB transaction closes if it waits on other work.
      const sealed = await sealRecordJson(key, wrapSession(session, revision), sessionContext(id));
      const record: SessionRecord = { id, iv: sealed.iv, data: sealed.data };
      return {
        next: afterWrite(index, id, revision),
        result: { tag: tagOf(record), revision },
        body: async (tx) => {
          if (options.expect !== undefined) {
            const current: unknown = await tx.objectStore('sessions').get(id);
            if (current === undefined && options.expect !== null) throw new SessionDeletedError();
            if (current !== undefined && tagOf(current) !== options.expect) throw new StaleSessionError();
          }
          await Promise.all([tx.objectStore('sessions').put(record), ...blobRecords.map((blobRecord) => tx.objectStore('blobs').put(blobRecord))]);
        },
      };
    });
  }

  async loadSessions(): Promise<LoadedSessions> {
    const key = this.#requireKey();
    const db = await this.#database();
    const tx = db.transaction('sessions');
    const [ids, records] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    const results = await Promise.all(records.map((record: unknown, index) => openSession(key, String(ids[index]), record)));
    const loaded: LoadedSessions = { sessions: [], unreadable: [], stored: new Map() };
    for (const result of results) {
      if ('session' in result) {
        loaded.sessions.push(result.session);
        loaded.stored.set(result.id, { tag: result.tag, revision: result.revision });
      } else loaded.unreadable.push(result);
    }
    return loaded;
  }

  /** The stored session with its tag and revision; undefined if there is none; DecryptionError if unreadable. */
  async readSession(id: string): Promise<({ session: unknown } & SessionReceipt) | undefined> {
    const key = this.#requireKey();
    const db = await this.#database();
    const record: unknown = await db.get('sessions', id);
    if (record === undefined) return undefined;
    const result = await openSession(key, id, record);
    if ('session' in result) return { session: result.session, tag: result.tag, revision: result.revision };
    throw new DecryptionError();
  }

  /**
   * Compares the stored sessions (as `loadSessions` found them) with the session index, and
   * returns what does not match: an old record written back, a deleted one back, an index older
   * than the last one written. The index is then rebuilt to what is stored, so each problem is
   * reported once, at the unlock that finds it. A vault from before indexes gets its first one.
   */
  async checkIntegrity(loaded: LoadedSessions): Promise<IntegrityProblem[]> {
    // While no tab writes: a write landing between the load and this check is not a rollback.
    return this.#exclusive(async () => {
      const problems = await this.#checkIntegrityLocked(loaded);
      // Another tab may have written after `loaded` was read (without Web Locks, even now):
      // a problem counts only if it is still there in a fresh read.
      return problems.length === 0 ? problems : this.#checkIntegrityLocked(await this.loadSessions(), true);
    });
  }

  async #checkIntegrityLocked(loaded: LoadedSessions, rebuild = false): Promise<IntegrityProblem[]> {
    const key = this.#requireKey();
    const db = await this.#database();
    const record: unknown = await db.get('meta', INDEX_KEY);
    let index: SessionIndex | 'unreadable' | undefined;
    if (record !== undefined) {
      try {
        if (!isSealedRecord(record)) throw new DecryptionError();
        index = readIndex(await openRecordJson(key, record.iv, record.data, INDEX_CONTEXT)) ?? 'unreadable';
      } catch {
        index = 'unreadable';
      }
    }
    const stored = new Map([...loaded.stored].map(([id, receipt]) => [id, receipt.revision]));
    // A record that cannot be decrypted is reported as unreadable already; its revision is unknown.
    const previous = typeof index === 'object' ? index : undefined;
    for (const { id } of loaded.unreadable) stored.set(id, previous?.sessions[id] ?? 0);
    const problems = checkIndex(index, stored, await this.#readWitness());
    if (problems.length > 0 && !rebuild) return problems;
    if (problems.length > 0 || previous === undefined) {
      const rebuilt = rebuildIndex(previous, stored);
      await this.#commitIndexedLocked(async () => ({ next: rebuilt, result: undefined, body: async () => undefined }), true);
    } else {
      this.#index = { tag: tagOf(record), index: previous };
    }
    return problems;
  }

  /** Undefined if there is no such session; DecryptionError if it exists but cannot be read. */
  async loadSession(id: string): Promise<unknown> {
    return (await this.readSession(id))?.session;
  }

  /**
   * Removes the session and every blob recorded against it, together or not at all; the index
   * remembers it was deleted, so the record coming back is reported (storage/sessionIndex.ts).
   */
  async deleteSession(id: string): Promise<void> {
    this.#requireKey();
    await this.#commitIndexed(async (index) => ({
      next: afterDelete(index, id),
      result: undefined,
      body: async (tx) => {
        const blobs = tx.objectStore('blobs');
        const pictures = tx.objectStore('pictures');
        const [blobIds, pageIds] = await Promise.all([blobs.index('bySession').getAllKeys(id), pictures.index('bySession').getAllKeys(id)]);
        await Promise.all([
          tx.objectStore('sessions').delete(id),
          ...blobIds.map((blobId) => blobs.delete(blobId)),
          ...pageIds.map((pageId) => pictures.delete(pageId)),
        ]);
      },
    }));
  }

  /** Whether the session index says this session was deleted (deleting is final in every tab). */
  async wasDeleted(id: string): Promise<boolean> {
    const key = this.#requireKey();
    const { index } = await this.#currentIndex(await this.#database(), key, false);
    return id in index.deleted;
  }

  /** Which session a stored recording belongs to (plain in its record), or undefined. */
  async blobOwner(id: string): Promise<string | undefined> {
    this.#requireKey();
    const db = await this.#database();
    const record: unknown = await db.get('blobs', id);
    return isRecord(record) && typeof record.sessionId === 'string' ? record.sessionId : undefined;
  }

  /** Written before a restore's first change, so an interrupted one is reported next time. */
  async markRestoreStarted(): Promise<void> {
    this.#requireKey();
    const db = await this.#database();
    const marker: RestoreMarker = { startedAt: new Date().toISOString() };
    await write(db, ['meta'], (tx) => tx.objectStore('meta').put(marker, RESTORE_KEY));
  }

  async clearRestoreMarker(): Promise<void> {
    this.#requireKey();
    const db = await this.#database();
    await write(db, ['meta'], (tx) => tx.objectStore('meta').delete(RESTORE_KEY));
  }

  /** Whether a restore started and never finished on this device. */
  async restoreWasInterrupted(): Promise<boolean> {
    this.#requireKey();
    const db = await this.#database();
    return (await db.get('meta', RESTORE_KEY)) !== undefined;
  }

  /** Every readable page picture of a session, by page id (a damaged one is left out). */
  async loadSessionPictures(sessionId: string): Promise<Map<string, PagePicture>> {
    const key = this.#requireKey();
    const db = await this.#database();
    const tx = db.transaction('pictures');
    const [pageIds, records] = await Promise.all([tx.store.index('bySession').getAllKeys(sessionId), tx.store.index('bySession').getAll(sessionId), tx.done]);
    const pictures = new Map<string, PagePicture>();
    await Promise.all(
      records.map(async (record: unknown, i) => {
        const pageId = String(pageIds[i]);
        if (!isSealedRecord(record)) return;
        try {
          const { header, bytes } = unframe(await openRecord(key, record.iv, record.data, pictureContext(pageId, sessionId)));
          pictures.set(pageId, { about: header, bytes });
        } catch {
          // Only a cache: that page is painted from its strokes.
        }
      }),
    );
    return pictures;
  }

  /**
   * Stores (replaces) the picture of a page's ink, if its session is stored; StorageFullError
   * when the disk is full.
   */
  async savePagePicture(sessionId: string, pageId: string, picture: PagePicture): Promise<void> {
    requireId(sessionId, 'session id');
    requireId(pageId, 'page id');
    // A picture is taken a moment after drawing stops, so it can arrive after the session was
    // deleted (here or in another tab): checked in the same transaction, it is then dropped, so
    // nothing of a deleted session stays on the device.
    await this.#writeSealed(['sessions', 'pictures'], async (key) => {
      const sealed = await sealRecord(key, frame(picture.about, picture.bytes), pictureContext(pageId, sessionId));
      const record: PictureRecord = { pageId, sessionId, iv: sealed.iv, data: sealed.data };
      return async (tx) => {
        if ((await tx.objectStore('sessions').getKey(sessionId)) === undefined) return;
        await tx.objectStore('pictures').put(record);
      };
    });
  }

  /**
   * The page's picture, or undefined when there is none or it cannot be read (a damaged picture
   * is only a slower open: the page is painted from its strokes instead).
   */
  async loadPagePicture(sessionId: string, pageId: string): Promise<PagePicture | undefined> {
    const key = this.#requireKey();
    const db = await this.#database();
    const record: unknown = await db.get('pictures', pageId);
    if (!isSealedRecord(record) || record.sessionId !== sessionId) return undefined;
    try {
      const plain = await openRecord(key, record.iv, record.data, pictureContext(pageId, sessionId));
      const { header, bytes } = unframe(plain);
      return { about: header, bytes };
    } catch {
      return undefined;
    }
  }

  async saveBlob(id: string, sessionId: string, bytes: Uint8Array | Blob, mimeType: string): Promise<void> {
    await this.#writeSealed(['blobs'], async (key) => {
      const record = await this.#sealBlob(key, id, sessionId, bytes, mimeType);
      return (tx) => tx.objectStore('blobs').put(record);
    });
  }

  /** Undefined if there is no such blob; DecryptionError if it exists but cannot be read. */
  async loadBlob(id: string): Promise<{ bytes: Uint8Array; mimeType: string } | undefined> {
    const key = this.#requireKey();
    const db = await this.#database();
    const record: unknown = await db.get('blobs', id);
    if (record === undefined) return undefined;
    const result = await openBlob(key, id, record);
    if ('blob' in result) return { bytes: result.blob.bytes, mimeType: result.blob.mimeType };
    throw new DecryptionError();
  }

  /** Every blob of a session, for exports; unreadable ones are reported rather than fatal. */
  async loadSessionBlobs(sessionId: string): Promise<{ blobs: LoadedBlob[]; unreadable: Unreadable[] }> {
    const key = this.#requireKey();
    const db = await this.#database();
    const tx = db.transaction('blobs');
    const index = tx.store.index('bySession');
    const [ids, records] = await Promise.all([index.getAllKeys(sessionId), index.getAll(sessionId), tx.done]);
    const opened = await Promise.all(records.map((record: unknown, i) => openBlob(key, String(ids[i]), record)));
    const result: { blobs: LoadedBlob[]; unreadable: Unreadable[] } = { blobs: [], unreadable: [] };
    for (const item of opened) {
      if ('blob' in item) result.blobs.push(item.blob);
      else result.unreadable.push(item);
    }
    return result;
  }

  /**
   * Encrypts an export (such as a backup) under the vault key, which anyone with the passphrase
   * can re-derive from `kdf`.
   */
  async seal(plain: Uint8Array, context: string): Promise<Encrypted> {
    return encryptBytes(this.#requireKey(), plain, exportContext(context));
  }

  /** Opens what `seal` made, so a backup from this device needs no passphrase. DecryptionError otherwise. */
  async unseal(iv: Uint8Array, data: ArrayBuffer | Uint8Array, context: string): Promise<Bytes> {
    return decryptBytes(this.#requireKey(), iv, data, exportContext(context));
  }

  /**
   * Seals work that could not be written before a lock (see storage/kept.ts), padded like a
   * stored record. Its own context, so a kept copy can never pass for a stored record, or the
   * reverse.
   */
  async sealKept(plain: Uint8Array, kind: string, id: string): Promise<Encrypted> {
    return sealRecord(this.#requireKey(), plain, keptContext(kind, id));
  }

  async unsealKept(iv: Uint8Array, data: Uint8Array, kind: string, id: string): Promise<Bytes> {
    return openRecord(this.#requireKey(), iv, data, keptContext(kind, id));
  }

  #requireKey(): CryptoKey {
    if (this.#key === undefined) throw new VaultLockedError();
    return this.#key;
  }

  /**
   * Writes `body` and the next session index in one transaction, one writer at a time. The
   * index is read before (decrypting it cannot happen inside a transaction) and checked again
   * inside: if another tab wrote it in between, everything is prepared again from the new one.
   */
  #commitIndexed<T>(prepare: Prepare<T>): Promise<T> {
    return this.#exclusive(() => this.#commitIndexedLocked(prepare));
  }

  /** The body of #commitIndexed, for callers already inside #exclusive (it does not nest). */
  async #commitIndexedLocked<T>(prepare: Prepare<T>, replace = false): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      // Read each time: the passphrase may have been changed in another tab (see #writeSealed).
      const key = this.#requireKey();
      const salt = this.#salt;
      const db = await this.#database();
      const current = await this.#currentIndex(db, key, replace);
      const { next, result, body } = await prepare(current.index, key);
      const sealed = await sealRecordJson(key, next, INDEX_CONTEXT);
      const record: IndexRecord = { iv: sealed.iv, data: sealed.data };
      let stale = false;
      try {
        await write(
          db,
          ['sessions', 'blobs', 'pictures', 'meta'],
          async (tx) => {
            const stored: unknown = await tx.objectStore('meta').get(INDEX_KEY);
            if (tagOf(stored) !== current.tag) {
              stale = true;
              return;
            }
            await body(tx);
            await tx.objectStore('meta').put(record, INDEX_KEY);
          },
          salt,
        );
      } catch (error) {
        if (!(error instanceof VaultRekeyedError) || !(await this.#newKeySince(salt))) throw error;
        stale = true;
      }
      if (!stale) {
        this.#index = { tag: tagOf(record), index: next };
        // Awaited: a lock right after this write must not stop the witness being updated.
        await this.#writeWitness(next.counter);
        return result;
      }
      // Only without Web Locks can two tabs meet here, and each retry means the other one wrote.
      if (attempt >= 20) throw new StaleSessionError();
    }
  }

  /** The stored index, decrypted only when it changed since this tab last saw it. */
  async #currentIndex(db: Db, key: CryptoKey, replace: boolean): Promise<{ tag: string; index: SessionIndex }> {
    const record: unknown = await db.get('meta', INDEX_KEY);
    const tag = tagOf(record);
    if (record === undefined || replace) return { tag, index: emptyIndex() };
    if (this.#index?.tag === tag) return this.#index;
    let index: SessionIndex | undefined;
    try {
      if (isSealedRecord(record)) index = readIndex(await openRecordJson(key, record.iv, record.data, INDEX_CONTEXT));
    } catch {
      index = undefined;
    }
    // A damaged index is reported at the next unlock (checkIntegrity); until then writes go on.
    return { tag, index: index ?? emptyIndex() };
  }

  async #readWitness(): Promise<number | undefined> {
    try {
      const text = localStorage.getItem(WITNESS_KEY);
      if (text === null) return undefined;
      const { iv, data } = JSON.parse(text) as { iv: string; data: string };
      const plain = await this.unseal(fromBase64(iv), fromBase64(data), WITNESS_CONTEXT);
      const counter = Number(fromUtf8(plain));
      return Number.isFinite(counter) ? counter : undefined;
    } catch {
      // Sealed under another vault's key (this one was made afresh), or unreadable: no witness.
      return undefined;
    }
  }

  async #writeWitness(counter: number): Promise<void> {
    try {
      // Tabs write in turn; a lower counter never replaces a higher one (no false alarms).
      if (((await this.#readWitness()) ?? -1) >= counter) return;
      const sealed = await this.seal(utf8(String(counter)), WITNESS_CONTEXT);
      localStorage.setItem(WITNESS_KEY, JSON.stringify({ iv: toBase64(sealed.iv), data: toBase64(new Uint8Array(sealed.data)) }));
    } catch {
      // No localStorage (or full): the index alone still catches a single record written back.
    }
  }

  /**
   * Runs `work` alone: after this tab's earlier writes, and while holding a Web Lock that every
   * tab of this device takes to write. Without Web Locks (or if the lock is not granted in
   * LOCK_WAIT_MS) it runs anyway: the checks inside the transaction still refuse a stale write.
   */
  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
      if (!locks) return work();
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), LOCK_WAIT_MS);
      let started = false;
      try {
        return await locks.request(WRITE_LOCK, { signal: controller.signal }, () => {
          started = true;
          clearTimeout(timer);
          return work();
        });
      } catch (error) {
        if (started) throw error;
        return work();
      } finally {
        clearTimeout(timer);
      }
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Reopens lazily, because another tab's upgrade may have closed our connection. */
  #database(): Promise<Db> {
    this.#requireKey();
    if (this.#db === undefined) {
      const opening = openDatabase();
      this.#db = opening;
      void opening.then(
        (db) => this.#watch(db),
        () => {
          if (this.#db === opening) this.#db = undefined;
        },
      );
    }
    return this.#db;
  }

  #watch(db: Db): void {
    const forget = () => {
      void this.#db?.then((current) => {
        if (current === db) this.#db = undefined;
      });
    };
    // Holding the connection open would block a newer version of the app in another tab.
    db.addEventListener('versionchange', () => {
      db.close();
      forget();
    });
    db.addEventListener('close', forget);
  }

  async #sealBlobs(key: CryptoKey, sessionId: string, blobs: readonly BlobInput[]): Promise<{ key: CryptoKey; records: BlobRecord[] }> {
    return { key, records: await Promise.all(blobs.map((blob) => this.#sealBlob(key, blob.id, sessionId, blob.bytes, blob.mimeType))) };
  }

  async #sealBlob(key: CryptoKey, id: string, sessionId: string, bytes: Uint8Array | Blob, mimeType: string): Promise<BlobRecord> {
    requireId(id, 'blob id');
    requireId(sessionId, 'session id');
    const body = ArrayBuffer.isView(bytes) ? bytes : new Uint8Array(await bytes.arrayBuffer());
    const sealed = await sealRecord(key, frame(mimeType, body), blobContext(id, sessionId));
    return { id, sessionId, iv: sealed.iv, data: sealed.data };
  }
}

type OpenedSession = ({ id: string; session: unknown } & SessionReceipt) | Unreadable;

async function openSession(key: CryptoKey, id: string, record: unknown): Promise<OpenedSession> {
  if (!isSealedRecord(record)) return { id, reason: 'malformed-record' };
  try {
    const { session, revision } = unwrapSession(await openRecordJson(key, record.iv, record.data, sessionContext(id)));
    return { id, session, revision, tag: tagOf(record) };
  } catch {
    return { id, reason: 'decrypt-failed' };
  }
}

async function openBlob(key: CryptoKey, id: string, record: unknown): Promise<{ blob: LoadedBlob } | Unreadable> {
  if (!isSealedRecord(record) || typeof record.sessionId !== 'string') {
    return { id, reason: 'malformed-record' };
  }
  const { sessionId } = record;
  try {
    const plain = await openRecord(key, record.iv, record.data, blobContext(id, sessionId));
    const { header: mimeType, bytes } = unframe(plain);
    return { blob: { id, sessionId, mimeType, bytes } };
  } catch {
    return { id, reason: 'decrypt-failed' };
  }
}
