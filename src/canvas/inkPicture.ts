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
  // Numbers and characters go straight into the hashes: building a string per stroke made this
  // take a good part of opening a page of 5,000 strokes (mostly in garbage collection).
  let a = 0x811c9dc5;
  let b = 0x12345678;
  const add = (n: number) => {
    a = Math.imul(a ^ n, 0x01000193);
    b = Math.imul(b + n, 0x5bd1e995) ^ (b >>> 15);
  };
  const addText = (text: string) => {
    for (let i = 0; i < text.length; i++) add(text.charCodeAt(i));
    add(0x10000);
  };
  // Page coordinates to a thousandth, as integers.
  const addNumber = (n: number) => add(Math.round(n * 1000) | 0);
  for (const stroke of strokes) {
    const p = stroke.points;
    addText(stroke.id);
    addText(stroke.color);
    addNumber(stroke.size);
    add(stroke.simulatePressure ? 1 : 2);
    add(p.length);
    addNumber(p[0]);
    addNumber(p[1]);
    addNumber(p[p.length - 3]);
    addNumber(p[p.length - 2]);
  }
  return `${strokes.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/** What a vault offers for pictures (storage/vault.ts), as the canvas needs it. */
export interface PagePictureVault {
  savePagePicture(sessionId: string, pageId: string, picture: { about: string; bytes: Uint8Array }): Promise<void>;
  loadPagePicture(sessionId: string, pageId: string): Promise<{ about: string; bytes: Uint8Array } | undefined>;
}

const ABOUT_VERSION = 1;

/** One session's pictures in the vault; anything unreadable counts as no picture. */
export function vaultPictureStore(vault: PagePictureVault, sessionId: string): InkPictureStore {
  return {
    async load(pageId) {
      const stored = await vault.loadPagePicture(sessionId, pageId);
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
    v.v === ABOUT_VERSION &&
    typeof v.fingerprint === 'string' &&
    typeof v.width === 'number' &&
    typeof v.height === 'number' &&
    typeof v.zoom === 'number'
  );
}
