import { PBKDF2_ITERATIONS } from '../../../src/storage/crypto';
import {
  DecryptionError,
  PassphraseTooShortError,
  StorageFullError,
  VaultExistsError,
  VaultLockedError,
  VaultMissingError,
  WrongPassphraseError,
} from '../../../src/storage/errors';
import { openDB } from 'idb';
import { DB_NAME, Vault } from '../../../src/storage/vault';
import { OPTIONS, PASSPHRASE, collectBytes, containsBytes, encodings, makeSession, putRaw, rawRecords, resetIndexedDb, toBytes } from './helpers';

beforeEach(() => {
  resetIndexedDb();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Vault setup and unlock', () => {
  it('reports new until a passphrase is set, then locked', async () => {
    expect(await Vault.status()).toBe('new');
    const vault = await Vault.create(PASSPHRASE, OPTIONS);
    expect(vault.isLocked).toBe(false);
    expect(await Vault.status()).toBe('locked');
    vault.lock();
  });

  it('refuses passphrases shorter than 12 characters (unless four words) or common ones, counting emoji as one', async () => {
    await expect(Vault.create('12345678', OPTIONS)).rejects.toBeInstanceOf(PassphraseTooShortError);
    await expect(Vault.create('😀'.repeat(11), OPTIONS)).rejects.toMatchObject({ code: 'passphrase-too-short' });
    await expect(Vault.create('123456789012', OPTIONS)).rejects.toMatchObject({ code: 'passphrase-too-common' });
    await expect(Vault.create('Password 123', OPTIONS)).rejects.toMatchObject({ code: 'passphrase-too-common' });
    expect(await Vault.status()).toBe('new');
    (await Vault.create('😀🐢🌈🎈🚲🍎🌙⭐🎵🧩🦊🌻', OPTIONS)).lock();
  });

  it('uses 600,000 iterations unless told otherwise', async () => {
    (await Vault.create(PASSPHRASE)).lock();
    const meta = (await rawRecords()).find((r) => r.store === 'meta');
    expect(meta?.value).toMatchObject({ iterations: PBKDF2_ITERATIONS });
  });

  it('never replaces an existing vault', async () => {
    const first = await Vault.create(PASSPHRASE, OPTIONS);
    await first.saveSession(makeSession({ id: 's1' }));
    first.lock();
    await expect(Vault.create('a different passphrase', OPTIONS)).rejects.toBeInstanceOf(VaultExistsError);
    const again = await Vault.unlock(PASSPHRASE);
    expect((await again.loadSessions()).sessions).toHaveLength(1);
    again.lock();
  });

  it('cannot unlock before a passphrase is set', async () => {
    await expect(Vault.unlock(PASSPHRASE)).rejects.toBeInstanceOf(VaultMissingError);
  });

  it('rejects a wrong passphrase with a typed error, changes nothing, and still opens with the right one', async () => {
    const vault = await Vault.create(PASSPHRASE, OPTIONS);
    const session = makeSession();
    await vault.saveSession(session);
    await vault.saveBlob('b1', session.id, new Uint8Array([1, 2, 3]), 'audio/webm');
    vault.lock();
    const before = await rawRecords();

    for (const wrong of ['purple elephant kitE', '', 'x']) {
      const error: unknown = await Vault.unlock(wrong).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongPassphraseError);
      expect(error).toMatchObject({ code: 'wrong-passphrase' });
    }
    expect(await rawRecords()).toEqual(before);

    const reopened = await Vault.unlock(PASSPHRASE);
    expect(await reopened.loadSession(session.id)).toEqual(session);
    expect(await reopened.loadBlob('b1')).toEqual({ bytes: new Uint8Array([1, 2, 3]), mimeType: 'audio/webm' });
    reopened.lock();
  });

  it('forgets the key on lock', async () => {
    const vault = await Vault.create(PASSPHRASE, OPTIONS);
    await vault.saveSession(makeSession({ id: 's1' }));
    vault.lock();
    expect(vault.isLocked).toBe(true);
    await expect(vault.loadSessions()).rejects.toBeInstanceOf(VaultLockedError);
    await expect(vault.saveSession(makeSession())).rejects.toBeInstanceOf(VaultLockedError);
    await expect(vault.loadBlob('x')).rejects.toMatchObject({ code: 'vault-locked' });
    const reopened = await Vault.unlock(PASSPHRASE);
    expect((await reopened.loadSessions()).sessions).toHaveLength(1);
    reopened.lock();
  });
});

