/**
 * Work kept for later: when storage refuses a write at the moment of locking (the tablet is
 * full), the unsaved session and recordings are sealed under the vault key and put in
 * localStorage, which has its own small allowance, instead of being thrown away with the key.
 * The next unlock writes them into the vault and removes them. Only ids are readable here.
 */

import type { Session } from '../model/types';
import { fromUtf8, utf8 } from './crypto';
import { restoreBackup } from './restore';
import type { Vault } from './vault';

const PREFIX = 'voicemap-kept/';

interface KeptEntry {
  iv: string;
  data: string;
}

export interface KeptBlob {
  id: string;
  sessionId: string;
  mimeType: string;
  bytes: Uint8Array;
}

const listeners = new Set<() => void>();

/** For useSyncExternalStore: the lock screen learns when a closing lock had to keep work aside. */
export function subscribeKept(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** Whether anything is waiting to be written (readable while locked: it holds no child data). */
export function hasKeptWork(): boolean {
  return keys().length > 0;
}

/** Throws if localStorage refuses too; then the caller must not lock. */
export async function keepSession(vault: Vault, session: Session): Promise<void> {
  await put(vault, 'session', session.id, utf8(JSON.stringify(session)));
}

export async function keepBlob(vault: Vault, blob: KeptBlob): Promise<void> {
  const head = utf8(JSON.stringify({ sessionId: blob.sessionId, mimeType: blob.mimeType }));
  const framed = new Uint8Array(4 + head.byteLength + blob.bytes.byteLength);
  new DataView(framed.buffer).setUint32(0, head.byteLength);
  framed.set(head, 4);
  framed.set(blob.bytes, 4 + head.byteLength);
  await put(vault, 'blob', blob.id, framed);
}

/**
 * Writes everything kept into the vault: recordings first (so an item never points at missing
 * sound), then sessions, merged like a restore (a kept copy never replaces newer work; when
 * both changed both are kept). Returns how many are still waiting (storage still full).
 */
export async function writeKeptWork(vault: Vault): Promise<{ written: number; waiting: number }> {
  let written = 0;
  let waiting = 0;
  const all = keys();
  const ordered = [...all.filter((k) => k.startsWith(`${PREFIX}blob/`)), ...all.filter((k) => k.startsWith(`${PREFIX}session/`))];
  for (const key of ordered) {
    const rest = key.slice(PREFIX.length);
    const kind = rest.slice(0, rest.indexOf('/'));
    const id = rest.slice(rest.indexOf('/') + 1);
    try {
      const entry = JSON.parse(localStorage.getItem(key) ?? '') as KeptEntry;
      const plain = await vault.unsealKept(fromBase64(entry.iv), fromBase64(entry.data), kind, id);
      if (kind === 'blob') {
        const headLength = new DataView(plain.buffer, plain.byteOffset).getUint32(0);
        const head = JSON.parse(fromUtf8(plain.subarray(4, 4 + headLength))) as { sessionId: string; mimeType: string };
        if ((await vault.blobOwner(id)) === undefined) {
          await vault.saveBlob(id, head.sessionId, plain.subarray(4 + headLength), head.mimeType);
        }
      } else if (!(await vault.wasDeleted(id))) {
        await restoreBackup(vault, { sessions: [JSON.parse(fromUtf8(plain))], blobs: [] });
      }
      // else: deleted (in another tab) after it was kept: deleting is final, so it is not written back.
      localStorage.removeItem(key);
      written += 1;
    } catch {
      // Still full, or not ours to open (another passphrase): left as it is for the next unlock.
      waiting += 1;
    }
  }
  if (written > 0) changed();
  return { written, waiting };
}

async function put(vault: Vault, kind: string, id: string, plain: Uint8Array): Promise<void> {
  const sealed = await vault.sealKept(plain, kind, id);
  const entry: KeptEntry = { iv: toBase64(sealed.iv), data: toBase64(new Uint8Array(sealed.data)) };
  localStorage.setItem(`${PREFIX}${kind}/${id}`, JSON.stringify(entry));
  changed();
}

function keys(): string[] {
  try {
    const out: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX)) out.push(key);
    }
    return out;
  } catch {
    return [];
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.byteLength; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
