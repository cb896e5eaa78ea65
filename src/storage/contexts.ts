/**
 * Where each kind of record lives and the context it is sealed under. The context is
 * authenticated with the data (AES-GCM additional data), so a record moved under another id, or
 * to another session, does not open. Contexts are JSON arrays so an id containing separators
 * cannot imitate another record.
 */

/** The meta store's record of the key's salt, cost and check value. */
export const META_KEY = 'vault';
/** The session index (storage/sessionIndex.ts), in the meta store. */
export const INDEX_KEY = 'index';

export const VERIFIER_CONTEXT = JSON.stringify(['verifier']);
export const INDEX_CONTEXT = JSON.stringify(['index']);
export const sessionContext = (id: string) => JSON.stringify(['session', id]);
export const blobContext = (id: string, sessionId: string) => JSON.stringify(['blob', id, sessionId]);
export const pictureContext = (pageId: string, sessionId: string) => JSON.stringify(['picture', pageId, sessionId]);
export const keptContext = (kind: string, id: string) => JSON.stringify(['kept', kind, id]);