describe('Vault sessions and blobs', () => {
  let vault: Vault;
  beforeEach(async () => {
    vault = await Vault.create(PASSPHRASE, OPTIONS);
  });
  afterEach(() => {
    vault.lock();
  });

  it('saves, replaces and loads sessions', async () => {
    const a = makeSession({ id: 'a' });
    const b = makeSession({ id: 'b', childName: 'Bo' });
    await vault.saveSession(a);
    await vault.saveSession(b);
    const edited = { ...a, updatedAt: '2024-06-01T00:00:00.000Z' };
    await vault.saveSession(edited);
    const loaded = await vault.loadSessions();
    expect(loaded.unreadable).toEqual([]);
    expect(loaded.sessions).toEqual([edited, b]);
    expect(await vault.loadSession('b')).toEqual(b);
    expect(await vault.loadSession('missing')).toBeUndefined();
  });

  it('stores nothing readable: no name, words, recording bytes or mime type in IndexedDB or localStorage', async () => {
    const log = vi.spyOn(console, 'log');
    const session = makeSession();
    const audio = new TextEncoder().encode('RAW-AUDIO-SAMPLE-PATTERN-0123456789');
    await vault.saveSession(session);
    await vault.saveBlob('rec-1', session.id, audio, 'audio/x-secret-codec');

    const stored = (await rawRecords()).flatMap((record) => collectBytes(record.value));
    // Control: the scan does see stored text (ids are plain by design, and are random).
    expect(stored.some((bytes) => containsBytes(bytes, encodings(session.id)[0]))).toBe(true);
    const secrets = [session.childName, 'Zephyrine', 'marmalade volcano', 'Sam Worker', 'house-of-worries', 'audio/x-secret-codec', 'RAW-AUDIO-SAMPLE-PATTERN'];
    for (const secret of secrets) {
      for (const needle of encodings(secret)) {
        expect(
          stored.some((bytes) => containsBytes(bytes, needle)),
          secret,
        ).toBe(false);
      }
    }
    // localStorage holds only the index's sealed counter (storage/sessionIndex.ts), nothing readable.
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      expect(key).toBe('voicemap-index-witness');
      const value = new TextEncoder().encode(localStorage.getItem(key)!);
      for (const secret of secrets) for (const needle of encodings(secret)) expect(containsBytes(value, needle)).toBe(false);
    }
    expect(log).not.toHaveBeenCalled();
  });

  it('reports corrupted and malformed records in unreadable while the others load', async () => {
    const good = makeSession({ id: 'good' });
    await vault.saveSession(makeSession({ id: 'flipped' }));
    await vault.saveSession(good);
    await vault.saveSession(makeSession({ id: 'malformed' }));
    await vault.saveSession(makeSession({ id: 'moved' }));

    const records = await rawRecords();
    const flipped = records.find((r) => r.key === 'flipped')?.value as { data: ArrayBuffer };
    const data = toBytes(flipped.data).slice();
    data[5] ^= 0xff;
    await putRaw('sessions', { ...flipped, data: data.buffer });
    await putRaw('sessions', { id: 'malformed', savedAt: 'x' });
    // A valid ciphertext under the wrong id must not be accepted as that session.
    const goodRecord = records.find((r) => r.key === 'good')?.value as object;
    await putRaw('sessions', { ...goodRecord, id: 'moved' });

    const loaded = await vault.loadSessions();
    expect(loaded.sessions).toEqual([good]);
    expect(loaded.unreadable).toEqual(
      expect.arrayContaining([
        { id: 'flipped', reason: 'decrypt-failed' },
        { id: 'malformed', reason: 'malformed-record' },
        { id: 'moved', reason: 'decrypt-failed' },
      ]),
    );
    expect(loaded.unreadable).toHaveLength(3);
    await expect(vault.loadSession('flipped')).rejects.toBeInstanceOf(DecryptionError);
  });

  it('round-trips blobs from bytes and from Blob', async () => {
    const bytes = crypto.getRandomValues(new Uint8Array(5000));
    await vault.saveBlob('b1', 's1', bytes, 'audio/webm;codecs=opus');
    await vault.saveBlob('b2', 's1', new Blob([bytes.subarray(0, 10)]), 'audio/mp4');
    await vault.saveBlob('empty', 's1', new Uint8Array(0), '');
    expect(await vault.loadBlob('b1')).toEqual({ bytes, mimeType: 'audio/webm;codecs=opus' });
    expect(await vault.loadBlob('b2')).toEqual({ bytes: bytes.slice(0, 10), mimeType: 'audio/mp4' });
    expect(await vault.loadBlob('empty')).toEqual({ bytes: new Uint8Array(0), mimeType: '' });
    expect(await vault.loadBlob('nope')).toBeUndefined();
    const listed = await vault.loadSessionBlobs('s1');
    expect(listed.blobs.map((b) => b.id).sort()).toEqual(['b1', 'b2', 'empty']);
  });

  it('deleteSession really removes the session and all of its blobs, and nothing else', async () => {
    await vault.saveSession(makeSession({ id: 'gone' }));
    await vault.saveSession(makeSession({ id: 'kept' }));
    await vault.saveBlob('g1', 'gone', new Uint8Array([1]), 'audio/webm');
    await vault.saveBlob('g2', 'gone', new Uint8Array([2]), 'audio/webm');
    await vault.saveBlob('k1', 'kept', new Uint8Array([3]), 'audio/webm');

    await vault.deleteSession('gone');

    const records = await rawRecords();
    expect(records.filter((r) => r.store === 'sessions').map((r) => r.key)).toEqual(['kept']);
    expect(records.filter((r) => r.store === 'blobs').map((r) => r.key)).toEqual(['k1']);
    expect(await vault.loadBlob('g1')).toBeUndefined();
    expect(await vault.loadBlob('k1')).toEqual({ bytes: new Uint8Array([3]), mimeType: 'audio/webm' });
  });

  it('keeps page pictures encrypted, per session, and deletes them with the session', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    await vault.saveSession(makeSession({ id: 's1' }));
    await vault.saveSession(makeSession({ id: 's2' }));
    await vault.savePagePicture('s1', 'page-a', { about: '{"fingerprint":"230:x:y"}', bytes: png });
    await vault.savePagePicture('s2', 'page-b', { about: 'kept', bytes: new Uint8Array([9]) });

    expect(await vault.loadPagePicture('s1', 'page-a')).toEqual({ about: '{"fingerprint":"230:x:y"}', bytes: png });
    // Bound to its session: the same page id asked for under another session is no picture.
    expect(await vault.loadPagePicture('s2', 'page-a')).toBeUndefined();
    expect(await vault.loadPagePicture('s1', 'missing')).toBeUndefined();
    const stored = (await rawRecords()).find((r) => r.store === 'pictures' && r.key === 'page-a')!;
    const chunks = collectBytes(stored.value);
    for (const needle of [new TextEncoder().encode('fingerprint'), png.subarray(0, 4)]) {
      expect(chunks.some((chunk) => containsBytes(chunk, needle))).toBe(false);
    }

    const all = await vault.loadSessionPictures('s1');
    expect([...all.keys()]).toEqual(['page-a']);
    expect(all.get('page-a')).toEqual({ about: '{"fingerprint":"230:x:y"}', bytes: png });

    await vault.deleteSession('s1');
    expect((await vault.loadSessionPictures('s1')).size).toBe(0);
    const left = (await rawRecords()).filter((r) => r.store === 'pictures').map((r) => r.key);
    expect(left).toEqual(['page-b']);

    // A picture that arrives after its session was deleted is not stored.
    await vault.savePagePicture('s1', 'page-late', { about: 'late', bytes: png });
    expect((await rawRecords()).filter((r) => r.store === 'pictures').map((r) => r.key)).toEqual(['page-b']);
  });

  it('treats a damaged or moved page picture as no picture', async () => {
    await vault.saveSession(makeSession({ id: 's1' }));
    await vault.savePagePicture('s1', 'page-a', { about: 'x', bytes: new Uint8Array([1, 2, 3]) });
    const record = (await rawRecords()).find((r) => r.store === 'pictures')!.value as { data: ArrayBuffer; sessionId: string };
    const data = new Uint8Array(record.data.slice(0));
    data[data.length - 1] ^= 1;
    await putRaw('pictures', { ...record, data: data.buffer });
    expect(await vault.loadPagePicture('s1', 'page-a')).toBeUndefined();
    // Relabelled to another session: the encryption is bound to the session, so it does not open.
    await vault.savePagePicture('s1', 'page-b', { about: 'x', bytes: new Uint8Array([1]) });
    const other = (await rawRecords()).find((r) => r.store === 'pictures' && r.key === 'page-b')!.value as object;
    await putRaw('pictures', { ...other, sessionId: 's2' });
    expect(await vault.loadPagePicture('s2', 'page-b')).toBeUndefined();
    await putRaw('pictures', { pageId: 'page-c', sessionId: 's1', iv: 'not bytes', data: 5 });
    expect(await vault.loadPagePicture('s1', 'page-c')).toBeUndefined();
  });

  it('needs the key for pictures too', async () => {
    vault.lock();
    await expect(vault.savePagePicture('s1', 'p', { about: '', bytes: new Uint8Array() })).rejects.toBeInstanceOf(VaultLockedError);
    await expect(vault.loadPagePicture('s1', 'p')).rejects.toBeInstanceOf(VaultLockedError);
  });

  it('turns a quota failure on the request into StorageFullError and keeps the stored copy', async () => {
    const original = makeSession({ id: 's1' });
    await vault.saveSession(original);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error: unknown = await vault.saveSession({ ...original, childName: 'Changed' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect(error).toMatchObject({ code: 'storage-full' });
    await expect(vault.saveBlob('b', 's1', new Uint8Array([1]), 'a/b')).rejects.toBeInstanceOf(StorageFullError);

    vi.restoreAllMocks();
    expect(await vault.loadSession('s1')).toEqual(original);
    await vault.saveSession({ ...original, childName: 'Changed' });
    expect(await vault.loadSession('s1')).toMatchObject({ childName: 'Changed' });
  });

  it('turns a transaction aborted for quota into StorageFullError and rolls back the whole write', async () => {
    const original = makeSession({ id: 's1' });
    await vault.saveSession(original);
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = realPut.apply(this, args);
      calls += 1;
      // The second put (the blob) fails the way a browser does when the disk fills at commit:
      // the whole transaction aborts with QuotaExceededError as its error.
      if (calls === 2) (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    });
    const error: unknown = await vault
      .saveSessionWithBlobs({ ...original, childName: 'Changed' }, [{ id: 'b1', mimeType: 'audio/webm', bytes: new Uint8Array([9]) }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);

    vi.restoreAllMocks();
    expect(await vault.loadSession('s1')).toEqual(original);
    expect(await vault.loadBlob('b1')).toBeUndefined();
  });
});

