/**
 * The IndexedDB database under the vault: its stores and record shapes, opening (with each
 * version's upgrade step), the one way to write (a transaction aborted on any failure), and the
 * checks a stored value must pass before it is trusted. Knows nothing of keys; storage/vault.ts
 * seals and opens what is stored here.
 */

import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { IV_BYTES, PBKDF2_ITERATIONS, SALT_BYTES, fromUtf8, utf8 } from './crypto';
import type { Bytes, Encrypted } from './crypto';
import { META_KEY } from './contexts';
import { StorageFullError, StorageUnavailableError, VaultRekeyedError } from './errors';

export const DB_NAME = 'voicemap';
/** Bump with a new step in `upgrade` whenever stores or indexes change. */
export const DB_VERSION = 2;
/**
 * Stored iteration counts above this are treated as damage: a corrupted count must not
 * freeze the app in key derivation. Leaves room to raise the default tenfold.
 */
export const MAX_ITERATIONS = PBKDF2_ITERATIONS * 10;

export interface MetaRecord {
  salt: Bytes;
  iterations: number;
  verifier: Encrypted;
  createdAt: string;
  /** How records are sealed (storage/records.ts); absent on vaults from before padding (1). */
  format?: number;
}

export interface SessionRecord {
  id: string;
  iv: Bytes;
  data: ArrayBuffer;
}

export interface BlobRecord {
  id: string;
  /** Plain because deleting a session must find its blobs through an index. */
  sessionId: string;
  iv: Bytes;
  /** Ciphertext of the mime type and the bytes together, so neither is visible. */
  data: ArrayBuffer;
}

/**
 * A page's ink as a picture, so a page with thousands of strokes opens without repainting them
 * (see canvas/inkPicture.ts). Only a cache: never backed up, rebuilt whenever it is missing or stale.
 */
export interface PictureRecord {
  pageId: string;
  /** Plain because deleting a session must find its pictures through an index. */
  sessionId: string;
  iv: Bytes;
  /** Ciphertext of the description and the image together. */
  data: ArrayBuffer;
}

export interface RestoreMarker {
  startedAt: string;
}

export interface IndexRecord {
  iv: Bytes;
  data: ArrayBuffer;
}

export interface VoicemapDB extends DBSchema {
  meta: { key: string; value: MetaRecord | RestoreMarker | IndexRecord };
  sessions: { key: string; value: SessionRecord };
  blobs: { key: string; value: BlobRecord; indexes: { bySession: string } };
  pictures: { key: string; value: PictureRecord; indexes: { bySession: string } };
}

export type Db = IDBPDatabase<VoicemapDB>;
export type WriteTx = IDBPTransaction<VoicemapDB, StoreNames<VoicemapDB>[], 'readwrite'>;

export async function openDatabase(): Promise<Db> {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError();
  try {
    return await openDB<VoicemapDB>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion) {
        // One step per version, so a device on any older version reaches the current shape.
        if (oldVersion < 1) {
          db.createObjectStore('meta');
          db.createObjectStore('sessions', { keyPath: 'id' });
          db.createObjectStore('blobs', { keyPath: 'id' }).createIndex('bySession', 'sessionId');
        }
        if (oldVersion < 2) {
          db.createObjectStore('pictures', { keyPath: 'pageId' }).createIndex('bySession', 'sessionId');
        }
      },
    });
  } catch (error) {
    throw new StorageUnavailableError({ cause: error });
  }
}

/**
 * Runs one readwrite transaction. On any failure it is aborted, which rolls back everything it
 * did, so data stored earlier is never harmed; quota failures become StorageFullError.
 */
export async function write(db: Db, stores: StoreNames<VoicemapDB>[], body: (tx: WriteTx) => Promise<unknown>, salt?: Bytes): Promise<void> {
  let tx: WriteTx;
  try {
    tx = db.transaction(salt && !stores.includes('meta') ? [...stores, 'meta'] : stores, 'readwrite');
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError({ cause: error }) : error;
  }
  try {
    // With `salt`: written only if the vault's key is still the one with that salt, checked in
    // this transaction, so nothing is ever sealed under a key the passphrase no longer gives.
    const guarded = async () => {
      if (salt) {
        const meta: unknown = await tx.objectStore('meta').get(META_KEY);
        if (!isMetaRecord(meta) || !sameBytes(meta.salt, salt)) throw new VaultRekeyedError();
      }
      await body(tx);
    };
    await Promise.all([guarded(), tx.done]);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser.
    }
    await tx.done.catch(() => undefined);
    // Browsers report quota on the request, or only as the transaction's abort reason.
    if (isQuotaError(error) || isQuotaError(tx.error)) throw new StorageFullError({ cause: error });
    throw error;
  }
}

/** By name, not instanceof: DOMExceptions may come from another realm. */
export function errorName(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
}

export function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  // Older Firefox used its own name; code 22 is the legacy QUOTA_EXCEEDED_ERR.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

/** Names one exact stored record by its IV (fresh for every write); '' for none. */
export function tagOf(record: unknown): string {
  return isRecord(record) && isBytes(record.iv) ? toBase64(record.iv) : '';
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.byteLength; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/**
 * [uint16 header length][header utf-8][bytes]: keeps a description (a blob's mime type, what a
 * picture shows) encrypted alongside the bytes.
 */
export function frame(header: string, bytes: Uint8Array): Bytes {
  const head = utf8(header);
  if (head.byteLength > 0xffff) throw new TypeError('Header is too long.');
  const framed = new Uint8Array(2 + head.byteLength + bytes.byteLength);
  new DataView(framed.buffer).setUint16(0, head.byteLength);
  framed.set(head, 2);
  framed.set(bytes, 2 + head.byteLength);
  return framed;
}

export function unframe(plain: Bytes): { header: string; bytes: Uint8Array } {
  if (plain.byteLength < 2) throw new RangeError('Frame is too short.');
  const headLength = new DataView(plain.buffer, plain.byteOffset, plain.byteLength).getUint16(0);
  if (2 + headLength > plain.byteLength) throw new RangeError('Frame is too short.');
  return { header: fromUtf8(plain.subarray(2, 2 + headLength)), bytes: plain.subarray(2 + headLength) };
}

export function requireId(id: unknown, what: string): string {
  if (typeof id !== 'string' || id === '') throw new TypeError(`A ${what} must be a non-empty string.`);
  return id;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// Stored values come back through structured clone, possibly from another realm, so these
// checks use tags rather than instanceof. A damaged record must be reported, not thrown on.
export function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

export function isBytes(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

export type SealedRecord = Record<string, unknown> & { iv: Uint8Array; data: ArrayBuffer | Uint8Array };

export function isSealedRecord(value: unknown): value is SealedRecord {
  return isRecord(value) && isBytes(value.iv) && value.iv.byteLength === IV_BYTES && (isArrayBuffer(value.data) || isBytes(value.data));
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);
}

export function isMetaRecord(value: unknown): value is MetaRecord {
  return (
    isRecord(value) &&
    isBytes(value.salt) &&
    value.salt.byteLength === SALT_BYTES &&
    typeof value.iterations === 'number' &&
    Number.isInteger(value.iterations) &&
    value.iterations >= 1 &&
    value.iterations <= MAX_ITERATIONS &&
    isSealedRecord(value.verifier)
  );
}
