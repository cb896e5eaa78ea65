import fc from 'fast-check';
import { readBackup, writeBackup } from '../../../src/storage/backup';
import { RestoreIncompleteError, covers, emptyCounts, restoreBackup } from '../../../src/storage/restore';
import { StorageFullError } from '../../../src/storage/errors';
import { Vault } from '../../../src/storage/vault';
import { loadSession } from '../../../src/model/repair';
import type { Session } from '../../../src/model/types';
import { OPTIONS, PASSPHRASE, makeSession, putRaw, rawRecords, resetIndexedDb } from './helpers';

let vault: Vault;

beforeEach(async () => {
  resetIndexedDb();
  vault = await Vault.create(PASSPHRASE, OPTIONS);
});

afterEach(() => {
  vault.lock();
});

const later = '2099-01-01T00:00:00.000Z';

const words = (id: string, text: string) => ({
  id,
  kind: 'words' as const,
  text,
  speaker: 'child' as const,
  typedBy: 'worker' as const,
  x: 1,
  y: 2,
  createdAt: '2024-05-01T10:40:00.000Z',
});

function withItems(session: Session, ...items: ReturnType<typeof words>[]): Session {
  return { ...session, pages: [{ ...session.pages[0], items: [...session.pages[0].items, ...items] }] };
}

/** The stored bytes of the sessions store, exactly as the browser holds them. */
async function storedSessions() {
  return (await rawRecords()).filter((r) => r.store === 'sessions');
}

async function sessionsById(): Promise<Map<string, Session>> {
  const { sessions, unreadable } = await vault.loadSessions();
  expect(unreadable).toEqual([]);
  const out = new Map<string, Session>();
  for (const raw of sessions) {
    const result = loadSession(raw);
    if (!result.ok) throw new Error(`unreadable: ${result.reason}`);
    out.set(result.session.id, result.session);
  }
  return out;
}

describe('a crafted restore never replaces a good session', () => {
  const good = makeSession({ id: 's1' });

  it.each([
    ['wrong types', { id: 's1', updatedAt: later, childName: 42, pages: 'many', scales: {} }],
    ['only an id', { id: 's1' }],
    ['a newer format', { ...good, schemaVersion: 99, updatedAt: later, childName: 'from the future' }],
  ])('%s: the device copy stays byte for byte', async (_name, crafted) => {
    await vault.saveSession(good);
    const before = await storedSessions();
    const counts = await restoreBackup(vault, { sessions: [crafted], blobs: [] });
    expect(await storedSessions()).toEqual(before);
    expect((await sessionsById()).get('s1')).toEqual(good);
    expect(counts.updated).toBe(0);
    expect(counts.newerFormat + counts.unreadable).toBe(1);
  });

  it('names a session from a newer format', async () => {
    const counts = await restoreBackup(vault, { sessions: [{ ...good, schemaVersion: 99 }], blobs: [] });
    expect(counts).toEqual({ ...emptyCounts(), newerFormat: 1 });
    expect(await vault.loadSession('s1')).toBeUndefined();
  });

  it('writes the repaired copy, not the raw one', async () => {
    const damaged = { ...good, pages: [{ ...good.pages[0], items: [...good.pages[0].items, { id: 'x', kind: 'nonsense' }] }] };
    expect(await restoreBackup(vault, { sessions: [damaged], blobs: [] })).toEqual({ ...emptyCounts(), added: 1 });
    expect(await vault.loadSession('s1')).toEqual(good);
  });
});

