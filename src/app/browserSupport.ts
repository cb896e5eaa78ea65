/**
 * What an old browser lacks, as an i18n key suffix (unsupported.<key>), or null when all is there.
 * Checked before anything is stored, so an old tablet gets a clear message, not a broken app.
 */
export function browserProblem(): string | null {
  if (typeof indexedDB === 'undefined') return 'storage';
  if (!globalThis.crypto?.subtle || typeof crypto.randomUUID !== 'function') return 'crypto';
  if (typeof PointerEvent === 'undefined') return 'pointer';
  return null;
}
