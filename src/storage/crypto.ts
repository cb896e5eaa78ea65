/**
 * WebCrypto helpers: PBKDF2-SHA-256 key derivation and AES-GCM-256 encryption.
 * Only crypto.subtle is used so the same code runs in browsers and in Node.
 */

import { DecryptionError } from './errors';

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
/** 96-bit IVs are the size AES-GCM is designed for; a fresh random one per encryption. */
export const IV_BYTES = 12;

/** Bytes backed by a plain ArrayBuffer, which is what WebCrypto and IndexedDB accept. */
export type Bytes = Uint8Array<ArrayBuffer>;

export interface Encrypted {
  iv: Bytes;
  data: ArrayBuffer;
}

const encoder = new TextEncoder();
// fatal: a damaged plaintext must fail loudly rather than decode to replacement characters.
const decoder = new TextDecoder('utf-8', { fatal: true });

export function randomBytes(length: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function utf8(text: string): Bytes {
  return encoder.encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * Typed arrays may come from another realm or sit on a SharedArrayBuffer, which WebCrypto
 * rejects; copy only in that case so large audio is not duplicated needlessly.
 */
export function asBytes(view: Uint8Array): Bytes {
  return Object.prototype.toString.call(view.buffer) === '[object ArrayBuffer]' ? (view as Bytes) : new Uint8Array(view);
}

/**
 * Derives the AES key from the passphrase. The key is non-extractable so it can never be
 * read back out of memory or persisted by mistake.
 */
export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  // The same passphrase typed on another device or keyboard may use a different Unicode
  // composition; normalising keeps backups readable everywhere.
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: asBytes(salt), iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/**
 * `context` is authenticated but not encrypted: binding a ciphertext to where it belongs
 * (e.g. its record id) stops records being swapped around undetected.
 */
export async function encryptBytes(key: CryptoKey, plain: Uint8Array, context?: string): Promise<Encrypted> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt(gcmParams(iv, context), key, asBytes(plain));
  return { iv, data };
}

/** Throws DecryptionError for a wrong key, wrong context, or any change to iv or data. */
export async function decryptBytes(key: CryptoKey, iv: Uint8Array, data: ArrayBuffer | Uint8Array, context?: string): Promise<Bytes> {
  try {
    const source = ArrayBuffer.isView(data) ? asBytes(data) : new Uint8Array(data);
    const plain = await crypto.subtle.decrypt(gcmParams(asBytes(iv), context), key, source);
    return new Uint8Array(plain);
  } catch (error) {
    throw new DecryptionError({ cause: error });
  }
}

export async function encryptJson(key: CryptoKey, value: unknown, context?: string): Promise<Encrypted> {
  return encryptBytes(key, utf8(JSON.stringify(value)), context);
}

/** The result is untrusted shape-wise: the model layer validates it. */
export async function decryptJson(key: CryptoKey, iv: Uint8Array, data: ArrayBuffer | Uint8Array, context?: string): Promise<unknown> {
  const plain = await decryptBytes(key, iv, data, context);
  try {
    return JSON.parse(fromUtf8(plain)) as unknown;
  } catch (error) {
    throw new DecryptionError({ cause: error });
  }
}

function gcmParams(iv: Bytes, context: string | undefined): AesGcmParams {
  return context === undefined ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData: utf8(context) };
}
