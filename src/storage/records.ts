import { decryptBytes, encryptBytes, fromUtf8, utf8 } from './crypto';
import type { Bytes, Encrypted } from './crypto';
import { DecryptionError } from './errors';
import { pad, unpad } from './padding';

/**
 * How a stored record (a session, recording, page picture or the session index) is sealed: padded
 * to a size bucket (storage/padding.ts), then encrypted with AES-GCM bound to the record's
 * context.
 *
 * Records from before padding (storage format 1) were sealed unpadded under the bare context.
 * A padded one is sealed under the context wrapped as ["padded", context], so the two formats can
 * never be mistaken for one another (the format is authenticated with the data) and a record of
 * either format opens. The vault rewrites format-1 records once, at the first unlock after the
 * upgrade (see Vault.unlock and storage/reseal.ts).
 */

export const STORAGE_FORMAT = 2;

const paddedContext = (context: string) => `["padded",${context}]`;

export function sealRecord(key: CryptoKey, plain: Uint8Array, context: string): Promise<Encrypted> {
  return encryptBytes(key, pad(plain), paddedContext(context));
}

export function sealRecordJson(key: CryptoKey, value: unknown, context: string): Promise<Encrypted> {
  return sealRecord(key, utf8(JSON.stringify(value)), context);
}

/** DecryptionError for a wrong key, a wrong context, or any change to the record. */
export async function openRecord(key: CryptoKey, iv: Uint8Array, data: ArrayBuffer | Uint8Array, context: string): Promise<Bytes> {
  let padded: Bytes;
  try {
    padded = await decryptBytes(key, iv, data, paddedContext(context));
  } catch {
    // Not a padded record: a format-1 one opens under the bare context, or this throws.
    return decryptBytes(key, iv, data, context);
  }
  try {
    return unpad(padded);
  } catch (error) {
    throw new DecryptionError({ cause: error });
  }
}

export async function openRecordJson(key: CryptoKey, iv: Uint8Array, data: ArrayBuffer | Uint8Array, context: string): Promise<unknown> {
  const plain = await openRecord(key, iv, data, context);
  try {
    return JSON.parse(fromUtf8(plain)) as unknown;
  } catch (error) {
    throw new DecryptionError({ cause: error });
  }
}
