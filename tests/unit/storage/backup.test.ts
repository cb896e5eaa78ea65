import { BACKUP_FORMAT, MAX_BACKUP_BYTES, readBackup, readBackupWithVault, restoreBackup, writeBackup } from '../../../src/storage/backup';
import {
  BackupDamagedError,
  BackupFormatError,
  BackupOtherPassphraseError,
  BackupTooLargeError,
  BackupVersionError,
  WrongPassphraseError,
} from '../../../src/storage/errors';
import { Vault } from '../../../src/storage/vault';
import { emptyCounts } from '../../../src/storage/restore';
import { OPTIONS, PASSPHRASE, TEST_ITERATIONS, blobBytes, containsBytes, encodings, makeSession, rawRecords, resetIndexedDb } from './helpers';

const audio = crypto.getRandomValues(new Uint8Array(20_000));

let vault: Vault;

beforeEach(async () => {
  resetIndexedDb();
  vault = await Vault.create(PASSPHRASE, OPTIONS);
});

afterEach(() => {
  vault.lock();
});

async function sampleBackup(): Promise<{ file: Blob; sessions: ReturnType<typeof makeSession>[] }> {
  const sessions = [makeSession({ id: 's1' }), makeSession({ id: 's2', childName: 'Bo' })];
  for (const session of sessions) await vault.saveSession(session);
  await vault.saveBlob('r1', 's1', audio, 'audio/webm');
  await vault.saveBlob('r2', 's1', audio.subarray(0, 7), 'audio/mp4');
  await vault.saveBlob('r3', 's2', new Uint8Array(0), 'audio/ogg');
  return { file: await writeBackup(vault), sessions };
}

/** The backup file split into its header object and body bytes. */
async function splitBackup(file: Blob): Promise<{ header: Record<string, unknown>; body: Uint8Array<ArrayBuffer> }> {
  const bytes = await blobBytes(file);
  const newline = bytes.indexOf(0x0a);
  return {
    header: JSON.parse(new TextDecoder().decode(bytes.subarray(0, newline))) as Record<string, unknown>,
    body: bytes.subarray(newline + 1),
  };
}

function joinBackup(header: unknown, body: Uint8Array<ArrayBuffer>): Blob {
  return new Blob([`${JSON.stringify(header)}\n`, body]);
}

/** Reads and restores as the app would; the device must be unchanged when this fails. */
async function importInto(target: Vault, file: Blob, passphrase: string): Promise<unknown> {
  const before = await rawRecords();
  const error: unknown = await readBackup(file, passphrase)
    .then((contents) => restoreBackup(target, contents))
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(await rawRecords()).toEqual(before);
  return error;
}

describe('backup round trip', () => {
  it('writes a plain header and nothing about the child in the clear', async () => {
    const { file } = await sampleBackup();
    const { header } = await splitBackup(file);
    expect(header).toMatchObject({
      format: BACKUP_FORMAT,
      version: 1,
      kdf: 'PBKDF2-SHA-256',
      iterations: TEST_ITERATIONS,
      cipher: 'AES-GCM-256',
    });
    const bytes = await blobBytes(file);
    for (const secret of ['Zephyrine', 'marmalade volcano', 'audio/webm']) {
      for (const needle of encodings(secret)) expect(containsBytes(bytes, needle), secret).toBe(false);
    }
    expect(containsBytes(bytes, audio.subarray(0, 64))).toBe(false);
  });

  it('restores every session and recording into an empty device', async () => {
    const { file, sessions } = await sampleBackup();
    vault.lock();
    resetIndexedDb();
    // A new device, even with a different passphrase: the backup's own passphrase opens it.
    vault = await Vault.create('the new device passphrase', OPTIONS);

    const contents = await readBackup(file, PASSPHRASE);
    expect(await restoreBackup(vault, contents)).toEqual({ ...emptyCounts(), added: 2 });

    const loaded = await vault.loadSessions();
    expect(loaded.unreadable).toEqual([]);
    expect(loaded.sessions).toEqual(sessions);
    expect(await vault.loadBlob('r1')).toEqual({ bytes: audio, mimeType: 'audio/webm' });
    expect(await vault.loadBlob('r2')).toEqual({ bytes: audio.slice(0, 7), mimeType: 'audio/mp4' });
    expect(await vault.loadBlob('r3')).toEqual({ bytes: new Uint8Array(0), mimeType: 'audio/ogg' });
    // Blobs still belong to their sessions, so deleting a session still removes them.
    await vault.deleteSession('s1');
    expect(await vault.loadBlob('r1')).toBeUndefined();
  });

  it('backs up an empty device', async () => {
    const contents = await readBackup(await writeBackup(vault), PASSPHRASE);
    expect(contents).toEqual({ sessions: [], blobs: [] });
  });
});

