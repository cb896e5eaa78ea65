import { inkFingerprint, vaultPictureStore } from '../../../src/canvas/inkPicture';
import type { PagePictureVault } from '../../../src/canvas/inkPicture';
import type { StrokeItem } from '../../../src/model/types';

const stroke = (id: string, points = [1, 2, 0.5, 3, 4, 0.5], color = '#000000'): StrokeItem => ({
  id,
  kind: 'stroke',
  points,
  color,
  size: 8,
  simulatePressure: true,
  createdAt: '2026-11-28T10:00:00Z',
});

describe('which strokes a picture shows', () => {
  it('is the same for the same strokes and differs for any change a picture would show', () => {
    const a = stroke('a');
    const b = stroke('b');
    const print = inkFingerprint([a, b]);
    expect(inkFingerprint([stroke('a'), stroke('b')])).toBe(print);
    for (const other of [
      [b, a],
      [a],
      [a, b, stroke('c')],
      [a, stroke('b', [1, 2, 0.5, 3, 4, 0.5, 5, 6, 0.5])],
      [a, stroke('b', [1, 2, 0.5, 3, 4.01, 0.5])],
      [a, stroke('b', undefined, '#ff0000')],
      [a, { ...b, size: 16 }],
      [a, { ...b, simulatePressure: false }],
      [],
    ]) {
      expect(inkFingerprint(other)).not.toBe(print);
    }
  });

  it('tells apart thousands of pages that differ by one stroke', () => {
    const strokes = Array.from({ length: 3000 }, (_, i) => stroke(`s${i}`));
    const prints = new Set<string>();
    for (let i = 0; i < strokes.length; i++) prints.add(inkFingerprint(strokes.filter((_, j) => j !== i)));
    expect(prints.size).toBe(strokes.length);
  });
});

describe('pictures in the vault', () => {
  function fakeVault() {
    const stored = new Map<string, { about: string; bytes: Uint8Array }>();
    const reads: string[] = [];
    const vault: PagePictureVault = {
      savePagePicture: async (sessionId, pageId, picture) => void stored.set(`${sessionId}/${pageId}`, picture),
      loadPagePicture: async (sessionId, pageId) => {
        reads.push(`${sessionId}/${pageId}`);
        return stored.get(`${sessionId}/${pageId}`);
      },
      loadSessionPictures: async (sessionId) => {
        reads.push(`${sessionId}/*`);
        return new Map([...stored].filter(([k]) => k.startsWith(`${sessionId}/`)).map(([k, v]) => [k.slice(sessionId.length + 1), v]));
      },
    };
    return { vault, stored, reads };
  }

  it('round-trips a picture with what it shows', async () => {
    const { vault } = fakeVault();
    const store = vaultPictureStore(vault, 's1');
    const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    await store.save('p1', { fingerprint: '2:x:y', width: 2400, height: 1600, zoom: 2, png });
    const loaded = await store.load('p1');
    expect(loaded).toMatchObject({ fingerprint: '2:x:y', width: 2400, height: 1600, zoom: 2 });
    expect(new Uint8Array(await loaded!.png.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]));
    expect(loaded!.png.type).toBe('image/png');
    expect(await vaultPictureStore(vault, 's2').load('p1')).toBeUndefined();
  });

  it('treats a description it cannot read as no picture', async () => {
    const { vault, stored } = fakeVault();
    const store = vaultPictureStore(vault, 's1');
    for (const about of [
      'not json',
      '{}',
      '{"v":2,"fingerprint":"x","width":1,"height":1,"zoom":1}',
      '{"v":1,"fingerprint":5,"width":1,"height":1,"zoom":1}',
    ]) {
      stored.set('s1/p1', { about, bytes: new Uint8Array([1]) });
      expect(await store.load('p1')).toBeUndefined();
    }
  });

  it('reads a whole session ahead when asked, and uses each early read once', async () => {
    const { vault, reads } = fakeVault();
    const png = new Blob([new Uint8Array([1])], { type: 'image/png' });
    const store = vaultPictureStore(vault, 's1');
    await store.save('p1', { fingerprint: 'f1', width: 1, height: 1, zoom: 1, png });
    await store.save('p2', { fingerprint: 'f2', width: 1, height: 1, zoom: 1, png });
    reads.length = 0;
    store.prefetch!();
    expect((await store.load('p1'))?.fingerprint).toBe('f1');
    expect((await store.load('p2'))?.fingerprint).toBe('f2');
    expect(reads).toEqual(['s1/*']);
    // Asked again: read afresh (the page may have a newer picture by then).
    expect((await store.load('p1'))?.fingerprint).toBe('f1');
    expect(reads).toEqual(['s1/*', 's1/p1']);
    // A save makes early reads stale: they are not used.
    store.prefetch!();
    await store.save('p1', { fingerprint: 'f1b', width: 1, height: 1, zoom: 1, png });
    expect((await store.load('p1'))?.fingerprint).toBe('f1b');
  });
});
