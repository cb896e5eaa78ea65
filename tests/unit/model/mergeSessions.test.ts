import { mergeSessions, sameContent } from '../../../src/model/mergeSessions';
import type { Item, Page, Session, WordsItem } from '../../../src/model/types';
import { makeSession } from '../storage/helpers';

// Two tabs on one session (issue 13, case 1): what one tab wrote is never lost to the other's write.

const words = (id: string, text: string): WordsItem => ({
  id,
  kind: 'words',
  text,
  speaker: 'child',
  typedBy: 'worker',
  x: 0,
  y: 0,
  createdAt: '2024-05-01T10:00:00.000Z',
});

const page = (id: string, place: string, items: Item[]): Page => ({
  id,
  activity: 'three-houses',
  place,
  items,
  promptsShown: [],
  notShared: [],
});

const base = makeSession({ id: 's', pages: [page('w', 'house-of-worries', [words('a', 'one')])] });
const at = (session: Session, minute: number): Session => ({ ...session, updatedAt: `2024-05-01T12:${String(minute).padStart(2, '0')}:00.000Z` });

describe('mergeSessions', () => {
  it('keeps words added on both sides, in different houses, with no conflict', () => {
    const mine = at({ ...base, pages: [...base.pages, page('g', 'house-of-good-things', [words('b', 'nan')])] }, 1);
    const theirs = at({ ...base, pages: [{ ...base.pages[0], items: [...base.pages[0].items, words('c', 'dog')] }] }, 2);
    const { session, conflicts } = mergeSessions(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(session.pages.map((p) => p.items.map((i) => i.id))).toEqual([['a', 'c'], ['b']]);
    expect(session.updatedAt).toBe(theirs.updatedAt);
  });

  it('joins two pages made for the same place by the two tabs', () => {
    const empty = { ...base, pages: [] };
    const mine = { ...empty, pages: [page('p1', 'house-of-dreams', [words('x', 'mine')])] };
    const theirs = { ...empty, pages: [page('p2', 'house-of-dreams', [words('y', 'theirs')])] };
    const { session, conflicts } = mergeSessions(empty, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(session.pages).toHaveLength(1);
    expect(session.pages[0].items.map((i) => i.id).sort()).toEqual(['x', 'y']);
  });

  it('applies a removal made on one side when the other did not touch the item', () => {
    const mine = { ...base, pages: [{ ...base.pages[0], items: [] }] };
    const { session, conflicts } = mergeSessions(base, mine, base);
    expect(conflicts).toEqual([]);
    expect(session.pages[0].items).toEqual([]);
    const other = mergeSessions(base, { ...base, childName: 'Renamed' }, mine);
    expect(other.session.pages[0].items).toEqual([]);
    expect(other.session.childName).toBe('Renamed');
  });

  it('keeps an item one side removed and the other changed (nothing is lost)', () => {
    const removed = { ...base, pages: [{ ...base.pages[0], items: [] }] };
    const changed = { ...base, pages: [{ ...base.pages[0], items: [words('a', 'one, changed')] }] };
    const { session } = mergeSessions(base, removed, changed);
    expect(session.pages[0].items).toEqual([words('a', 'one, changed')]);
  });

  it('reports a conflict when both change the same words differently, taking this side', () => {
    const mine = { ...base, pages: [{ ...base.pages[0], items: [words('a', 'mine')] }] };
    const theirs = { ...base, pages: [{ ...base.pages[0], items: [words('a', 'theirs')] }] };
    const { session, conflicts } = mergeSessions(base, mine, theirs);
    expect(conflicts).toEqual(['/pages/w/items/a/text']);
    expect((session.pages[0].items[0] as WordsItem).text).toBe('mine');
  });

  it('merges lists of words as sets: prompts shown, items not shared', () => {
    const b = { ...base, pages: [{ ...base.pages[0], promptsShown: ['p1'], notShared: ['a'] }] };
    const mine = { ...b, pages: [{ ...b.pages[0], promptsShown: ['p1', 'p2'], notShared: [] }] };
    const theirs = { ...b, pages: [{ ...b.pages[0], promptsShown: ['p1', 'p3'], notShared: ['a'] }] };
    const { session, conflicts } = mergeSessions(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(session.pages[0].promptsShown).toEqual(['p1', 'p2', 'p3']);
    expect(session.pages[0].notShared).toEqual([]);
  });

  it('with no common copy, keeps everything both sides hold', () => {
    const mine = { ...base, pages: [{ ...base.pages[0], items: [words('a', 'one'), words('m', 'm')] }] };
    const theirs = { ...base, pages: [{ ...base.pages[0], items: [words('a', 'one'), words('t', 't')] }] };
    const { session } = mergeSessions(undefined, mine, theirs);
    expect(session.pages[0].items.map((i) => i.id).sort()).toEqual(['a', 'm', 't']);
  });

  it('merging is stable: the result merged again with either side changes nothing', () => {
    const mine = at({ ...base, pages: [...base.pages, page('g', 'house-of-good-things', [words('b', 'nan')])] }, 1);
    const theirs = at({ ...base, scales: [], workerNotes: [{ id: 'n', text: 'note', createdAt: 'x' }] }, 2);
    const { session } = mergeSessions(base, mine, theirs);
    expect(sameContent(mergeSessions(theirs, session, theirs).session, session)).toBe(true);
    expect(sameContent(mergeSessions(mine, mine, session).session, session)).toBe(true);
  });
});
