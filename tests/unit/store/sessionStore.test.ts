import { SessionStore } from '../../../src/store/sessionStore';
import { addItem, addPage, notePromptShown, removeItems, setShared, updateItem } from '../../../src/store/commands';
import { startAutosave } from '../../../src/store/autosave';
import { blankSession } from '../../../src/app/workspace';
import type { Session, StrokeItem } from '../../../src/model/types';
import { StorageFullError } from '../../../src/storage/errors';

const stroke = (id: string): StrokeItem => ({ id, kind: 'stroke', points: [0, 0, 0.5], color: '#000', size: 8, simulatePressure: true, createdAt: '' });

function newStore() {
  const store = new SessionStore(blankSession({ childName: 'A', workerName: '', present: [], language: 'en-GB' }));
  store.apply(addPage({ id: 'p', activity: 'three-houses', place: 'house-of-worries', items: [], promptsShown: [], notShared: [] }));
  store.apply(addPage({ id: 'q', activity: 'three-houses', place: 'house-of-dreams', items: [], promptsShown: [], notShared: [] }));
  return store;
}
const ids = (s: SessionStore, page = 'p') =>
  s
    .get()
    .pages.find((p) => p.id === page)!
    .items.map((i) => i.id);

describe('undo and redo', () => {
  it('undoes and redoes one command at a time, per page, without limit', () => {
    const s = newStore();
    for (let i = 0; i < 300; i++) s.apply(addItem('p', stroke(`s${i}`)));
    s.apply(addItem('q', stroke('other')));
    for (let i = 0; i < 300; i++) s.undo('p');
    expect(ids(s)).toEqual([]);
    expect(ids(s, 'q')).toEqual(['other']);
    expect(s.canUndo('p')).toBe(false);
    s.redo('p');
    expect(ids(s)).toEqual(['s0']);
  });

  it('a wipe of the eraser is one step, and a new command clears redo', () => {
    const s = newStore();
    s.apply(addItem('p', stroke('a')));
    s.apply(addItem('p', stroke('b')));
    s.apply(removeItems('p', ['a', 'b']));
    s.undo('p');
    expect(ids(s)).toEqual(['a', 'b']);
    s.apply(updateItem('p', 'a', { color: '#f00' } as Partial<StrokeItem>));
    expect(s.canRedo('p')).toBe(false);
  });

  it('sharing choices are not undo steps, and removing an item forgets its choice', () => {
    const s = newStore();
    s.apply(addItem('p', stroke('a')));
    s.apply(setShared('p', 'a', false));
    expect(s.get().pages[0].notShared).toEqual(['a']);
    s.apply(removeItems('p', ['a']));
    expect(s.get().pages[0].notShared).toEqual([]);
  });
});

describe('commands that change nothing', () => {
  it('leave the session as it was, so nothing is saved or drawn again', () => {
    const s = newStore();
    s.apply(notePromptShown('p', 'prompts.house-of-worries.1'));
    const before = s.get();
    let notified = 0;
    s.subscribe(() => notified++);
    s.apply(notePromptShown('p', 'prompts.house-of-worries.1'));
    s.apply(notePromptShown('missing-page', 'prompts.house-of-worries.2'));
    expect(s.get()).toBe(before);
    expect(notified).toBe(0);
    s.apply(notePromptShown('p', 'prompts.house-of-worries.2'));
    expect(s.get()).not.toBe(before);
    expect(notified).toBe(1);
  });
});

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves every change within a second', async () => {
    const s = newStore();
    const saved: Session[] = [];
    startAutosave(
      s,
      async (x) => void saved.push(x),
      () => undefined,
    );
    s.apply(addItem('p', stroke('a')));
    await vi.advanceTimersByTimeAsync(999);
    expect(saved.at(-1)?.pages[0].items.map((i) => i.id)).toEqual(['a']);
  });

  it('saves within a second even while changes keep coming faster than the save delay', async () => {
    const s = newStore();
    const savedAt: number[] = [];
    startAutosave(
      s,
      async () => void savedAt.push(Date.now()),
      () => undefined,
    );
    const start = Date.now();
    // A change every 100 ms for 3 seconds: each one would restart a plain debounce.
    for (let i = 0; i < 30; i++) {
      s.apply(addItem('p', stroke(`dot${i}`)));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(savedAt.length).toBeGreaterThanOrEqual(3);
    const gaps = [savedAt[0] - start, ...savedAt.slice(1).map((t, i) => t - savedAt[i])];
    expect(Math.max(...gaps)).toBeLessThan(1000);
  });

  it('when the disk is full, keeps the change, says so, and saves it when space is back', async () => {
    const s = newStore();
    let full = true;
    const saved: Session[] = [];
    const statuses: string[] = [];
    startAutosave(
      s,
      async (x) => {
        if (full) throw new StorageFullError();
        saved.push(x);
      },
      (status) => statuses.push(status),
    );
    s.apply(addItem('p', stroke('a')));
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses).toContain('full');
    expect(saved).toEqual([]);
    expect(ids(s)).toEqual(['a']);
    full = false;
    await vi.advanceTimersByTimeAsync(6000);
    expect(saved.at(-1)?.pages[0].items.map((i) => i.id)).toEqual(['a']);
    expect(statuses.at(-1)).toBe('saved');
  });
});
