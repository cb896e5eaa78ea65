/**
 * Padding before encryption, so a stored record's size says little about what is in it: how many
 * words a child gave, how long a recording is. AES-GCM ciphertext is exactly as long as its
 * plaintext, so without this the size of every record at rest is the size of the child's work.
 *
 * Sizes are rounded up with Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted
 * Files and Communication with PURBs", 2019): a length of L bytes is rounded to one of fewer
 * than 2 x log2(L) sizes per doubling, at most about 12% larger, so a record's size reveals
 * O(log log L) bits instead of log L (5 bits for a recording of one to two megabytes). Nothing is smaller than MIN_BUCKET, so short sessions,
 * an index of few sessions and a short sentence all look alike.
 *
 * Layout: a 4-byte big-endian length, the plaintext, then zeros up to the bucket.
 */

import type { Bytes } from './crypto';

export const MIN_BUCKET = 512;
const LENGTH_BYTES = 4;

/** The size a plaintext of `length` bytes (length prefix included) is padded to. */
export function bucketSize(length: number): number {
  if (length <= MIN_BUCKET) return MIN_BUCKET;
  const exponent = Math.floor(Math.log2(length));
  const bitsOfExponent = Math.floor(Math.log2(exponent)) + 1;
  const step = 2 ** (exponent - bitsOfExponent);
  return Math.ceil(length / step) * step;
}

export function pad(plain: Uint8Array): Bytes {
  if (plain.byteLength > 0xffffffff - LENGTH_BYTES) throw new RangeError('Too large to store.');
  const padded = new Uint8Array(bucketSize(plain.byteLength + LENGTH_BYTES));
  new DataView(padded.buffer).setUint32(0, plain.byteLength);
  padded.set(plain, LENGTH_BYTES);
  return padded;
}

/** RangeError when the length prefix does not fit: then this was not made by `pad`. */
export function unpad(padded: Bytes): Bytes {
  if (padded.byteLength < LENGTH_BYTES) throw new RangeError('Padded record is too short.');
  const length = new DataView(padded.buffer, padded.byteOffset, padded.byteLength).getUint32(0);
  if (LENGTH_BYTES + length > padded.byteLength) throw new RangeError('Padded record is too short.');
  return padded.subarray(LENGTH_BYTES, LENGTH_BYTES + length);
}