describe('merging without trusting the clock', () => {
  it('keeps both when both sides changed, even if the backup looks newer', async () => {
    const base = makeSession({ id: 's1' });
    const device = withItems(base, words('w-device', 'said on the tablet'));
    await vault.saveSession(device);
    const before = await storedSessions();
    const backup = { ...withItems(base, words('w-backup', 'said on the other tablet')), updatedAt: later };

    const counts = await restoreBackup(vault, { sessions: [backup], blobs: [] }, { newId: () => 'copy-1' });
    expect(counts).toEqual({ ...emptyCounts(), keptBoth: 1 });
    expect((await storedSessions()).filter((r) => r.key === 's1')).toEqual(before);
    const byId = await sessionsById();
    expect(byId.get('s1')).toEqual(device);
    expect(byId.get('copy-1')).toEqual({ ...backup, id: 'copy-1', childName: `${base.childName} (restored copy)` });
  });

  it('takes the backup copy when it holds everything the device holds, whatever the times say', async () => {
    const device = makeSession({ id: 's1', updatedAt: later });
    await vault.saveSession(device);
    const backup = { ...withItems(device, words('w2', 'more words')), updatedAt: '2000-01-01T00:00:00.000Z' };
    expect(await restoreBackup(vault, { sessions: [backup], blobs: [] })).toEqual({ ...emptyCounts(), updated: 1 });
    expect(await vault.loadSession('s1')).toEqual(backup);
  });

  it('writes nothing when the device already holds everything, even if the backup looks newer', async () => {
    const backup = { ...makeSession({ id: 's1' }), updatedAt: later };
    await vault.saveSession(withItems(makeSession({ id: 's1' }), words('w2', 'newer words')));
    const before = await rawRecords();
    expect(await restoreBackup(vault, { sessions: [backup], blobs: [] })).toEqual({ ...emptyCounts(), unchanged: 1 });
    expect(await rawRecords()).toEqual(before);
  });

  it('leaves an unreadable device record exactly as it is and adds the backup copy beside it', async () => {
    await putRaw('sessions', { id: 's1', savedAt: 'x' });
    const before = await storedSessions();
    const backup = makeSession({ id: 's1' });
    const counts = await restoreBackup(vault, { sessions: [backup], blobs: [] }, { newId: () => 'copy-1' });
    expect(counts).toEqual({ ...emptyCounts(), keptBoth: 1 });
    expect((await storedSessions()).filter((r) => r.key === 's1')).toEqual(before.filter((r) => r.key === 's1'));
    expect(await vault.loadSession('copy-1')).toMatchObject({ childName: `${backup.childName} (restored copy)` });
  });
});

describe('recordings never change owner', () => {
  it('gives a backup recording whose id belongs to another session a new id', async () => {
    const mine = new Uint8Array([1, 2, 3]);
    await vault.saveSession(makeSession({ id: 'a' }));
    await vault.saveBlob('r1', 'a', mine, 'audio/webm');
    const recording = {
      id: 'rec',
      kind: 'recording' as const,
      blobId: 'r1',
      mimeType: 'audio/webm',
      durationMs: 900,
      speaker: 'child' as const,
      x: 0,
      y: 0,
      createdAt: '2024-05-01T10:00:00.000Z',
    };
    const other = makeSession({ id: 'b', pages: [{ ...makeSession().pages[0], items: [recording] }] });
    const theirs = new Uint8Array([9, 9]);
    const counts = await restoreBackup(
      vault,
      { sessions: [other], blobs: [{ id: 'r1', sessionId: 'b', mimeType: 'audio/ogg', bytes: theirs }] },
      { newId: () => 'r-new' },
    );
    expect(counts).toEqual({ ...emptyCounts(), added: 1 });
    expect(await vault.blobOwner('r1')).toBe('a');
    expect(await vault.loadBlob('r1')).toEqual({ bytes: mine, mimeType: 'audio/webm' });
    const restored = (await vault.loadSession('b')) as Session;
    expect(restored.pages[0].items[0]).toMatchObject({ blobId: 'r-new' });
    expect(await vault.loadBlob('r-new')).toEqual({ bytes: theirs, mimeType: 'audio/ogg' });
    await vault.deleteSession('b');
    expect(await vault.loadBlob('r1')).toEqual({ bytes: mine, mimeType: 'audio/webm' });
  });

  it('skips a recording that belongs to no session in the backup', async () => {
    const counts = await restoreBackup(vault, {
      sessions: [],
      blobs: [{ id: 'r1', sessionId: 'nobody', mimeType: 'audio/webm', bytes: new Uint8Array([1]) }],
    });
    expect(counts).toEqual({ ...emptyCounts(), recordingsSkipped: 1 });
    expect(await vault.blobOwner('r1')).toBeUndefined();
  });
});