describe('reading with the unlocked vault', () => {
  it('opens a backup made on this device without the passphrase', async () => {
    const { file, sessions } = await sampleBackup();
    const contents = await readBackupWithVault(file, vault);
    expect(contents.sessions).toEqual(sessions);
    expect(contents.blobs).toHaveLength(3);
  });

  it('asks for the passphrase when the backup came from another device, changing nothing', async () => {
    const { file } = await sampleBackup();
    vault.lock();
    resetIndexedDb();
    vault = await Vault.create(PASSPHRASE, OPTIONS);
    await vault.saveSession(makeSession({ id: 'other' }));
    const before = await rawRecords();
    const error: unknown = await readBackupWithVault(file, vault).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupOtherPassphraseError);
    expect(error).toMatchObject({ code: 'backup-other-passphrase' });
    expect(await rawRecords()).toEqual(before);
    // The fallback path the UI takes next.
    expect(await restoreBackup(vault, await readBackup(file, PASSPHRASE))).toEqual({ ...emptyCounts(), added: 2 });
  });

  it('still reports damage and refuses to work while locked', async () => {
    const { file } = await sampleBackup();
    const { header, body } = await splitBackup(file);
    const damaged = body.slice();
    damaged[0] ^= 1;
    await expect(readBackupWithVault(joinBackup(header, damaged), vault)).rejects.toBeInstanceOf(BackupDamagedError);
    vault.lock();
    await expect(readBackupWithVault(file, vault)).rejects.toMatchObject({ code: 'vault-locked' });
  });
});

describe('bad backup files', () => {
  it('rejects a damaged ciphertext as damaged, not as a wrong passphrase', async () => {
    const { file } = await sampleBackup();
    const { header, body } = await splitBackup(file);
    const damaged = body.slice();
    damaged[damaged.length >> 1] ^= 0x10;
    const error = await importInto(vault, joinBackup(header, damaged), PASSPHRASE);
    expect(error).toBeInstanceOf(BackupDamagedError);
    expect(error).toMatchObject({ code: 'backup-damaged' });
  });

  it('rejects truncated files and files with extra bytes as damaged', async () => {
    const { file } = await sampleBackup();
    const bytes = await blobBytes(file);
    const newline = bytes.indexOf(0x0a);
    for (const cut of [bytes.length - 1, bytes.length - 1000, newline + 1, newline, 40]) {
      const error = await importInto(vault, new Blob([bytes.subarray(0, cut)]), PASSPHRASE);
      expect(error, `cut at ${cut}`).toBeInstanceOf(BackupDamagedError);
    }
    const longer = await importInto(vault, new Blob([bytes, new Uint8Array([0])]), PASSPHRASE);
    expect(longer).toBeInstanceOf(BackupDamagedError);
  });

  it('rejects files that are not Voicemap backups', async () => {
    const notOurs = [
      new Blob([]),
      new Blob(['hello, this is a text file\nwith lines']),
      new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])]),
      new Blob([JSON.stringify({ format: 'something-else', version: 1 }), '\n', 'abc']),
      new Blob(['[1,2,3]\nabc']),
      new Blob([crypto.getRandomValues(new Uint8Array(10_000))]),
    ];
    for (const file of notOurs) {
      const error = await importInto(vault, file, PASSPHRASE);
      expect(error).toBeInstanceOf(BackupFormatError);
      expect(error).toMatchObject({ code: 'backup-format', message: 'This file is not a Voicemap backup.' });
    }
  });

  it('rejects a wrong passphrase with a typed error', async () => {
    const { file } = await sampleBackup();
    for (const wrong of ['purple elephant kitE', '']) {
      const error = await importInto(vault, file, wrong);
      expect(error).toBeInstanceOf(WrongPassphraseError);
    }
  });

  it('rejects a backup from a newer version', async () => {
    const { file } = await sampleBackup();
    const { header, body } = await splitBackup(file);
    const error = await importInto(vault, joinBackup({ ...header, version: 2 }, body), PASSPHRASE);
    expect(error).toBeInstanceOf(BackupVersionError);
    expect(error).toMatchObject({ code: 'backup-version' });
  });

  it('rejects damaged header fields as damaged', async () => {
    const { file } = await sampleBackup();
    const { header, body } = await splitBackup(file);
    const variants = [
      { ...header, version: 'one' },
      { ...header, salt: 'not base64!' },
      { ...header, iv: 'AAAA' },
      { ...header, iterations: 10_000_000_000 },
      { ...header, iterations: -5 },
      { ...header, length: 'many' },
      { ...header, check: null },
    ];
    for (const variant of variants) {
      const error = await importInto(vault, joinBackup(variant, body), PASSPHRASE);
      expect(error, JSON.stringify(variant)).toBeInstanceOf(BackupDamagedError);
    }
  });

  it('refuses a file over 500 MB before reading it', async () => {
    const read = vi.fn();
    const huge = { size: MAX_BACKUP_BYTES + 1, slice: read, arrayBuffer: read } as unknown as Blob;
    const error: unknown = await readBackup(huge, PASSPHRASE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupTooLargeError);
    expect(error).toMatchObject({ code: 'backup-too-large' });
    expect(read).not.toHaveBeenCalled();
  });
});
