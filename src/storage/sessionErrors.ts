/**
 * Refusals of a session write that was based on an old copy (see storage/vault.ts): the caller
 * merges or stops, instead of overwriting what another tab wrote. Kept apart from errors.ts
 * because the UI never shows them as they are; store/sessionWriter.ts handles both.
 */

/** The stored session changed since the copy this write was based on. */
export class StaleSessionError extends Error {
  readonly code = 'session-stale';
  constructor() {
    super('This session was changed elsewhere since it was read.');
    this.name = 'StaleSessionError';
  }
}

/** The session was deleted (in another tab) since the copy this write was based on. */
export class SessionDeletedError extends Error {
  readonly code = 'session-deleted';
  constructor() {
    super('This session was deleted elsewhere.');
    this.name = 'SessionDeletedError';
  }
}
