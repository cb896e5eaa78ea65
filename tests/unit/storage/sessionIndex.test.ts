import { deriveKey, encryptJson } from '../../../src/storage/crypto';
import { keepSession, writeKeptWork } from '../../../src/storage/kept';
import { restoreBackup } from '../../../src/storage/restore';
import { SessionDeletedError, StaleSessionError } from '../../../src/storage/sessionErrors';
import { afterDelete, afterWrite, checkIndex, emptyIndex, nextRevision, unwrapSession } from '../../../src/storage/sessionIndex';
import { Vault } from '../../../src/storage/vault';
import { OPTIONS, PASSPHRASE, TEST_ITERATIONS, makeSession, putRaw, rawRecords, resetIndexedDb } from './helpers';

// Rollback detection (issue 13, case 5) and the write-time check (case 1), against IndexedDB.

beforeEach(() => {
  resetIndexedDb();
  localStorage.clear();
});

async function unlockAgain(vault: Vault): Promise<Vault> {
  vault.lock();
  return Vault.unlock(PASSPHRASE);
}

async function problemsAtUnlock(vault: Vault) {
  return vault.checkIntegrity(await vault.loadSessions());
}

async function rawSession(id: string): Promise<unknown> {
  return (await rawRecords()).find((r) => r.store === 'sessions' && r.key === id)!.value;
}

describe('the session index (pure)', () => {
  it('gives every write a higher revision, also after a delete', () => {
    let index = emptyIndex();
    expect(nextRevision(index, 'a')).toBe(1);
    index = afterWrite(index, 'a', 1);
    index = afterWrite(index, 'a', nextRevision(index, 'a'));
    expect(index.sessions.a).toBe(2);
    index = afterDelete(index, 'a');
    expect(index.sessions.a).toBeUndefined();
    expect(index.deleted.a).toBe(2);
    expect(nextRevision(index, 'a')).toBe(3);
    expect(index.counter).toBe(3);
  });

  it('reads a record from before revisions as revision 0', () => {
    const bare = makeSession();
    expect(unwrapSession(bare)).toEqual({ session: bare, revision: 0 });
  });

  it('names each kind of mismatch', () => {
    const index = { counter: 5, sessions: { a: 3, b: 1 }, deleted: { c: 2 } };
    const stored = new Map([
      ['a', 2],
      ['c', 2],
      ['d', 1],
    ]);
    expect(checkIndex(index, stored, 5)).toEqual([
      { kind: 'rolled-back', id: 'a' },
      { kind: 'resurrected', id: 'c' },
      { kind: 'unknown', id: 'd' },
      { kind: 'missing', id: 'b' },
    ]);
    expect(
      checkIndex(
        index,
        new Map([
          ['a', 3],
          ['b', 1],
        ]),
        6,
      ),
    ).toEqual([{ kind: 'index-old' }]);
    expect(checkIndex(undefined, new Map(), 3)).toEqual([{ kind: 'index-old' }]);
    expect(checkIndex(undefined, new Map([['a', 0]]), undefined)).toEqual([]);
  });
});

