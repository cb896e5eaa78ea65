/**
 * One-file encrypted backups of every session and its recordings.
 *
 * File layout:
 *   line 1: plain JSON header (format, version, key-derivation settings, IVs, payload length)
 *   then:   AES-GCM ciphertext of the payload
 * The header holds nothing about any child, so it can stay readable; it is what lets another
 * device re-derive the key from the passphrase alone.
 *
 * Payload layout (after decryption):
 *   uint32 big-endian manifest length, manifest JSON, then every blob's bytes back to back.
 * Binary blobs avoid base64, which would make audio a third bigger and slow to encode.
 */

import { z } from 'zod';
import { IV_BYTES, SALT_BYTES, decryptBytes, deriveKey, fromUtf8, utf8 } from './crypto';
import type { Bytes } from './crypto';
import {
  BackupDamagedError,
  BackupFormatError,
  BackupTooLargeError,
  BackupOtherPassphraseError,
  BackupVersionError,
  DecryptionError,
  WrongPassphraseError,
} from './errors';
import { MAX_ITERATIONS } from './vault';
import type { LoadedBlob, Vault } from './vault';

export const BACKUP_FORMAT = 'voicemap-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;
export const BACKUP_MIME_TYPE = 'application/octet-stream';

/** Generous for a header of a few hundred bytes, small enough to read before trusting the file. */
const MAX_HEADER_BYTES = 4096;
/** The writer always puts `format` first, so a file starting like this is ours even if damaged. */
const MAGIC_PREFIX = utf8(`{"format":"${BACKUP_FORMAT}"`);
const GCM_TAG_BYTES = 16;
// Contexts bind each ciphertext to its role and format version; they are never JSON arrays,
// which the vault reserves for its own records.
const CHECK_CONTEXT = 'voicemap-backup/1/check';
const PAYLOAD_CONTEXT = 'voicemap-backup/1/payload';
const CHECK_TEXT = 'voicemap-backup-check';

export interface BackupBlob {
  id: string;
  sessionId: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface BackupContents {
  /** Raw session objects, unvalidated beyond having an id: the model layer parses them. */
  sessions: unknown[];
  blobs: BackupBlob[];
}

export { restoreBackup, RestoreIncompleteError } from './restore';
export type { RestoreCounts } from './restore';

export interface ReadBackupOptions {
  /** Only for tests: caps the iteration count a file may ask for, to keep fuzzing fast. */
  maxIterations?: number;
}

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;
const base64 = z.string().regex(base64Pattern);

const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(1),
  salt: base64,
  cipher: z.literal('AES-GCM-256'),
  iv: base64,
  check: z.object({ iv: base64, data: base64 }),
  length: z.number().int().min(GCM_TAG_BYTES).max(MAX_BACKUP_BYTES),
});

type Header = z.infer<typeof headerSchema>;

const manifestSchema = z.object({
  sessions: z.array(z.unknown()),
  blobs: z.array(
    z.object({
      id: z.string().min(1),
      sessionId: z.string().min(1),
      mimeType: z.string(),
      offset: z.number().int().min(0),
      length: z.number().int().min(0),
    }),
  ),
});

/**
 * Every readable session and its readable blobs, sealed under the vault's key. Records that
 * cannot be decrypted are left out (loadSessions reports them); there is nothing to copy.
 */
export async function writeBackup(vault: Vault): Promise<Blob> {
  const { sessions } = await vault.loadSessions();
  const kept = sessions.filter(hasId);
  const blobs: LoadedBlob[] = [];
  for (const session of kept) {
    blobs.push(...(await vault.loadSessionBlobs(session.id)).blobs);
  }
  const payload = encodePayload(kept, blobs);

  const { salt, iterations } = vault.kdf;
  const check = await vault.seal(utf8(CHECK_TEXT), CHECK_CONTEXT);
  const sealed = await vault.seal(payload, PAYLOAD_CONTEXT);
  const header: Header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    cipher: 'AES-GCM-256',
    iv: toBase64(sealed.iv),
    check: { iv: toBase64(check.iv), data: toBase64(new Uint8Array(check.data)) },
    length: sealed.data.byteLength,
  };
  const headerLine = utf8(`${JSON.stringify(header)}\n`);
  // A backup this app could not read back is worse than a clear error now.
  if (headerLine.byteLength + sealed.data.byteLength > MAX_BACKUP_BYTES) {
    throw new BackupTooLargeError(MAX_BACKUP_BYTES);
  }
  return new Blob([headerLine, new Uint8Array(sealed.data)], { type: BACKUP_MIME_TYPE });
}

