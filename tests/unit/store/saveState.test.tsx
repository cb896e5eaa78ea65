import { act, render } from '@testing-library/react';
import { SessionStore } from '../../../src/store/sessionStore';
import { addItem, addPage } from '../../../src/store/commands';
import { combineSaveStatus, startAutosave } from '../../../src/store/autosave';
import type { SaveStatus } from '../../../src/store/autosave';
import { ResilientBlobStore } from '../../../src/store/blobStore';
import type { BlobStore } from '../../../src/store/blobStore';
import { Workspace, blankSession } from '../../../src/app/workspace';
import { useSaveStateAttribute } from '../../../src/app/saveState';
import type { StrokeItem } from '../../../src/model/types';
import type { Vault } from '../../../src/storage/vault';
import { StorageFullError } from '../../../src/storage/errors';

const stroke = (id: string): StrokeItem => ({ id, kind: 'stroke', points: [0, 0, 0.5], color: '#000', size: 8, simulatePressure: true, createdAt: '' });

function newStore() {
  const store = new SessionStore(blankSession({ childName: 'A', workerName: '', present: [], language: 'en-GB' }));
  store.apply(addPage({ id: 'p', activity: 'three-houses', place: 'house-of-worries', items: [], promptsShown: [], notShared: [] }));
  return store;
}

/** A write that finishes only when the test says so. */
function gate() {
  let open: () => void = () => undefined;
  let fail: (e: unknown) => void = () => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('combineSaveStatus', () => {
  it('is saved only when every writer is; a failure outranks work in progress', () => {
    expect(combineSaveStatus([])).toBe('saved');
    expect(combineSaveStatus(['saved', 'saved'])).toBe('saved');
    expect(combineSaveStatus(['saved', 'saving'])).toBe('saving');
    expect(combineSaveStatus(['saving', 'error', 'saved'])).toBe('error');
    expect(combineSaveStatus(['error', 'full', 'saving'])).toBe('full');
  });
});

describe('autosave status', () => {
  it('says saving as soon as a change is made, before its write starts, and saved when written', async () => {
    const s = newStore();
    const statuses: SaveStatus[] = [];
    const writes: ReturnType<typeof gate>[] = [];
    startAutosave(
      s,
      () => {
        const g = gate();
        writes.push(g);
        return g.promise;
      },
      (status) => statuses.push(status),
    );
    s.apply(addItem('p', stroke('a')));
    expect(statuses).toEqual(['saving']);
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toHaveLength(1);
    expect(statuses).toEqual(['saving']);
    writes[0].open();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['saving', 'saved']);
  });

  it('stays saving while a change made during a write is still to be written', async () => {
    const s = newStore();
    const statuses: SaveStatus[] = [];
    const writes: ReturnType<typeof gate>[] = [];
    startAutosave(
      s,
      () => {
        const g = gate();
        writes.push(g);
        return g.promise;
      },
      (status) => statuses.push(status),
    );
    s.apply(addItem('p', stroke('a')));
    await vi.advanceTimersByTimeAsync(300);
    s.apply(addItem('p', stroke('b')));
    writes[0].open();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('saving');
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toHaveLength(2);
    writes[1].open();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['saving', 'saved']);
  });

  it('keeps reporting the failure through retries and new changes until a write succeeds', async () => {
    const s = newStore();
    let failing = true;
    const statuses: SaveStatus[] = [];
    startAutosave(
      s,
      async () => {
        if (failing) throw new Error('write refused');
      },
      (status) => statuses.push(status),
    );
    s.apply(addItem('p', stroke('a')));
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses).toEqual(['saving', 'error']);
    s.apply(addItem('p', stroke('b')));
    await vi.advanceTimersByTimeAsync(6000);
    expect(statuses.every((st, i) => i < 1 || st === 'error')).toBe(true);
    failing = false;
    await vi.advanceTimersByTimeAsync(6000);
    expect(statuses.at(-1)).toBe('saved');
    expect(statuses).not.toContain('full');
  });
});

