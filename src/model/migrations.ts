import { SCHEMA_VERSION } from './types';

/**
 * Ordered migrations: MIGRATIONS[n] turns a version-n record into version n+1.
 * Version 0 is "no schemaVersion field" (never written by a release, but a hand-made or
 * truncated record may look like it). Migrations work on plain objects, before validation.
 */
type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

const MIGRATIONS: Record<number, Migration> = {
  0: (record) => ({ ...record, schemaVersion: 1 }),
};

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
