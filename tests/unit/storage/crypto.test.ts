import {
  IV_BYTES,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  decryptBytes,
  decryptJson,
  deriveKey,
  encryptBytes,
  encryptJson,
  randomBytes,
} from '../../../src/storage/crypto';
import { DecryptionError } from '../../../src/storage/errors';
import { TEST_ITERATIONS } from './helpers';

const salt = randomBytes(SALT_BYTES);
const key = () => deriveKey('a good passphrase', salt, TEST_ITERATIONS);

describe('storage crypto', () => {
  it('keeps the real iteration count as the default', () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
  });

  it('round-trips JSON and bytes', async () => {
    const k = await key();
    const value = { name: 'Ada', words: ['I like', 'trains'], n: 3, nested: { ok: true } };
    const sealed = await encryptJson(k, value);
    expect(await decryptJson(k, sealed.iv, sealed.data)).toEqual(value);

    const bytes = randomBytes(1000);
    const sealedBytes = await encryptBytes(k, bytes);
    expect(await decryptBytes(k, sealedBytes.iv, sealedBytes.data)).toEqual(bytes);
  });

  it('uses a fresh 12-byte IV every time, so equal plaintexts never look equal', async () => {
    const k = await key();
    const a = await encryptJson(k, 'same');
    const b = await encryptJson(k, 'same');
    expect(a.iv.byteLength).toBe(IV_BYTES);
    expect(a.iv).not.toEqual(b.iv);
    expect(new Uint8Array(a.data)).not.toEqual(new Uint8Array(b.data));
  });

  it('derives the same key from the same passphrase and salt', async () => {
    const sealed = await encryptJson(await key(), 'hello');
    expect(await decryptJson(await key(), sealed.iv, sealed.data)).toBe('hello');
  });

  it('treats composed and decomposed accents as the same passphrase', async () => {
    const composed = await deriveKey('caf\u00e9 au lait', salt, TEST_ITERATIONS);
    const decomposed = await deriveKey('cafe\u0301 au lait', salt, TEST_ITERATIONS);
    const sealed = await encryptJson(composed, 'x');
    expect(await decryptJson(decomposed, sealed.iv, sealed.data)).toBe('x');
  });

  it('makes a non-extractable AES-GCM-256 key', async () => {
    const k = await key();
    expect(k.extractable).toBe(false);
    expect(k.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', k)).rejects.toThrow();
  });

  it('fails with DecryptionError for a wrong passphrase, salt or context', async () => {
    const sealed = await encryptJson(await key(), 'secret', 'ctx');
    const wrongPassphrase = await deriveKey('another passphrase', salt, TEST_ITERATIONS);
    const wrongSalt = await deriveKey('a good passphrase', randomBytes(SALT_BYTES), TEST_ITERATIONS);
    await expect(decryptJson(wrongPassphrase, sealed.iv, sealed.data, 'ctx')).rejects.toBeInstanceOf(DecryptionError);
    await expect(decryptJson(wrongSalt, sealed.iv, sealed.data, 'ctx')).rejects.toBeInstanceOf(DecryptionError);
    await expect(decryptJson(await key(), sealed.iv, sealed.data, 'other')).rejects.toBeInstanceOf(DecryptionError);
    await expect(decryptJson(await key(), sealed.iv, sealed.data)).rejects.toMatchObject({ code: 'decrypt-failed' });
  });

  it('detects any change to the ciphertext or IV', async () => {
    const k = await key();
    const sealed = await encryptJson(k, { a: 1 });
    const data = new Uint8Array(sealed.data.slice(0));
    data[3] ^= 1;
    await expect(decryptJson(k, sealed.iv, data)).rejects.toBeInstanceOf(DecryptionError);
    const iv = sealed.iv.slice();
    iv[0] ^= 1;
    await expect(decryptJson(k, iv, sealed.data)).rejects.toBeInstanceOf(DecryptionError);
    await expect(decryptJson(k, sealed.iv, sealed.data.slice(0, 10))).rejects.toBeInstanceOf(DecryptionError);
  });
});
