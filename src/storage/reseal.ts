/**
 * Rewrites every sealed record of the vault at once, all or nothing: under a new key when the
 * passphrase changes, or padded and without plain times when an older storage format is brought
 * up to date (storage/records.ts).
 *
 * Why everything is read first and written in one transaction: an IndexedDB transaction is
 * atomic (all its writes commit or none do), but it commits by itself as soon as it has no
 * pending request when control returns to the event loop, so awaiting WebCrypto inside it would
 * let it close half-way. So every record is read in one read-only snapshot, opened and sealed
 * again in memory, and only then written in ONE read-write transaction over every store, with
 * nothing awaited in it but its own requests. Closed or failed before that transaction commits,
 * nothing has changed: the old passphrase (or the old format) still opens everything. Once it
 * commits, only the new one does.
 *
 * The cost: the whole vault is held in memory twice for a moment (open and sealed again), so a
 * vault of N MB of recordings needs about 2N MB free. That is why this runs only on a change of
 * passphrase or format, never on an ordinary unlock.
 */

import type { IDBPDatabase } from 'idb';
import { IV_BYTES } from './crypto';
import { INDEX_CONTEXT, INDEX_KEY, META_KEY, blobContext, pictureContext, sessionContext } from './contexts';
import { DecryptionError, VaultDamagedError, VaultMissingError } from './errors';
import { openRecord, sealRecord } from './records';

type Rec = Record<string, unknown>;

export interface ResealPlan {
  /** The key the records are sealed under now. */
  from: CryptoKey;
  /** The key they are sealed under afterwards (the same key to bring the format up to date). */
  to: CryptoKey;
  /** The meta record to write in the same transaction, from the stored one. */
  meta: (stored: Rec) => Promise<Rec>;
  /** Only for tests: called before each write request, to break the transaction half-way. */
  beforeWrite?: (count: number) => void;
}

/** The context of a sealed record; a store or key the app does not know makes the whole change refuse. */
function contextOf(store: string, key: IDBValidKey, value: Rec): string {
  const id = String(key);
  if (store === 'sessions') return sessionContext(id);
  if (store === 'blobs') return blobContext(id, String(value.sessionId));
  if (store === 'pictures') return pictureContext(id, String(value.sessionId));
  if (store === 'meta' && key === INDEX_KEY) return INDEX_CONTEXT;
  throw new VaultDamagedError();
}

function isBytes(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

function isSealed(value: unknown): value is Rec & { iv: Uint8Array; data: ArrayBuffer | Uint8Array } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Rec;
  return isBytes(v.iv) && v.iv.byteLength === IV_BYTES && (isBytes(v.data) || Object.prototype.toString.call(v.data) === '[object ArrayBuffer]');
}

interface Write {
  store: string;
  /** Out-of-line key (the meta store), or undefined for stores with a key path. */
  key: IDBValidKey | undefined;
  value: unknown;
}

// The database is typed loosely here: this walks every store, whatever the schema's version.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function resealAll(db: IDBPDatabase<any>, plan: ResealPlan): Promise<void> {
  const stores = Array.from(db.objectStoreNames);
  // One read-only snapshot of every store, so nothing is missed or half-read.
  const read = db.transaction(stores, 'readonly');
  const contents = await Promise.all(
    stores.map(async (store) => {
      const s = read.objectStore(store);
      const [keys, values] = await Promise.all([s.getAllKeys(), s.getAll()]);
      return { store, outOfLine: s.keyPath === null, keys, values: values as unknown[] };
    }),
  );
  await read.done;

  const writes: Write[] = [];
  let sawMeta = false;
  for (const { store, outOfLine, keys, values } of contents) {
    for (let i = 0; i < values.length; i++) {
      const key = keys[i];
      const value = values[i];
      const outKey = outOfLine ? key : undefined;
      if (store === 'meta' && key === META_KEY) {
        sawMeta = true;
        writes.push({ store, key: outKey, value: await plan.meta(value as Rec) });
        continue;
      }
      // Anything else unsealed (a restore marker: only a time) holds nothing and stays as it is.
      if (!isSealed(value)) continue;
      const context = contextOf(store, key, value);
      let plain: Uint8Array;
      try {
        plain = await openRecord(plan.from, value.iv, value.data, context);
      } catch (error) {
        // A record the key cannot open is already lost to the worker; it is left exactly as it
        // is (never deleted), so this does not destroy the evidence of damage.
        if (error instanceof DecryptionError) continue;
        throw error;
      }
      const sealed = await sealRecord(plan.to, plain, context);
      // Format 1 kept each record's write time in the clear; it goes (storage/records.ts).
      const rest: Rec = { ...value };
      delete rest.savedAt;
      writes.push({ store, key: outKey, value: { ...rest, iv: sealed.iv, data: sealed.data } });
    }
  }
  if (!sawMeta) throw new VaultMissingError();

  // The one write: nothing awaited between opening the transaction and its completion.
  const tx = db.transaction(stores, 'readwrite');
  try {
    writes.forEach((w, count) => {
      plan.beforeWrite?.(count);
      const s = tx.objectStore(w.store);
      void (w.key === undefined ? s.put(w.value) : s.put(w.value, w.key)).catch(() => undefined);
    });
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
}
