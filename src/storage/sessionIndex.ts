/**
 * The session index: which sessions the device holds and at which revision, and a counter that
 * only grows. It is one encrypted record, written in the same IndexedDB transaction as every
 * session write and delete (storage/vault.ts), so it always agrees with the sessions the app
 * wrote. Someone who writes an old encrypted record back while the app is locked (a rollback),
 * or brings back a deleted one, cannot forge a matching index without the key: the mismatch is
 * reported at the next unlock instead of being accepted silently.
 *
 * A copy of the counter (sealed) is also kept in localStorage, a separate store, so an index
 * record rolled back with everything else is seen as older than expected. Replacing all of the
 * browser's storage for the site at once cannot be detected from inside it.
 *
 * Pure functions; the vault does the reading and writing.
 */

/** Stored sessions are sealed inside this envelope from storage format 2; format 1 was the bare session. */
export const SESSION_RECORD_FORMAT = 2;

export interface SessionEnvelope {
  format: typeof SESSION_RECORD_FORMAT;
  /** Grows by one with every write of this session; set by the vault, never by the caller. */
  revision: number;
  session: unknown;
}

export function wrapSession(session: unknown, revision: number): SessionEnvelope {
  return { format: SESSION_RECORD_FORMAT, revision, session };
}

/**
 * The session and its revision. A format-1 record (written before revisions existed) is the
 * session itself, at revision 0: this is that format's migration, done on every read.
 */
export function unwrapSession(plain: unknown): { session: unknown; revision: number } {
  if (isObject(plain) && plain.format === SESSION_RECORD_FORMAT && 'session' in plain) {
    const revision = typeof plain.revision === 'number' && Number.isInteger(plain.revision) && plain.revision >= 0 ? plain.revision : 0;
    return { session: plain.session, revision };
  }
  return { session: plain, revision: 0 };
}

export interface SessionIndex {
  /** Grows by one with every write or delete of any session. */
  counter: number;
  /** Every stored session's id and revision. */
  sessions: Record<string, number>;
  /** Deleted sessions, with the revision they had: a record coming back is reported. */
  deleted: Record<string, number>;
}

export function emptyIndex(): SessionIndex {
  return { counter: 0, sessions: {}, deleted: {} };
}

export function readIndex(plain: unknown): SessionIndex | undefined {
  if (!isObject(plain) || typeof plain.counter !== 'number' || !isRevisions(plain.sessions) || !isRevisions(plain.deleted)) {
    return undefined;
  }
  return { counter: plain.counter, sessions: { ...plain.sessions }, deleted: { ...plain.deleted } };
}

/** The revision the next write of `id` gets: above anything it ever had, even before a delete. */
export function nextRevision(index: SessionIndex, id: string): number {
  return Math.max(index.sessions[id] ?? 0, index.deleted[id] ?? 0) + 1;
}

export function afterWrite(index: SessionIndex, id: string, revision: number): SessionIndex {
  const deleted = { ...index.deleted };
  delete deleted[id];
  return { counter: index.counter + 1, sessions: { ...index.sessions, [id]: revision }, deleted };
}

export function afterDelete(index: SessionIndex, id: string): SessionIndex {
  const sessions = { ...index.sessions };
  const had = sessions[id];
  delete sessions[id];
  if (had === undefined) return { ...index, counter: index.counter + 1 };
  return { counter: index.counter + 1, sessions, deleted: { ...index.deleted, [id]: had } };
}

export type IntegrityProblem =
  /** A session's record is older than the last one written. */
  | { kind: 'rolled-back'; id: string }
  /** A deleted session's record is back. */
  | { kind: 'resurrected'; id: string }
  /** A session the index never had (written outside the app, or the index is older than it). */
  | { kind: 'unknown'; id: string }
  /** A session the index has is gone (removed outside the app). */
  | { kind: 'missing'; id: string }
  /** The index itself is older than the last one written, missing, or cannot be read. */
  | { kind: 'index-old' };

/**
 * Compares what is stored with the index. `stored` maps every session record found to its
 * revision; `witness` is the counter last seen (from localStorage), if any.
 */
export function checkIndex(
  index: SessionIndex | undefined | 'unreadable',
  stored: ReadonlyMap<string, number>,
  witness: number | undefined,
): IntegrityProblem[] {
  if (index === 'unreadable') return [{ kind: 'index-old' }];
  if (index === undefined) {
    // No index and nothing saying there was one: a vault from before indexes (or a new one).
    return witness === undefined ? [] : [{ kind: 'index-old' }];
  }
  const problems: IntegrityProblem[] = [];
  if (witness !== undefined && index.counter < witness) problems.push({ kind: 'index-old' });
  for (const [id, revision] of stored) {
    const expected = index.sessions[id];
    if (expected === undefined) {
      problems.push({ kind: id in index.deleted ? 'resurrected' : 'unknown', id });
    } else if (revision < expected) {
      problems.push({ kind: 'rolled-back', id });
    } else if (revision > expected && !problems.some((p) => p.kind === 'index-old')) {
      // Only an index older than the record can explain this.
      problems.push({ kind: 'index-old' });
    }
  }
  for (const id of Object.keys(index.sessions)) if (!stored.has(id)) problems.push({ kind: 'missing', id });
  return problems;
}

/** The index that describes what is stored now: written once problems have been reported. */
export function rebuildIndex(previous: SessionIndex | undefined, stored: ReadonlyMap<string, number>): SessionIndex {
  const sessions: Record<string, number> = {};
  const deleted = { ...(previous?.deleted ?? {}) };
  for (const [id, revision] of stored) {
    sessions[id] = revision;
    delete deleted[id];
  }
  for (const [id, revision] of Object.entries(previous?.sessions ?? {})) if (!stored.has(id)) deleted[id] = revision;
  return { counter: (previous?.counter ?? 0) + 1, sessions, deleted };
}

function isRevisions(value: unknown): value is Record<string, number> {
  return isObject(value) && Object.values(value).every((v) => typeof v === 'number' && Number.isFinite(v));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