/**
 * Reads and decrypts a backup without touching the device. Fails only with the typed errors
 * BackupTooLargeError, BackupFormatError, BackupVersionError, BackupDamagedError and
 * WrongPassphraseError.
 */
export async function readBackup(file: Blob, passphrase: string, options: ReadBackupOptions = {}): Promise<BackupContents> {
  return readWith(
    file,
    options,
    () => new WrongPassphraseError(),
    async (header) => {
      let key: CryptoKey;
      try {
        key = await deriveKey(passphrase, fromBase64(header.salt, SALT_BYTES), header.iterations);
      } catch {
        throw new WrongPassphraseError();
      }
      return (iv, data, context) => decryptBytes(key, iv, data, context);
    },
  );
}

/**
 * Reads a backup made on this device with the already-unlocked key, so the worker is not asked
 * for the passphrase again. A backup made under another passphrase or on another device fails
 * with BackupOtherPassphraseError; then ask for its passphrase and use readBackup.
 */
export async function readBackupWithVault(file: Blob, vault: Vault, options: ReadBackupOptions = {}): Promise<BackupContents> {
  return readWith(
    file,
    options,
    () => new BackupOtherPassphraseError(),
    async (header) => {
      const { salt, iterations } = vault.kdf;
      const sameKey = header.iterations === iterations && toBase64(salt) === header.salt;
      if (!sameKey) throw new BackupOtherPassphraseError();
      return (iv, data, context) => vault.unseal(iv, data, context);
    },
  );
}

/** Decrypts with whichever key a reader found; throws DecryptionError if it is the wrong one. */
type Unsealer = (iv: Uint8Array, data: Uint8Array, context: string) => Promise<Bytes>;

/**
 * The small check value tells a wrong key apart from a damaged payload, which AES-GCM alone
 * cannot: both just fail authentication. False when it does not open with this key.
 */
async function checkOpens(header: Header, open: Unsealer): Promise<boolean> {
  try {
    const check = await open(fromBase64(header.check.iv, IV_BYTES), fromBase64(header.check.data), CHECK_CONTEXT);
    return fromUtf8(check) === CHECK_TEXT;
  } catch (error) {
    if (error instanceof BackupDamagedError) throw error;
    return false;
  }
}

async function readWith(file: Blob, options: ReadBackupOptions, wrongKey: () => Error, unlock: (header: Header) => Promise<Unsealer>): Promise<BackupContents> {
  // Checked before reading anything, so a huge wrong file cannot exhaust memory.
  if (file.size > MAX_BACKUP_BYTES) throw new BackupTooLargeError(MAX_BACKUP_BYTES);

  const head = await readBytes(file.slice(0, MAX_HEADER_BYTES));
  const header = parseHeader(head, options.maxIterations ?? MAX_ITERATIONS);
  const bodyStart = head.indexOf(0x0a) + 1;
  const bodyLength = file.size - bodyStart;
  if (bodyLength < header.length) throw new BackupDamagedError('the file is incomplete');
  if (bodyLength > header.length) throw new BackupDamagedError('there is unexpected data at the end');
  // Decoded before any key work so a malformed field reads as damage, not a wrong passphrase.
  fromBase64(header.salt, SALT_BYTES);
  fromBase64(header.check.iv, IV_BYTES);
  fromBase64(header.check.data);
  const iv = fromBase64(header.iv, IV_BYTES);

  const open = await unlock(header);
  const checkOk = await checkOpens(header, open);
  const body = await readBytes(file.slice(bodyStart));
  let plain: Bytes;
  try {
    plain = await open(iv, body, PAYLOAD_CONTEXT);
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
    // Only when the check value opens is this key known to be right, so the payload is damaged.
    if (!checkOk) throw wrongKey();
    throw new BackupDamagedError('its contents do not pass the integrity check', { cause: error });
  }
  // The contents open with this key, so the key is right even if the check value was changed:
  // the payload is what carries the child's work, and it passed authentication.
  return decodePayload(plain);
}