describe('Vault upgrade', () => {
  it('opens a version 1 database (before page pictures) and keeps everything in it', async () => {
    const vault = await Vault.create(PASSPHRASE, OPTIONS);
    await vault.saveSession(makeSession({ id: 'old' }));
    await vault.saveBlob('b1', 'old', new Uint8Array([7]), 'audio/webm');
    vault.lock();
    // Rebuild the database as version 1 had it, with the same records.
    const records = await rawRecords();
    resetIndexedDb();
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('meta');
        db.createObjectStore('sessions', { keyPath: 'id' });
        db.createObjectStore('blobs', { keyPath: 'id' }).createIndex('bySession', 'sessionId');
      },
    });
    for (const r of records) {
      if (r.store === 'meta') await v1.put('meta', r.value, r.key);
      else if (r.store === 'sessions' || r.store === 'blobs') await v1.put(r.store, r.value);
    }
    v1.close();

    const reopened = await Vault.unlock(PASSPHRASE);
    const { sessions } = await reopened.loadSessions();
    expect(sessions.map((s) => (s as { id: string }).id)).toEqual(['old']);
    expect(await reopened.loadBlob('b1')).toEqual({ bytes: new Uint8Array([7]), mimeType: 'audio/webm' });
    await reopened.savePagePicture('old', 'p1', { about: 'a', bytes: new Uint8Array([1]) });
    expect(await reopened.loadPagePicture('old', 'p1')).toEqual({ about: 'a', bytes: new Uint8Array([1]) });
    reopened.lock();
  });
});
