import { ResilientBlobStore } from '../../../src/store/blobStore';
import type { BlobStore } from '../../../src/store/blobStore';
import { StorageFullError, VaultLockedError } from '../../../src/storage/errors';

function failing(error: () => Error): BlobStore & { calls: number } {
  const store = {
    calls: 0,
    async saveBlob() {
      store.calls += 1;
      throw error();
    },
    async loadBlob() {
      return undefined;
    },
  };
  return store;
}

describe('recordings held when a write fails', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits longer between tries, never a fixed loop, and stops once disposed', async () => {
    const inner = failing(() => new StorageFullError());
    const store = new ResilientBlobStore(inner);
    await store.saveBlob('r1', 's1', new Uint8Array([1]), 'audio/webm');
    expect(inner.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(inner.calls).toBe(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(inner.calls).toBe(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(inner.calls).toBe(3);
    expect(store.dispose()).toEqual([{ id: 'r1', sessionId: 's1', bytes: new Uint8Array([1]), mimeType: 'audio/webm' }]);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(inner.calls).toBe(3);
    expect(store.pendingCount).toBe(0);
  });

  it('does not retry against a locked vault', async () => {
    const inner = failing(() => new VaultLockedError());
    const store = new ResilientBlobStore(inner);
    await store.saveBlob('r1', 's1', new Uint8Array([1]), 'audio/webm');
    await vi.advanceTimersByTimeAsync(5_000);
    const calls = inner.calls;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(inner.calls).toBe(calls);
    expect(store.held()).toHaveLength(1);
  });
});
