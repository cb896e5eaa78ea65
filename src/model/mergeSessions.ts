import type { Page, Session } from './types';

/**
 * Three-way merge of one session written from two places (two tabs on one tablet): `base` is
 * what both started from, `mine` and `theirs` are the two results. Pure; no clock is trusted.
 *
 * - Lists of things with ids (pages, items, scales, notes, flags) merge id by id: what either
 *   side added is kept, what one side removed and the other left alone goes, and an item one
 *   side removed while the other changed it is kept (nothing of the child's is lost).
 * - Lists of words (prompts shown, items not shared, people present, sticker sets) merge as
 *   sets: either side's additions and removals both apply.
 * - Anything else (a number, a name, a stroke's points) that both sides changed differently is
 *   a conflict: `mine` is taken (it is the newer write) and `conflicts` says so, so the caller
 *   keeps `theirs` too, as a separate session (see store/sessionWriter.ts).
 * - Two pages for the same place (each tab opened a house for the first time) become one.
 */
export interface MergeResult {
  session: Session;
  /** Paths where both sides changed the same thing differently; empty when the merge lost nothing. */
  conflicts: string[];
}

export function mergeSessions(base: Session | undefined, mine: Session, theirs: Session): MergeResult {
  const conflicts: string[] = [];
  // Neither side's clock decides anything (both always differ); the later is still the last change.
  const updatedAt = mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt;
  const merged = merge3(base && { ...base, updatedAt }, { ...mine, updatedAt }, { ...theirs, updatedAt }, '', conflicts) as Session;
  merged.pages = joinSamePlace(merged.pages);
  return { session: merged, conflicts };
}

/** Whether two sessions hold the same content (their edit times aside). */
export function sameContent(a: Session, b: Session): boolean {
  return equal({ ...a, updatedAt: '' }, { ...b, updatedAt: '' });
}

const ABSENT = Symbol('absent');
type Value = unknown;

function merge3(base: Value, mine: Value, theirs: Value, path: string, conflicts: string[]): Value {
  if (equal(mine, theirs)) return mine;
  if (equal(base, mine)) return theirs;
  if (equal(base, theirs)) return mine;
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const b = Array.isArray(base) ? base : [];
    if (allWithIds(mine) && allWithIds(theirs) && allWithIds(b)) return mergeById(b, mine, theirs, path, conflicts);
    if (allStrings(mine) && allStrings(theirs) && allStrings(b)) return mergeSet(b, mine, theirs);
  } else if (isPlain(mine) && isPlain(theirs)) {
    const b = isPlain(base) ? base : {};
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const value = merge3(key in b ? b[key] : ABSENT, key in mine ? mine[key] : ABSENT, key in theirs ? theirs[key] : ABSENT, `${path}/${key}`, conflicts);
      if (value !== ABSENT) out[key] = value;
    }
    return out;
  }
  // Both changed one value differently (or removed one side and changed the other).
  if (mine === ABSENT) {
    // Removed here, changed there: keeping it loses nothing.
    conflicts.push(path);
    return theirs;
  }
  conflicts.push(path);
  return mine;
}

type WithId = { id: string } & Record<string, unknown>;

function mergeById(base: WithId[], mine: WithId[], theirs: WithId[], path: string, conflicts: string[]): WithId[] {
  const inBase = new Map(base.map((x) => [x.id, x]));
  const inMine = new Map(mine.map((x) => [x.id, x]));
  const inTheirs = new Map(theirs.map((x) => [x.id, x]));
  const out: WithId[] = [];
  for (const item of mine) {
    const other = inTheirs.get(item.id);
    if (other !== undefined) {
      out.push(merge3(inBase.get(item.id) ?? ABSENT, item, other, `${path}/${item.id}`, conflicts) as WithId);
    } else if (!inBase.has(item.id)) {
      out.push(item); // added here
    } else if (!equal(inBase.get(item.id), item)) {
      out.push(item); // removed there but changed here: kept, nothing is lost
    }
    // else: removed there, untouched here: it goes.
  }
  // Their additions (and what they changed that was removed here), in their paint order: each
  // goes after the nearest element before it that is already placed.
  theirs.forEach((item, index) => {
    if (inMine.has(item.id)) return;
    const base0 = inBase.get(item.id);
    if (base0 !== undefined && equal(base0, item)) return; // removed here, untouched there
    let at = 0;
    for (let i = index - 1; i >= 0; i--) {
      const found = out.findIndex((x) => x.id === theirs[i].id);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    out.splice(at, 0, item);
  });
  return out;
}

function mergeSet(base: string[], mine: string[], theirs: string[]): string[] {
  const b = new Set(base);
  const m = new Set(mine);
  const removedThere = new Set(base.filter((x) => !theirs.includes(x)));
  const out = mine.filter((x) => !removedThere.has(x) || !b.has(x));
  for (const x of theirs) if (!b.has(x) && !m.has(x) && !out.includes(x)) out.push(x);
  return out;
}

/** Pages are found by place: two pages for one place are joined into the first, item by item. */
function joinSamePlace(pages: Page[]): Page[] {
  const out: Page[] = [];
  for (const page of pages) {
    const same = out.findIndex((p) => p.activity === page.activity && p.place === page.place);
    if (same < 0) {
      out.push(page);
      continue;
    }
    const first = out[same];
    const ids = new Set(first.items.map((i) => i.id));
    out[same] = {
      ...page,
      ...first,
      items: [...first.items, ...page.items.filter((i) => !ids.has(i.id))],
      promptsShown: [...first.promptsShown, ...page.promptsShown.filter((k) => !first.promptsShown.includes(k))],
      notShared: [...first.notShared, ...page.notShared.filter((k) => !first.notShared.includes(k))],
    };
  }
  return out;
}

function allWithIds(list: unknown[]): list is WithId[] {
  return list.every((x) => isPlain(x) && typeof x.id === 'string');
}

function allStrings(list: unknown[]): list is string[] {
  return list.every((x) => typeof x === 'string');
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function equal(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
    return true;
  }
  if (isPlain(a) && isPlain(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => equal(a[k], b[k]));
  }
  return false;
}