describe('an interrupted restore', () => {
  it('says what was done, and is reported until a restore finishes', async () => {
    const sessions = [makeSession({ id: 'a' }), makeSession({ id: 'b' })];
    const save = vault.saveSessionWithBlobs.bind(vault);
    let calls = 0;
    vault.saveSessionWithBlobs = async (...args) => {
      calls += 1;
      if (calls === 2) throw new StorageFullError();
      return save(...args);
    };
    const error = await restoreBackup(vault, { sessions, blobs: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreIncompleteError);
    expect((error as RestoreIncompleteError).counts).toEqual({ ...emptyCounts(), added: 1 });
    expect(await vault.restoreWasInterrupted()).toBe(true);

    expect(await restoreBackup(vault, { sessions, blobs: [] })).toEqual({ ...emptyCounts(), added: 1, unchanged: 1 });
    expect(await vault.restoreWasInterrupted()).toBe(false);
  });
});

describe('reading a backup whose check value was changed', () => {
  it('opens with the right passphrase, since the contents themselves authenticate', async () => {
    await vault.saveSession(makeSession({ id: 's1' }));
    const file = await writeBackup(vault);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const newline = bytes.indexOf(0x0a);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, newline))) as { check: { data: string } };
    const data = Uint8Array.from(atob(header.check.data), (c) => c.charCodeAt(0));
    data[0] ^= 1;
    header.check.data = btoa(String.fromCharCode(...data));
    const tampered = new Blob([`${JSON.stringify(header)}\n`, bytes.subarray(newline + 1)]);
    expect((await readBackup(tampered, PASSPHRASE)).sessions).toHaveLength(1);
    await expect(readBackup(tampered, 'not the passphrase at all')).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });
});

describe('covers', () => {
  it('matches things with ids by id and other lists by their start', () => {
    expect(covers({ a: [{ id: 'x', v: 1 }, { id: 'y' }] }, { a: [{ id: 'y' }, { id: 'x', v: 1 }] })).toBe(true);
    expect(covers({ a: [{ id: 'x', v: 2 }] }, { a: [{ id: 'x', v: 1 }] })).toBe(false);
    expect(covers({ p: ['k1', 'k2'] }, { p: ['k1'] })).toBe(true);
    expect(covers({ p: ['k2'] }, { p: ['k1'] })).toBe(false);
    expect(covers({ updatedAt: 'a' }, { updatedAt: 'b' }, true)).toBe(true);
  });
});

/**
 * Restoring random valid and invalid backups onto random existing data never loses or makes
 * unreadable a session that was there: afterwards every one loads, and holds everything it held.
 */
describe('property: a restore never makes things worse', () => {
  const text = fc.string({ minLength: 1, maxLength: 12 });
  const item = fc.record({ id: fc.constantFrom('w1', 'w2', 'w3', 'w4'), text }).map(({ id, text: t }) => words(id, t));
  const existing = fc.uniqueArray(
    fc.record({ id: fc.constantFrom('s1', 's2', 's3'), name: text, items: fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 3 }) }),
    { selector: (s) => s.id, maxLength: 3 },
  );
  const clock = fc.constantFrom('2000-01-01T00:00:00.000Z', '2024-05-01T11:00:00.000Z', later, 'not a time');
  const incoming = fc.oneof(
    // A plausible session, sharing ids with what is on the device.
    fc
      .record({
        id: fc.constantFrom('s1', 's2', 's3', 's4'),
        name: text,
        items: fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 3 }),
        updatedAt: clock,
      })
      .map(
        ({ id, name, items, updatedAt }) =>
          withItems({ ...makeSession({ id, childName: name, updatedAt }), pages: [{ ...makeSession().pages[0], items: [] }] }, ...items) as unknown,
      ),
    // Hostile shapes.
    fc.record({
      id: fc.constantFrom('s1', 's2', 's3'),
      schemaVersion: fc.constantFrom(0, 1, 2, 3, 99, -1, 'x'),
      updatedAt: clock,
      childName: fc.oneof(text, fc.integer()),
      pages: fc.constantFrom([], 'x', [{}], null),
    }),
    fc.record({ id: fc.constantFrom('s1', 's2', 's3') }),
  );
  const backup = fc.uniqueArray(incoming, { selector: (s) => (s as { id: string }).id, maxLength: 4 });

  it('holds for random data', async () => {
    await fc.assert(
      fc.asyncProperty(existing, backup, async (onDevice, sessions) => {
        resetIndexedDb();
        vault.lock();
        vault = await Vault.create(PASSPHRASE, OPTIONS);
        const originals = onDevice.map(({ id, name, items }) =>
          withItems({ ...makeSession({ id, childName: name }), pages: [{ ...makeSession().pages[0], items: [] }] }, ...items),
        );
        for (const session of originals) await vault.saveSession(session);
        await restoreBackup(vault, { sessions, blobs: [] });
        const after = await sessionsById();
        for (const original of originals) {
          const now = after.get(original.id);
          expect(now).toBeDefined();
          expect(covers(now, original, true)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
