/**
 * Merging a backup into the device. The one rule: a restore never makes things worse.
 *
 * - Every session in the backup goes through the same repair and validation as a load
 *   (`model/repair`), and only the repaired copy is written. A session from a newer format is
 *   refused by name, an unreadable one is left out; both are counted, never written.
 * - No choosing by clock (a tablet's clock may run ahead). A device copy is replaced only when
 *   the backup's copy holds everything it holds (item by item, by id). When the device copy holds
 *   everything the backup's does, nothing is written. When both changed, both are kept: the
 *   backup's copy is added as a separate session, labelled, with new ids.
 * - A recording never changes owner: a backup recording whose id belongs to another session on
 *   the device is written under a new id, and the restored session's references follow it.
 * - A marker is written before the first change and removed after the last, so a restore that
 *   was interrupted (tab closed, storage full) is reported the next time.
 */

import type { Item, RecordingItem, Session } from '../model/types';
import { loadSession } from '../model/repair';
import { SCHEMA_VERSION } from '../model/types';
import { BackupDamagedError, DecryptionError } from './errors';
import type { BackupBlob, BackupContents } from './backup';
import type { BlobInput, Vault } from './vault';

export interface RestoreCounts {
  /** Sessions that were not on the device. */
  added: number;
  /** Device sessions replaced by a backup copy that holds everything they held. */
  updated: number;
  /** Device sessions that already held everything the backup's copy holds: not written. */
  unchanged: number;
  /** Changed on both sides (or unreadable on the device): the backup's copy added as a separate session. */
  keptBoth: number;
  /** Sessions saved by a newer version of Voicemap: not restored. */
  newerFormat: number;
  /** Sessions in the backup that could not be read at all: not restored. */
  unreadable: number;
  /** Recordings that belong to no session in the backup: not restored. */
  recordingsSkipped: number;
}

export interface RestoreOptions {
  /** The name shown for a kept-both copy, e.g. "Bo (restored copy)"; translated by the caller. */
  copyName?: (childName: string) => string;
  /** New ids for kept-both copies and re-homed recordings (tests pass a predictable one). */
  newId?: () => string;
}

/** Thrown when a write fails part way: `counts` says exactly what was done before it. */
export class RestoreIncompleteError extends Error {
  readonly code = 'restore-incomplete';
  constructor(
    readonly counts: RestoreCounts,
    readonly reason: unknown,
  ) {
    super('The restore stopped part way.', { cause: reason });
    this.name = 'RestoreIncompleteError';
  }
}

export function emptyCounts(): RestoreCounts {
  return { added: 0, updated: 0, unchanged: 0, keptBoth: 0, newerFormat: 0, unreadable: 0, recordingsSkipped: 0 };
}

type Plan = { kind: 'write'; session: Session; count: 'added' | 'updated' | 'keptBoth' } | { kind: 'skip'; count: 'unchanged' | 'newerFormat' | 'unreadable' };

export async function restoreBackup(vault: Vault, contents: BackupContents, options: RestoreOptions = {}): Promise<RestoreCounts> {
  const copyName = options.copyName ?? ((name: string) => `${name} (restored copy)`);
  const makeId = options.newId ?? (() => crypto.randomUUID());

  // Checked before the first write: a damaged list changes nothing.
  const ids = contents.sessions.map((session) => idOf(session));
  if (ids.some((id) => id === undefined)) throw new BackupDamagedError('a session has no id');
  assertUnique(ids as string[], 'session');
  assertUnique(
    contents.blobs.map((blob) => blob.id),
    'recording',
  );

  // Decide everything first, reading only.
  const plans: Plan[] = [];
  for (const raw of contents.sessions) plans.push(await plan(vault, raw, copyName, makeId));

  const counts = emptyCounts();
  const blobsBySession = new Map<string, BackupBlob[]>();
  const written = new Set(ids.filter((_id, i) => plans[i].kind === 'write') as string[]);
  for (const blob of contents.blobs) {
    if (!written.has(blob.sessionId)) {
      // Belongs to no session being written; a skipped session's recordings are not counted twice.
      if (!ids.includes(blob.sessionId)) counts.recordingsSkipped += 1;
      continue;
    }
    blobsBySession.set(blob.sessionId, [...(blobsBySession.get(blob.sessionId) ?? []), blob]);
  }

  const needsWrite = plans.some((p) => p.kind === 'write');
  if (needsWrite) await vault.markRestoreStarted();
  for (const [index, p] of plans.entries()) {
    if (p.kind === 'skip') {
      counts[p.count] += 1;
      continue;
    }
    const backupId = ids[index]!;
    try {
      const { session, blobs } = await ownBlobs(vault, p.session, blobsBySession.get(backupId) ?? [], makeId);
      await vault.saveSessionWithBlobs(session, blobs);
    } catch (error) {
      // The marker stays: the next unlock reports that this restore did not finish.
      throw new RestoreIncompleteError(counts, error);
    }
    counts[p.count] += 1;
  }
  if (needsWrite) await vault.clearRestoreMarker();
  return counts;
}