describe('recordings store status', () => {
  it('is saving while the audio is written, error while it is held after a failure, saved once retried', async () => {
    let failing = false;
    let write = gate();
    const inner: BlobStore = {
      saveBlob: () => (failing ? Promise.reject(new StorageFullError()) : write.promise),
      loadBlob: async () => undefined,
    };
    const seen: SaveStatus[] = [];
    const blobs: ResilientBlobStore = new ResilientBlobStore(inner, () => seen.push(blobs.status));
    expect(blobs.status).toBe('saved');
    const first = blobs.saveBlob('a', 's', new Uint8Array([1]), 'audio/webm');
    await vi.advanceTimersByTimeAsync(0);
    expect(blobs.status).toBe('saving');
    write.open();
    await first;
    expect(blobs.status).toBe('saved');

    failing = true;
    await blobs.saveBlob('b', 's', new Uint8Array([2]), 'audio/webm');
    expect(blobs.status).toBe('full');
    expect(blobs.error).toBeInstanceOf(StorageFullError);
    failing = false;
    write = gate();
    write.open();
    await vi.advanceTimersByTimeAsync(5000);
    expect(blobs.status).toBe('saved');
    expect(blobs.error).toBeUndefined();
    expect(seen.at(-1)).toBe('saved');
  });
});

/** Just enough of a vault for the workspace's bookkeeping: writes wait for the test. */
function fakeVault() {
  const sessionWrites: ReturnType<typeof gate>[] = [];
  const vault = {
    saveSession: () => {
      const g = gate();
      sessionWrites.push(g);
      // A receipt, as the vault gives: the tag of the record written (see storage/vault.ts).
      const n = sessionWrites.length;
      return g.promise.then(() => ({ tag: `record-${n}`, revision: n }));
    },
    saveBlob: async () => undefined,
    loadBlob: async () => undefined,
    loadSessions: async () => ({ sessions: [], unreadable: [] }),
    lock: () => undefined,
  };
  return { vault: vault as unknown as Vault, sessionWrites };
}

describe('the workspace and the root element', () => {
  function Probe({ workspace }: { workspace: Workspace | null }) {
    useSaveStateAttribute(workspace);
    return null;
  }

  it('shows saving then saved on #root for a change, error when its write fails, saved with no workspace', async () => {
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    try {
      const { vault, sessionWrites } = fakeVault();
      const ws = new Workspace(vault);
      const view = render(<Probe workspace={ws} />);
      expect(root.dataset.saveState).toBe('saved');

      const creating = ws.create({ childName: 'A', workerName: '', present: [], language: 'en-GB' });
      expect(root.dataset.saveState).toBe('saving');
      await act(async () => {
        sessionWrites[0].open();
        await creating;
      });
      const store = await creating;
      expect(root.dataset.saveState).toBe('saved');

      act(() => store.apply(addPage({ id: 'p', activity: 'three-houses', place: 'house-of-worries', items: [], promptsShown: [], notShared: [] })));
      expect(root.dataset.saveState).toBe('saving');
      await act(async () => {
        await vi.advanceTimersByTimeAsync(300);
        sessionWrites[1].open();
        await vi.advanceTimersByTimeAsync(0);
      });
      expect(root.dataset.saveState).toBe('saved');

      act(() => store.apply(addItem('p', stroke('a'))));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(300);
        sessionWrites[2].fail(new Error('write refused'));
        await vi.advanceTimersByTimeAsync(0);
      });
      expect(ws.saveStatus).toBe('error');
      expect(root.dataset.saveState).toBe('error');
      expect((ws.saveError as Error).message).toBe('write refused');

      view.rerender(<Probe workspace={null} />);
      expect(root.dataset.saveState).toBe('saved');
      view.unmount();
    } finally {
      root.remove();
    }
  });

  it('a full disk is shown on #root as error', async () => {
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    try {
      const inner = { ...fakeVault().vault, saveBlob: () => Promise.reject(new StorageFullError()) } as unknown as Vault;
      const ws = new Workspace(inner);
      render(<Probe workspace={ws} />);
      await act(async () => {
        await ws.blobs.saveBlob('b', 's', new Uint8Array([1]), 'audio/webm');
      });
      expect(ws.saveStatus).toBe('full');
      expect(root.dataset.saveState).toBe('error');
    } finally {
      root.remove();
    }
  });
});