function parseHeader(head: Uint8Array, maxIterations: number): Header {
  const ours = startsWith(head, MAGIC_PREFIX);
  const newline = head.indexOf(0x0a);
  if (newline < 0) {
    if (ours) throw new BackupDamagedError('the header is incomplete');
    throw new BackupFormatError();
  }
  let raw: unknown;
  try {
    raw = JSON.parse(fromUtf8(head.subarray(0, newline)));
  } catch {
    if (ours) throw new BackupDamagedError('the header cannot be read');
    throw new BackupFormatError();
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) throw new BackupFormatError();
  if (raw.version !== BACKUP_VERSION) {
    if (typeof raw.version === 'number' && raw.version > BACKUP_VERSION) throw new BackupVersionError(raw.version);
    throw new BackupDamagedError('the version number is invalid');
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw new BackupDamagedError('the header is invalid');
  // A damaged count could otherwise stall the app in key derivation for minutes.
  if (parsed.data.iterations > maxIterations) throw new BackupDamagedError('the header is invalid');
  return parsed.data;
}

function encodePayload(sessions: readonly unknown[], blobs: readonly LoadedBlob[]): Bytes {
  let dataLength = 0;
  const entries = blobs.map((blob) => {
    const entry = {
      id: blob.id,
      sessionId: blob.sessionId,
      mimeType: blob.mimeType,
      offset: dataLength,
      length: blob.bytes.byteLength,
    };
    dataLength += blob.bytes.byteLength;
    return entry;
  });
  const manifest = utf8(JSON.stringify({ sessions, blobs: entries }));
  const dataStart = 4 + manifest.byteLength;
  const payload = new Uint8Array(dataStart + dataLength);
  new DataView(payload.buffer).setUint32(0, manifest.byteLength);
  payload.set(manifest, 4);
  blobs.forEach((blob, i) => payload.set(blob.bytes, dataStart + entries[i].offset));
  return payload;
}

/** The payload passed authentication, so any inconsistency here is a writer bug or tampering. */
function decodePayload(plain: Bytes): BackupContents {
  if (plain.byteLength < 4) throw new BackupDamagedError('the contents are too short');
  const manifestLength = new DataView(plain.buffer, plain.byteOffset, plain.byteLength).getUint32(0);
  const dataStart = 4 + manifestLength;
  if (dataStart > plain.byteLength) throw new BackupDamagedError('the contents are too short');
  let manifest: z.infer<typeof manifestSchema>;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(fromUtf8(plain.subarray(4, dataStart))));
    if (!parsed.success) throw parsed.error;
    manifest = parsed.data;
  } catch (error) {
    throw new BackupDamagedError('the list of contents cannot be read', { cause: error });
  }
  if (!manifest.sessions.every(hasId)) throw new BackupDamagedError('a session has no id');
  assertUnique(
    manifest.sessions.map((session) => session.id),
    'session',
  );
  assertUnique(
    manifest.blobs.map((blob) => blob.id),
    'recording',
  );
  const dataLength = plain.byteLength - dataStart;
  const blobs = manifest.blobs.map((entry): BackupBlob => {
    if (entry.offset + entry.length > dataLength) throw new BackupDamagedError('a recording is missing');
    const start = dataStart + entry.offset;
    return {
      id: entry.id,
      sessionId: entry.sessionId,
      mimeType: entry.mimeType,
      // A copy, so the large decrypted payload can be freed once read.
      bytes: plain.slice(start, start + entry.length),
    };
  });
  return { sessions: manifest.sessions, blobs };
}

async function readBytes(blob: Blob): Promise<Bytes> {
  try {
    return new Uint8Array(await blob.arrayBuffer());
  } catch (error) {
    // e.g. the file was changed or removed while being read.
    throw new BackupDamagedError('the file could not be read', { cause: error });
  }
}

function hasId(value: unknown): value is { id: string } & Record<string, unknown> {
  return isObject(value) && typeof value.id === 'string' && value.id !== '';
}

function assertUnique(ids: readonly string[], what: string): void {
  if (new Set(ids).size !== ids.length) throw new BackupDamagedError(`a ${what} appears twice`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.byteLength >= prefix.byteLength && prefix.every((byte, i) => bytes[i] === byte);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: spreading a large array into fromCharCode overflows the call stack.
  for (let i = 0; i < bytes.byteLength; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string, expectedLength?: number): Bytes {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new BackupDamagedError('the header is invalid');
  }
  if (expectedLength !== undefined && binary.length !== expectedLength) {
    throw new BackupDamagedError('the header is invalid');
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
