import { decryptBytes, deriveKey, encryptBytes, encryptJson } from '../../../src/storage/crypto';
import { INDEX_CONTEXT, INDEX_KEY, META_KEY, blobContext, pictureContext, sessionContext } from '../../../src/storage/contexts';
import { DecryptionError, PassphraseTooShortError, VaultRekeyedError, WrongPassphraseError } from '../../../src/storage/errors';
import { afterWrite, emptyIndex, wrapSession } from '../../../src/storage/sessionIndex';
import { STORAGE_FORMAT } from '../../../src/storage/records';
import { Vault } from '../../../src/storage/vault';
import { OPTIONS, PASSPHRASE, makeSession, putRaw, rawRecords, resetIndexedDb } from './helpers';

const NEW_PASSPHRASE = 'seven quiet harbour lanterns';
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A recording or picture body as the vault frames it: header length, header, bytes. */
function framed(header: string, bytes: Uint8Array): Uint8Array {
  const head = utf8(header);
  const out = new Uint8Array(2 + head.byteLength + bytes.byteLength);
  new DataView(out.buffer).setUint16(0, head.byteLength);
  out.set(head, 2);
  out.set(bytes, 2 + head.byteLength);
  return out;
}

async function metaRecord(): Promise<Record<string, unknown>> {
  return (await rawRecords()).find((r) => r.store === 'meta' && r.key === META_KEY)!.value as Record<string, unknown>;
}

async function keyFor(passphrase: string) {
  const meta = await metaRecord();
  return deriveKey(passphrase, meta.salt as Uint8Array, meta.iterations as number);
}

/** Everything a session holds, read back through a freshly unlocked vault. */
async function readAll(passphrase: string) {
  const vault = await Vault.unlock(passphrase);
  const { sessions, unreadable } = await vault.loadSessions();
  const blob = await vault.loadBlob('rec-1');
  const picture = await vault.loadPagePicture('s1', 'page-1');
  vault.lock();
  return { sessions, unreadable, blob, picture };
}

