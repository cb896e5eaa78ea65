import type { StrokeItem } from '../model/types';

/**
 * A page's committed ink as a picture: the committed layer's pixels, saved (encrypted, like
 * everything else) once the page has many strokes, so that opening the page again shows one image
 * instead of tracing and filling thousands of strokes. The strokes stay the truth: a picture is
 * used only when it shows exactly the strokes the page has now, at exactly the canvas size in use
 * (see `fingerprint`), and is otherwise ignored and replaced.
 */
export interface InkPicture {
  /** Which strokes it shows, in order (see inkFingerprint). */
  fingerprint: string;
  /** Canvas size in device pixels, and page-to-pixels zoom, when it was taken. */
  width: number;
  height: number;
  zoom: number;
  png: Blob;
}

/** Where one session's page pictures are kept. Absent in practice mode, which stores nothing. */
export interface InkPictureStore {
  load(pageId: string): Promise<InkPicture | undefined>;
  save(pageId: string, picture: InkPicture): Promise<void>;
  /**
   * Starts reading every page picture of the session at once (opening straight into an activity
   * after unlocking), so the reads overlap with decrypting the sessions; `load` then takes from it.
   */
  prefetch?(): void;
}

/**
 * Below this many strokes a page paints from its strokes in a few milliseconds, faster than a
 * picture can be read and decoded, and the picture would only cost encoding time and space.
 */
export const PICTURE_MIN_STROKES = 200;

/**
 * Identifies a page's strokes in order: their count and two independent 32-bit hashes (FNV-1a
 * and a multiplicative one) over each stroke's id, colour, size, pressure mode, number of points
 * and first and last point. Strokes never change after they are committed (erasing removes them,
 * undo brings the same ones back), so the ids alone would do; the rest is cheap insurance.
 */
