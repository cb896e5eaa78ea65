import type { Session } from '../../../src/model/types';
import { SessionSync } from '../../../src/store/sessionSync';
import type { SyncHost } from '../../../src/store/sessionSync';
import { SessionStore } from '../../../src/store/sessionStore';
import { setSessionDetails } from '../../../src/store/commands';
import { SessionDeletedError } from '../../../src/storage/sessionErrors';
import { Vault } from '../../../src/storage/vault';
import { OPTIONS, PASSPHRASE, makeSession, resetIndexedDb } from '../storage/helpers';

// Two tabs (two vaults, two syncs) on one IndexedDB, without BroadcastChannel, so only the
// check inside each write protects the work: a change to the same field in both tabs keeps both
// versions; a session deleted in one tab is never written back by the other.

interface Tab {
  vault: Vault;
  sync: SessionSync;
  stores: Map<string, SessionStore>;
  kept: { session: Session; copy: Session }[];
  deleted: string[];
}

async function openTab(vault: Vault): Promise<Tab> {
  const stores = new Map<string, SessionStore>();
  const tab: Tab = { vault, stores, kept: [], deleted: [], sync: undefined as unknown as SessionSync };
  const host: SyncHost = {
    store: (id) => stores.get(id),
    add: (session) => stores.set(session.id, new SessionStore(session)),
    deletedElsewhere: (id) => {
      tab.deleted.push(id);
      stores.delete(id);
    },
    keptBoth: (session, copy) => tab.kept.push({ session, copy }),
    copyName: (name) => `${name} (copy from another tab)`,
  };
  tab.sync = new SessionSync(vault, host);
  const loaded = await vault.loadSessions();
  for (const raw of loaded.sessions as Session[]) {
    stores.set(raw.id, new SessionStore(raw));
    tab.sync.track(raw.id, loaded.stored.get(raw.id)!, raw);
  }
  return tab;
}

beforeEach(() => {
  resetIndexedDb();
  vi.stubGlobal('BroadcastChannel', undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function twoTabs() {
  const first = await Vault.create(PASSPHRASE, OPTIONS);
  await first.saveSession(makeSession({ id: 's', childName: 'Kit' }));
  const a = await openTab(first);
  const b = await openTab(await Vault.unlock(PASSPHRASE));
  return { a, b };
}

describe('SessionSync', () => {
  it('keeps both versions when two tabs change the same field, and says so', async () => {
    const { a, b } = await twoTabs();
    a.stores.get('s')!.apply(setSessionDetails({ workerName: 'Ann' }));
    b.stores.get('s')!.apply(setSessionDetails({ workerName: 'Bea' }));
    await a.sync.save('s');
    await b.sync.save('s');
    const stored = (await a.vault.loadSessions()).sessions as Session[];
    const byName = new Map(stored.map((s) => [s.childName, s.workerName]));
    expect(byName).toEqual(
      new Map([
        ['Kit', 'Bea'],
        ['Kit (copy from another tab)', 'Ann'],
      ]),
    );
    expect(b.kept).toHaveLength(1);
    expect(b.kept[0].copy.childName).toBe('Kit (copy from another tab)');
    // Tab B now holds what is stored, and tab A takes it in at its next write.
    expect(b.stores.get('s')!.get().workerName).toBe('Bea');
  });

  it('merges different fields with no copy', async () => {
    const { a, b } = await twoTabs();
    a.stores.get('s')!.apply(setSessionDetails({ workerName: 'Ann' }));
    b.stores.get('s')!.apply(setSessionDetails({ ageBand: '5to7' }));
    await a.sync.save('s');
    await b.sync.save('s');
    const stored = (await a.vault.loadSessions()).sessions as Session[];
    expect(stored).toHaveLength(1);
    expect([stored[0].workerName, stored[0].ageBand]).toEqual(['Ann', '5to7']);
    expect(b.kept).toEqual([]);
  });

  it('never writes back a session another tab deleted', async () => {
    const { a, b } = await twoTabs();
    await a.vault.deleteSession('s');
    b.stores.get('s')!.apply(setSessionDetails({ workerName: 'Late' }));
    await expect(b.sync.save('s')).rejects.toBeInstanceOf(SessionDeletedError);
    expect(b.deleted).toEqual(['s']);
    expect(await a.vault.loadSession('s')).toBeUndefined();
  });
});