async function plan(vault: Vault, raw: unknown, copyName: (name: string) => string, makeId: () => string): Promise<Plan> {
  const incoming = readable(raw);
  if (incoming === 'newer') return { kind: 'skip', count: 'newerFormat' };
  if (incoming === undefined) return { kind: 'skip', count: 'unreadable' };

  let stored: unknown;
  try {
    stored = await vault.loadSession(incoming.id);
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
    stored = null;
  }
  if (stored === undefined) return { kind: 'write', session: incoming, count: 'added' };
  const device = stored === null ? undefined : readable(stored);
  if (device === undefined || device === 'newer') {
    // The device copy cannot be read by this version: it is left exactly as it is.
    return { kind: 'write', session: asCopy(incoming, copyName, makeId), count: 'keptBoth' };
  }
  if (covers(device, incoming, true)) return { kind: 'skip', count: 'unchanged' };
  if (covers(incoming, device, true)) return { kind: 'write', session: incoming, count: 'updated' };
  return { kind: 'write', session: asCopy(incoming, copyName, makeId), count: 'keptBoth' };
}

/** The repaired session, 'newer' for a future format, undefined when it cannot be read at all. */
function readable(raw: unknown): Session | 'newer' | undefined {
  const result = loadSession(raw);
  if (result.ok) return result.session;
  // Same test the migration makes (FutureVersionError), so a newer format is named, not "damaged".
  return isObject(raw) && typeof raw.schemaVersion === 'number' && raw.schemaVersion > SCHEMA_VERSION ? 'newer' : undefined;
}

/**
 * The backup's copy as a new session next to the device's: a new id (item ids are only unique
 * within a session, so they stay) and a name that says what it is.
 */
function asCopy(session: Session, copyName: (name: string) => string, makeId: () => string): Session {
  return { ...session, id: makeId(), childName: copyName(session.childName) };
}

/**
 * Gives every recording of a session being written a blob it owns: a blob id that exists on the
 * device under another session gets a new id here, and the session's references follow it.
 */
async function ownBlobs(vault: Vault, session: Session, blobs: readonly BackupBlob[], makeId: () => string): Promise<{ session: Session; blobs: BlobInput[] }> {
  const renamed = new Map<string, string>();
  const inputs: BlobInput[] = [];
  for (const blob of blobs) {
    const owner = await vault.blobOwner(blob.id);
    if (owner !== undefined && owner !== session.id) {
      const id = makeId();
      renamed.set(blob.id, id);
      inputs.push({ id, mimeType: blob.mimeType, bytes: blob.bytes });
    } else if (owner === undefined) {
      inputs.push({ id: blob.id, mimeType: blob.mimeType, bytes: blob.bytes });
    }
    // owner === session.id: the device already holds this recording for this session; keep it.
  }
  if (renamed.size === 0) return { session, blobs: inputs };
  const follow = <T extends Item | RecordingItem>(item: T): T =>
    item.kind === 'recording' && renamed.has(item.blobId) ? { ...item, blobId: renamed.get(item.blobId)! } : item;
  return {
    session: {
      ...session,
      pages: session.pages.map((page) => ({ ...page, items: page.items.map(follow) })),
      scales: session.scales.map((scale) => (scale.recordings ? { ...scale, recordings: scale.recordings.map(follow) } : scale)),
    },
    blobs: inputs,
  };
}

/**
 * Whether `big` holds everything `small` holds. Arrays of things with ids are matched by id
 * (order is not content); other arrays must start with `small`'s elements (prompts shown and
 * follow-ups only grow); objects must have every key of `small`. `updatedAt` is ignored at the
 * top: it is the clock this merge refuses to trust.
 */
export function covers(big: unknown, small: unknown, top = false): boolean {
  if (Array.isArray(small)) {
    if (!Array.isArray(big)) return false;
    if (small.every(hasStringId) && big.every(hasStringId)) {
      const byId = new Map(big.map((element) => [element.id, element]));
      return small.every((element) => byId.has(element.id) && covers(byId.get(element.id), element));
    }
    return small.length <= big.length && small.every((element, i) => covers(big[i], element));
  }
  if (isObject(small)) {
    if (!isObject(big) || Array.isArray(big)) return false;
    return Object.keys(small).every((key) => (top && key === 'updatedAt') || (key in big && covers(big[key], small[key])));
  }
  return Object.is(big, small);
}

function hasStringId(value: unknown): value is { id: string } {
  return isObject(value) && typeof value.id === 'string';
}

function idOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.id === 'string' && value.id !== '' ? value.id : undefined;
}

function assertUnique(ids: readonly string[], what: string): void {
  if (new Set(ids).size !== ids.length) throw new BackupDamagedError(`a ${what} appears twice`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
