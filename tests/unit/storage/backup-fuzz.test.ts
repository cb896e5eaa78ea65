import fc from 'fast-check';
import { readBackup, readBackupWithVault, writeBackup } from '../../../src/storage/backup';
import { BackupDamagedError, BackupFormatError, BackupOtherPassphraseError, BackupVersionError, WrongPassphraseError } from '../../../src/storage/errors';
import { Vault } from '../../../src/storage/vault';
import { OPTIONS, PASSPHRASE, TEST_ITERATIONS, blobBytes, makeSession, resetIndexedDb } from './helpers';

/** Keeps a mutated iteration count from turning one run into seconds of key derivation. */
const READ_OPTIONS = { maxIterations: TEST_ITERATIONS * 20 };
const EXPECTED = [BackupDamagedError, BackupFormatError, BackupVersionError, WrongPassphraseError, BackupOtherPassphraseError];

/** Mirrors the private context in backup.ts, to forge payloads that pass authentication. */
const PAYLOAD_CONTEXT = 'voicemap-backup/1/payload';

let valid: Uint8Array<ArrayBuffer>;
let vault: Vault;

beforeAll(async () => {
  resetIndexedDb();
  vault = await Vault.create(PASSPHRASE, OPTIONS);
  await vault.saveSession(makeSession({ id: 's1' }));
  await vault.saveBlob('r1', 's1', crypto.getRandomValues(new Uint8Array(300)), 'audio/webm');
  valid = await blobBytes(await writeBackup(vault));
});

afterAll(() => {
  vault.lock();
});

/** A correctly encrypted backup around any payload, to reach the code behind the integrity check. */
async function sealedBackup(payload: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const header = JSON.parse(new TextDecoder().decode(valid.subarray(0, headerEnd()))) as Record<string, unknown>;
  const sealed = await vault.seal(payload, PAYLOAD_CONTEXT);
  const iv = btoa(String.fromCharCode(...sealed.iv));
  const line = new TextEncoder().encode(`${JSON.stringify({ ...header, iv, length: sealed.data.byteLength })}\n`);
  return new Uint8Array([...line, ...new Uint8Array(sealed.data)]);
}

function payloadOf(manifest: unknown, data: Uint8Array = new Uint8Array(0)): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(JSON.stringify(manifest));
  const out = new Uint8Array(4 + json.length + data.length);
  new DataView(out.buffer).setUint32(0, json.length);
  out.set(json, 4);
  out.set(data, 4 + json.length);
  return out;
}

/** Passes if reading either succeeds or fails with one of the typed backup errors. */
async function readsSafely(bytes: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const file = new Blob([bytes]);
  for (const read of [() => readBackup(file, PASSPHRASE, READ_OPTIONS), () => readBackupWithVault(file, vault, READ_OPTIONS)]) {
    try {
      await read();
    } catch (error) {
      if (!EXPECTED.some((type) => error instanceof type)) throw error;
    }
  }
  return true;
}

const headerEnd = () => valid.indexOf(0x0a);

describe('readBackup fuzzing', () => {
  it('reads the untouched file', async () => {
    const contents = await readBackup(new Blob([valid]), PASSPHRASE, READ_OPTIONS);
    expect(contents.sessions).toHaveLength(1);
  });

  it('survives random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), readsSafely), { numRuns: 150 });
  });

  it('survives byte mutations of a valid backup, anywhere and in the header', async () => {
    const mutation = fc.record({
      at: fc.oneof(fc.nat({ max: valid.length - 1 }), fc.nat({ max: headerEnd() })),
      byte: fc.integer({ min: 0, max: 255 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const bytes = valid.slice();
        for (const { at, byte } of mutations) bytes[at] = byte;
        return readsSafely(bytes);
      }),
      { numRuns: 250 },
    );
  });

  it('survives truncation, extension and splicing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: valid.length }), fc.uint8Array({ maxLength: 64 }), fc.nat({ max: valid.length }), async (cut, extra, resume) =>
        readsSafely(new Uint8Array([...valid.subarray(0, cut), ...extra, ...valid.subarray(resume)])),
      ),
      { numRuns: 150 },
    );
  });

  it('survives arbitrary headers claiming to be Voicemap backups', async () => {
    const original = JSON.parse(new TextDecoder().decode(valid.subarray(0, headerEnd()))) as Record<string, unknown>;
    const field = fc.oneof(fc.anything(), fc.base64String(), fc.integer(), fc.constant(undefined));
    // Mostly-valid headers, so runs get past the first check and exercise the later ones.
    const mostly = (value: unknown) => fc.oneof({ arbitrary: fc.constant(value), weight: 4 }, field);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          version: mostly(1),
          kdf: mostly(original.kdf),
          iterations: fc.oneof(mostly(original.iterations), fc.integer({ min: 1, max: 5_000 })),
          salt: mostly(original.salt),
          cipher: mostly(original.cipher),
          iv: mostly(original.iv),
          check: mostly(original.check),
          length: mostly(original.length),
        }),
        async (fields) => {
          const header = new TextEncoder().encode(`${JSON.stringify({ format: 'voicemap-backup', ...fields })}\n`);
          return readsSafely(new Uint8Array([...header, ...valid.subarray(headerEnd() + 1)]));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('survives authentic payloads with any content', async () => {
    const blobEntry = fc.record({
      id: fc.oneof(fc.string(), fc.constant('r1')),
      sessionId: fc.string(),
      mimeType: fc.oneof(fc.string(), fc.integer()),
      offset: fc.oneof(fc.nat(), fc.integer(), fc.double()),
      length: fc.oneof(fc.nat({ max: 50 }), fc.integer()),
    });
    const manifest = fc.oneof(
      fc.anything(),
      fc.record({
        sessions: fc.oneof(fc.array(fc.oneof(fc.anything(), fc.record({ id: fc.string() }))), fc.anything()),
        blobs: fc.oneof(fc.array(blobEntry, { maxLength: 3 }), fc.anything()),
      }),
    );
    const payload = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.tuple(manifest, fc.uint8Array({ maxLength: 100 })).map(([m, data]) => payloadOf(m, data)),
    );
    await fc.assert(
      fc.asyncProperty(payload, async (bytes) => readsSafely(await sealedBackup(bytes))),
      { numRuns: 200 },
    );
  });

  it('reports malformed authentic payloads as damaged', async () => {
    const session = { id: 's1' };
    const blob = { id: 'r1', sessionId: 's1', mimeType: 'audio/webm', offset: 0, length: 4 };
    const bad = [
      new Uint8Array([0, 0]),
      new Uint8Array([0, 0, 1, 0, 1, 2]),
      payloadOf('not a manifest'),
      payloadOf({ sessions: [{ noId: true }], blobs: [] }),
      payloadOf({ sessions: [session, session], blobs: [] }),
      payloadOf({ sessions: [session], blobs: [blob] }, new Uint8Array(3)),
      payloadOf({ sessions: [session], blobs: [blob, blob] }, new Uint8Array(8)),
    ];
    for (const payload of bad) {
      await expect(readBackup(new Blob([await sealedBackup(payload)]), PASSPHRASE)).rejects.toBeInstanceOf(BackupDamagedError);
    }
    const good = await readBackup(new Blob([await sealedBackup(payloadOf({ sessions: [session], blobs: [blob] }, new Uint8Array([1, 2, 3, 4])))]), PASSPHRASE);
    expect(good).toEqual({
      sessions: [session],
      blobs: [{ id: 'r1', sessionId: 's1', mimeType: 'audio/webm', bytes: new Uint8Array([1, 2, 3, 4]) }],
    });
  });
});