beforeEach(() => {
  resetIndexedDb();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('records at rest', () => {
  it('are padded to size buckets and carry no plain times', async () => {
    const vault = await Vault.create(PASSPHRASE, OPTIONS);
    const short = makeSession({ id: 'short' });
    const longer = makeSession({ id: 'longer', childName: 'A much longer name than the first child has' });
    await vault.saveSession(short);
    await vault.saveSession(longer);
    await vault.saveBlob('b-1', 'short', new Uint8Array(10_000), 'audio/webm');
    await vault.saveBlob('b-2', 'short', new Uint8Array(10_200), 'audio/webm');
    await vault.savePagePicture('short', 'page-1', { about: 'x', bytes: new Uint8Array(3000) });
    vault.lock();

    const records = await rawRecords();
    const size = (store: string, key: string) => (records.find((r) => r.store === store && r.key === key)!.value as { data: ArrayBuffer }).data.byteLength;
    // Two children's sessions of different lengths, and two recordings 200 bytes apart, look alike.
    expect(size('sessions', 'short')).toBe(size('sessions', 'longer'));
    expect(size('blobs', 'b-1')).toBe(size('blobs', 'b-2'));
    for (const record of records) expect(record.value).not.toHaveProperty('savedAt');
    expect(await metaRecord()).toMatchObject({ format: STORAGE_FORMAT });
  });
});

describe('a vault from before padding (storage format 1)', () => {
  it('is sealed again, padded and without plain times, at the first unlock, and loses nothing', async () => {
    (await Vault.create(PASSPHRASE, OPTIONS)).lock();
    const formatOne = await metaRecord();
    delete formatOne.format;
    await putRaw('meta', formatOne, META_KEY);
    const key = await keyFor(PASSPHRASE);
    const session = makeSession({ id: 's1' });
    const savedAt = '2024-05-01T11:00:00.000Z';
    const seal = async (plain: Uint8Array, context: string) => encryptBytes(key, plain, context);
    const s = await encryptJson(key, wrapSession(session, 1), sessionContext('s1'));
    await putRaw('sessions', { id: 's1', iv: s.iv, data: s.data, savedAt });
    const b = await seal(framed('audio/webm', new Uint8Array([1, 2, 3])), blobContext('rec-1', 's1'));
    await putRaw('blobs', { id: 'rec-1', sessionId: 's1', iv: b.iv, data: b.data });
    const p = await seal(framed('about', new Uint8Array([9, 8])), pictureContext('page-1', 's1'));
    await putRaw('pictures', { pageId: 'page-1', sessionId: 's1', iv: p.iv, data: p.data, savedAt });
    const i = await encryptJson(key, afterWrite(emptyIndex(), 's1', 1), INDEX_CONTEXT);
    await putRaw('meta', { iv: i.iv, data: i.data }, INDEX_KEY);

    const read = await readAll(PASSPHRASE);
    expect(read.sessions).toEqual([session]);
    expect(read.blob).toEqual({ bytes: new Uint8Array([1, 2, 3]), mimeType: 'audio/webm' });
    expect(read.picture).toEqual({ about: 'about', bytes: new Uint8Array([9, 8]) });

    expect(await metaRecord()).toMatchObject({ format: STORAGE_FORMAT });
    const after = await rawRecords();
    for (const record of after) expect(record.value).not.toHaveProperty('savedAt');
    // No longer readable the old way: sealed padded, under the padded context.
    const stored = after.find((r) => r.store === 'sessions')!.value as { iv: Uint8Array; data: ArrayBuffer };
    await expect(decryptBytes(key, stored.iv, stored.data, sessionContext('s1'))).rejects.toBeInstanceOf(DecryptionError);
    expect(stored.data.byteLength).toBeGreaterThanOrEqual(512);

    // And the vault checks out against its index: nothing reported as rolled back.
    const vault = await Vault.unlock(PASSPHRASE);
    expect(await vault.checkIntegrity(await vault.loadSessions())).toEqual([]);
    vault.lock();
  });
});

describe('Change passphrase', () => {
  async function vaultWithWork(): Promise<Vault> {
    const vault = await Vault.create(PASSPHRASE, OPTIONS);
    await vault.saveSession(makeSession({ id: 's1' }));
    await vault.saveBlob('rec-1', 's1', new Uint8Array([4, 5, 6]), 'audio/webm');
    await vault.savePagePicture('s1', 'page-1', { about: 'p', bytes: new Uint8Array([7]) });
    return vault;
  }

  it('seals everything under the new passphrase; the old one no longer opens anything', async () => {
    const vault = await vaultWithWork();
    await vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    // The tab that changed it goes on saving.
    await vault.saveSession(makeSession({ id: 's2' }));
    vault.lock();

    await expect(Vault.unlock(PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    const read = await readAll(NEW_PASSPHRASE);
    expect(read.sessions.map((s) => (s as { id: string }).id).sort()).toEqual(['s1', 's2']);
    expect(read.unreadable).toEqual([]);
    expect(read.blob).toEqual({ bytes: new Uint8Array([4, 5, 6]), mimeType: 'audio/webm' });
    expect(read.picture).toEqual({ about: 'p', bytes: new Uint8Array([7]) });
    const vault2 = await Vault.unlock(NEW_PASSPHRASE);
    expect(await vault2.checkIntegrity(await vault2.loadSessions())).toEqual([]);
    vault2.lock();
  });

  it('refuses a wrong current passphrase or a weak new one, and changes nothing', async () => {
    const vault = await vaultWithWork();
    const before = await rawRecords();
    await expect(vault.changePassphrase('not the passphrase', NEW_PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(vault.changePassphrase(PASSPHRASE, 'short')).rejects.toBeInstanceOf(PassphraseTooShortError);
    await expect(vault.changePassphrase(PASSPHRASE, 'password1234')).rejects.toMatchObject({ code: 'passphrase-too-common' });
    expect(await rawRecords()).toEqual(before);
    vault.lock();
  });

  it('interrupted half-way, leaves everything readable with the old passphrase', async () => {
    const vault = await vaultWithWork();
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts === 3) throw new DOMException('The tab was closed.', 'AbortError');
      return put.apply(this, args);
    });
    await expect(vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE)).rejects.toThrow();
    vi.restoreAllMocks();
    vault.lock();
    expect(puts).toBe(3);

    await expect(Vault.unlock(NEW_PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    const read = await readAll(PASSPHRASE);
    expect(read.sessions).toHaveLength(1);
    expect(read.unreadable).toEqual([]);
    expect(read.blob).toEqual({ bytes: new Uint8Array([4, 5, 6]), mimeType: 'audio/webm' });
  });

  it('gives another open tab the new key, so its saves stay readable; a tab without it is refused, not sealed under the old key', async () => {
    const vault = await vaultWithWork();
    const otherTab = await Vault.unlock(PASSPHRASE);
    await vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    // The other tab's next write waits for the new key (passed over BroadcastChannel) and uses it.
    await otherTab.saveSession(makeSession({ id: 'from-other-tab' }));
    await otherTab.saveBlob('rec-2', 'from-other-tab', new Uint8Array([1]), 'audio/webm');
    otherTab.lock();
    vault.lock();
    const read = await readAll(NEW_PASSPHRASE);
    expect(read.sessions.map((s) => (s as { id: string }).id).sort()).toEqual(['from-other-tab', 's1']);
    expect(read.unreadable).toEqual([]);

    // A tab that never hears of the new key (no BroadcastChannel) cannot write under the old one.
    const channel = globalThis.BroadcastChannel;
    vi.stubGlobal('BroadcastChannel', undefined);
    const deaf = await Vault.unlock(NEW_PASSPHRASE);
    vi.stubGlobal('BroadcastChannel', channel);
    const changer = await Vault.unlock(NEW_PASSPHRASE);
    await changer.changePassphrase(NEW_PASSPHRASE, PASSPHRASE + ' again');
    await expect(deaf.saveSession(makeSession({ id: 'lost?' }))).rejects.toBeInstanceOf(VaultRekeyedError);
    deaf.lock();
    changer.lock();
    expect((await readAll(PASSPHRASE + ' again')).unreadable).toEqual([]);
  });
});