export function inkFingerprint(strokes: readonly StrokeItem[]): string {
  // One flat loop with the hashes in local variables: it runs over every stroke each time a large
  // page opens, and helper closures or a string per stroke made it several times slower.
  let a = 0x811c9dc5;
  let b = 0x12345678;
  let n: number;
  for (let s = 0; s < strokes.length; s++) {
    const stroke = strokes[s];
    const { id, color, points } = stroke;
    const last = points.length - 3;
    // Text by character, each followed by a separator; numbers to a thousandth, as integers.
    for (let k = 0; k <= id.length + color.length + 1 + 7; k++) {
      if (k < id.length) n = id.charCodeAt(k);
      else if (k === id.length) n = 0x10000;
      else if (k <= id.length + color.length) n = color.charCodeAt(k - id.length - 1);
      else {
        switch (k - id.length - color.length - 1) {
          case 0:
            n = 0x10001;
            break;
          case 1:
            n = Math.round(stroke.size * 1000) | 0;
            break;
          case 2:
            n = stroke.simulatePressure ? 1 : 2;
            break;
          case 3:
            n = points.length;
            break;
          case 4:
            n = Math.round(points[0] * 1000) | 0;
            break;
          case 5:
            n = Math.round(points[1] * 1000) | 0;
            break;
          case 6:
            n = Math.round(points[last] * 1000) | 0;
            break;
          default:
            n = Math.round(points[last + 1] * 1000) | 0;
        }
      }
      a = Math.imul(a ^ n, 0x01000193);
      b = Math.imul(b + n, 0x5bd1e995) ^ (b >>> 15);
    }
  }
  return `${strokes.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/** A page's picture, read and decoded; empty when there is none or it cannot be read. */
export interface DecodedPicture {
  stored?: InkPicture;
  bitmap?: ImageBitmap;
}

async function readPicture(store: InkPictureStore, pageId: string): Promise<DecodedPicture> {
  try {
    const stored = await store.load(pageId);
    if (!stored) return {};
    return { stored, bitmap: await createImageBitmap(stored.png) };
  } catch {
    return {};
  }
}

/** A read of a page's picture, and its result once there is one (so a page can use it at once). */
export interface PictureRead {
  promise: Promise<DecodedPicture>;
  value?: DecodedPicture;
}

function startRead(store: InkPictureStore, pageId: string): PictureRead {
  const read: PictureRead = { promise: readPicture(store, pageId) };
  void read.promise.then((value) => {
    read.value = value;
  });
  return read;
}

/** Reads started ahead of the page (startReadingPicture), by store and page id, each used once. */
const readsAhead = new WeakMap<InkPictureStore, Map<string, PictureRead>>();
/** A read ahead that no page picks up is let go after this long. */
const READ_AHEAD_KEEP_MS = 15_000;

/**
 * Starts reading and decoding a page's picture before the page is drawn: the app opening
 * straight into that page after unlocking knows it as soon as the sessions are decrypted, while
 * the page itself renders a moment later in one long task, after which a read started by the
 * page would only then begin to decode.
 */
export function startReadingPicture(store: InkPictureStore, pageId: string): Promise<unknown> {
  let reads = readsAhead.get(store);
  if (!reads) readsAhead.set(store, (reads = new Map()));
  const started = reads.get(pageId);
  if (started) return started.promise;
  const reading = startRead(store, pageId);
  reads.set(pageId, reading);
  setTimeout(() => {
    if (reads.get(pageId) !== reading) return;
    reads.delete(pageId);
    void reading.promise.then((picture) => picture.bitmap?.close());
  }, READ_AHEAD_KEEP_MS);
  return reading.promise;
}

/** The page's picture: the read started ahead if there is one, or a new read. */
export function pictureForPage(store: InkPictureStore, pageId: string): PictureRead {
  const reads = readsAhead.get(store);
  const early = reads?.get(pageId);
  if (early) {
    reads?.delete(pageId);
    return early;
  }
  return startRead(store, pageId);
}

/** What a vault offers for pictures (storage/vault.ts), as the canvas needs it. */
export interface PagePictureVault {
  savePagePicture(sessionId: string, pageId: string, picture: { about: string; bytes: Uint8Array }): Promise<void>;
  loadPagePicture(sessionId: string, pageId: string): Promise<{ about: string; bytes: Uint8Array } | undefined>;
  loadSessionPictures(sessionId: string): Promise<Map<string, { about: string; bytes: Uint8Array }>>;
}

const ABOUT_VERSION = 1;

/** Prefetched pictures are dropped after this long if no page asks for them. */
const PREFETCH_KEEP_MS = 15_000;

/** One session's pictures in the vault; anything unreadable counts as no picture. */
export function vaultPictureStore(vault: PagePictureVault, sessionId: string): InkPictureStore {
  let prefetched: Promise<Map<string, { about: string; bytes: Uint8Array }>> | null = null;
  // A prefetched picture is used once, and none once anything has been saved since (see save).
  const takePrefetched = async (pageId: string) => {
    const reading = prefetched;
    if (!reading) return undefined;
    const all = await reading;
    const found = all.get(pageId);
    all.delete(pageId);
    return found;
  };
  return {
    prefetch() {
      const reading = vault.loadSessionPictures(sessionId).catch(() => new Map<string, { about: string; bytes: Uint8Array }>());
      prefetched = reading;
      setTimeout(() => {
        if (prefetched === reading) prefetched = null;
      }, PREFETCH_KEEP_MS);
    },
    async load(pageId) {
      const stored = (await takePrefetched(pageId)) ?? (await vault.loadPagePicture(sessionId, pageId));
      if (!stored) return undefined;
      let about: unknown;
      try {
        about = JSON.parse(stored.about);
      } catch {
        return undefined;
      }
      if (!isAbout(about)) return undefined;
      const { fingerprint, width, height, zoom } = about;
      return { fingerprint, width, height, zoom, png: new Blob([stored.bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }) };
    },
    async save(pageId, picture) {
      prefetched = null;
      const { fingerprint, width, height, zoom } = picture;
      const about = JSON.stringify({ v: ABOUT_VERSION, fingerprint, width, height, zoom });
      await vault.savePagePicture(sessionId, pageId, { about, bytes: new Uint8Array(await picture.png.arrayBuffer()) });
    },
  };
}

function isAbout(value: unknown): value is { fingerprint: string; width: number; height: number; zoom: number } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.v === ABOUT_VERSION && typeof v.fingerprint === 'string' && typeof v.width === 'number' && typeof v.height === 'number' && typeof v.zoom === 'number'
  );
}