describe('the session index in the vault', () => {
  it('reports nothing after ordinary writes, deletes and a restore', async () => {
    let vault = await Vault.create(PASSPHRASE, OPTIONS);
    const a = makeSession({ id: 'a' });
    await vault.saveSession(a);
    await vault.saveSession({ ...a, childName: 'Again' });
    await vault.saveSession(makeSession({ id: 'b' }));
    await vault.deleteSession('b');
    await restoreBackup(vault, { sessions: [makeSession({ id: 'c' }), { ...a, childName: 'Again' }], blobs: [] });
    vault = await unlockAgain(vault);
    expect(await problemsAtUnlock(vault)).toEqual([]);
  });

  it('reports an old record written back, once', async () => {
    let vault = await Vault.create(PASSPHRASE, OPTIONS);
    const a = makeSession({ id: 'a' });
    await vault.saveSession(a);
    const old = await rawSession('a');
    await vault.saveSession({ ...a, childName: 'Newer' });
    vault.lock();
    await putRaw('sessions', old);
    vault = await Vault.unlock(PASSPHRASE);
    expect(await problemsAtUnlock(vault)).toEqual([{ kind: 'rolled-back', id: 'a' }]);
    vault = await unlockAgain(vault);
    expect(await problemsAtUnlock(vault)).toEqual([]);
  });

  it('reports a deleted record that is back', async () => {
    let vault = await Vault.create(PASSPHRASE, OPTIONS);
    await vault.saveSession(makeSession({ id: 'a' }));
    const old = await rawSession('a');
    await vault.deleteSession('a');
    vault.lock();
    await putRaw('sessions', old);
    vault = await Vault.unlock(PASSPHRASE);
    expect(await problemsAtUnlock(vault)).toEqual([{ kind: 'resurrected', id: 'a' }]);
  });

  it('reports the index itself written back', async () => {
    let vault = await Vault.create(PASSPHRASE, OPTIONS);
    await vault.saveSession(makeSession({ id: 'a' }));
    const oldIndex = (await rawRecords()).find((r) => r.store === 'meta' && r.key === 'index')!.value;
    const oldSession = await rawSession('a');
    await vault.saveSession(makeSession({ id: 'a', childName: 'Newer' }));
    vault.lock();
    // Both written back together: only the counter kept elsewhere can tell.
    await putRaw('meta', oldIndex, 'index');
    await putRaw('sessions', oldSession);
    vault = await Vault.unlock(PASSPHRASE);
    expect(await problemsAtUnlock(vault)).toEqual([{ kind: 'index-old' }]);
  });

  it('gives a vault from before indexes its first index without a report (the storage migration)', async () => {
    let vault = await Vault.create(PASSPHRASE, OPTIONS);
    const key = await deriveKey(PASSPHRASE, vault.kdf.salt, TEST_ITERATIONS);
    const legacy = makeSession({ id: 'old' });
    // Format 1: the bare session sealed under its context, no revision, no index.
    const sealed = await encryptJson(key, legacy, JSON.stringify(['session', 'old']));
    await putRaw('sessions', { id: 'old', iv: sealed.iv, data: sealed.data, savedAt: '2024-01-01T00:00:00.000Z' });
    vault = await unlockAgain(vault);
    const loaded = await vault.loadSessions();
    expect(loaded.sessions).toEqual([legacy]);
    expect(loaded.stored.get('old')?.revision).toBe(0);
    expect(await vault.checkIntegrity(loaded)).toEqual([]);
    await vault.saveSession({ ...legacy, childName: 'Next' });
    vault = await unlockAgain(vault);
    expect(await problemsAtUnlock(vault)).toEqual([]);
    expect((await vault.readSession('old'))?.revision).toBe(1);
  });

  it('refuses, inside the write, a write based on an old copy or on a deleted session', async () => {
    const vault = await Vault.create(PASSPHRASE, OPTIONS);
    const a = makeSession({ id: 'a' });
    const first = await vault.saveSession(a, { expect: null });
    await expect(vault.saveSession(a, { expect: null })).rejects.toBeInstanceOf(StaleSessionError);
    const second = await vault.saveSession({ ...a, childName: 'B' }, { expect: first.tag });
    expect(second.revision).toBe(first.revision + 1);
    await expect(vault.saveSession({ ...a, childName: 'C' }, { expect: first.tag })).rejects.toBeInstanceOf(StaleSessionError);
    expect(((await vault.loadSession('a')) as { childName: string }).childName).toBe('B');
    await vault.deleteSession('a');
    await expect(vault.saveSession(a, { expect: second.tag })).rejects.toBeInstanceOf(SessionDeletedError);
    expect(await vault.loadSession('a')).toBeUndefined();
  });

  it('does not write back work kept at a lock for a session deleted since (in another tab)', async () => {
    const vault = await Vault.create(PASSPHRASE, OPTIONS);
    const a = makeSession({ id: 'a' });
    await vault.saveSession(a);
    await keepSession(vault, { ...a, childName: 'Kept' });
    await vault.deleteSession('a');
    expect(await writeKeptWork(vault)).toEqual({ written: 1, waiting: 0 });
    expect(await vault.loadSession('a')).toBeUndefined();
    expect(await problemsAtUnlock(vault)).toEqual([]);
  });
});
