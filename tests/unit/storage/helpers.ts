/** Shared fixtures for the storage tests. */

import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import type { Session } from '../../../src/model/types';
import { SCHEMA_VERSION } from '../../../src/model/types';
import { DB_NAME } from '../../../src/storage/vault';

/** Far below the real 600,000: derivation cost is not what these tests are about. */
export const TEST_ITERATIONS = 1_000;
export const PASSPHRASE = 'purple elephant kite';
export const OPTIONS = { iterations: TEST_ITERATIONS };

/** A brand-new, empty IndexedDB for every test, so no test sees another's data. */
export function resetIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

export function makeSession(overrides: Partial<Session> = {}): Session {
  const id = overrides.id ?? crypto.randomUUID();
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    childName: 'Zephyrine Quillborough',
    workerName: 'Sam Worker',
    present: ['Zephyrine', 'Sam'],
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T11:00:00.000Z',
    language: 'en-GB',
    activityState: {},
    pages: [
      {
        id: 'page-1',
        activity: 'three-houses',
        place: 'house-of-worries',
        items: [
          {
            id: 'words-1',
            kind: 'words',
            text: 'I worry about the marmalade volcano',
            speaker: 'child',
            typedBy: 'worker',
            x: 10,
            y: 20,
            createdAt: '2024-05-01T10:30:00.000Z',
          },
        ],
        promptsShown: [],
        notShared: [],
      },
    ],
    scales: [],
    workerNotes: [],
    workerFlags: [],
    ...overrides,
  };
}

export interface RawRecord {
  store: string;
  key: IDBValidKey;
  value: unknown;
}

/** Every stored value exactly as the browser holds it, bypassing the vault. */
export async function rawRecords(): Promise<RawRecord[]> {
  const db = await openDB(DB_NAME);
  try {
    const out: RawRecord[] = [];
    for (const store of Array.from(db.objectStoreNames)) {
      const keys = await db.getAllKeys(store);
      const values: unknown[] = await db.getAll(store);
      keys.forEach((key, i) => out.push({ store, key, value: values[i] }));
    }
    return out;
  } finally {
    db.close();
  }
}

/** Replaces one stored value directly, as disk corruption or tampering would. */
export async function putRaw(store: string, value: unknown, key?: IDBValidKey): Promise<void> {
  const db = await openDB(DB_NAME);
  try {
    await db.put(store, value, key);
  } finally {
    db.close();
  }
}

export function isBufferLike(value: unknown): value is ArrayBuffer | ArrayBufferView {
  return ArrayBuffer.isView(value) || Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

export function toBytes(value: ArrayBuffer | ArrayBufferView): Uint8Array {
  return ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : new Uint8Array(value);
}

/** Every string and byte array inside a stored value, as bytes. */
export function collectBytes(value: unknown, out: Uint8Array[] = []): Uint8Array[] {
  if (typeof value === 'string') out.push(new TextEncoder().encode(value));
  else if (isBufferLike(value)) out.push(toBytes(value));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      out.push(new TextEncoder().encode(key));
      collectBytes(child, out);
    }
  }
  return out;
}

export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}

/** UTF-8 and UTF-16LE forms, the two ways text could plausibly leak into storage. */
export function encodings(text: string): Uint8Array[] {
  const utf16 = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    utf16[i * 2] = text.charCodeAt(i) & 0xff;
    utf16[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return [new TextEncoder().encode(text), utf16];
}

export async function blobBytes(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}
