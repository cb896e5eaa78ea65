import { DEFAULT_ACCESS, SCHEMA_VERSION } from './types';

/**
 * Ordered migrations: MIGRATIONS[n] turns a version-n record into version n+1.
 * Version 0 is "no schemaVersion field" (never written by a release, but a hand-made or
 * truncated record may look like it). Migrations work on plain objects, before validation.
 */
type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

const MIGRATIONS: Record<number, Migration> = {
  0: (record) => ({ ...record, schemaVersion: 1 }),
  1: migrate1to2,
  2: migrate2to3,
};

/**
 * Schema 2: worker flags; sticker sets per child ('hard-things' offered only when the worker
 * turns it on); a scale's reminderShownAt means "a worker saw it". Version 1 set that time when
 * the child chose the number, whether or not a worker ever looked, so those times are dropped
 * rather than kept as a false record: the worker's screen shows the reminder again and records
 * the real time.
 */
function migrate1to2(record: Record<string, unknown>): Record<string, unknown> {
  const scales = Array.isArray(record.scales)
    ? record.scales.map((scale) => {
        if (!scale || typeof scale !== 'object') return scale;
        const rest = { ...(scale as Record<string, unknown>) };
        delete rest.reminderShownAt;
        return rest;
      })
    : record.scales;
  const access = record.access && typeof record.access === 'object' ? { ...(record.access as Record<string, unknown>) } : undefined;
  // "Hard things" is offered only when the worker turns it on, for older sessions too.
  if (access && !Array.isArray(access.stickerSets)) access.stickerSets = [...DEFAULT_ACCESS.stickerSets];
  return { ...record, schemaVersion: 2, scales, ...(access ? { access } : {}), workerFlags: Array.isArray(record.workerFlags) ? record.workerFlags : [] };
}

/**
 * Schema 3: each scale says which activity asked it, now that other activities than the safety
 * scale (the Safety House's path) save answers on a 0-10 scale. Every scale saved before schema 3
 * was asked by the safety scale (its own screen, or its question at the end of another activity),
 * whose id was, and stays, 'scale'.
 */
function migrate2to3(record: Record<string, unknown>): Record<string, unknown> {
  const scales = Array.isArray(record.scales)
    ? record.scales.map((scale) =>
        scale && typeof scale === 'object' && !('activity' in scale) ? { ...(scale as Record<string, unknown>), activity: 'scale' } : scale,
      )
    : record.scales;
  return { ...record, schemaVersion: 3, scales };
}

export class FutureVersionError extends Error {
  readonly code = 'future-version';
  constructor(readonly version: number) {
    super(`This record was saved by a newer version of Voicemap (schema ${version}).`);
  }
}

export function migrate(record: Record<string, unknown>): Record<string, unknown> {
  let current = record;
  let version = typeof current.schemaVersion === 'number' ? current.schemaVersion : 0;
  if (version > SCHEMA_VERSION) throw new FutureVersionError(version);
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from schema ${version}`);
    current = step(current);
    version += 1;
  }
  return current;
}
