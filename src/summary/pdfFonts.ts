import emojiRanges from '@fontsource/noto-emoji/unicode.json';
import emoji0 from '@fontsource/noto-emoji/files/noto-emoji-0-400-normal.woff?url';
import emoji1 from '@fontsource/noto-emoji/files/noto-emoji-1-400-normal.woff?url';
import emoji2 from '@fontsource/noto-emoji/files/noto-emoji-2-400-normal.woff?url';
import emoji3 from '@fontsource/noto-emoji/files/noto-emoji-3-400-normal.woff?url';
import emoji4 from '@fontsource/noto-emoji/files/noto-emoji-4-400-normal.woff?url';
import emoji5 from '@fontsource/noto-emoji/files/noto-emoji-5-400-normal.woff?url';
import emoji6 from '@fontsource/noto-emoji/files/noto-emoji-6-400-normal.woff?url';
import emoji7 from '@fontsource/noto-emoji/files/noto-emoji-7-400-normal.woff?url';
import emoji8 from '@fontsource/noto-emoji/files/noto-emoji-8-400-normal.woff?url';
import emoji9 from '@fontsource/noto-emoji/files/noto-emoji-9-400-normal.woff?url';
import emoji10 from '@fontsource/noto-emoji/files/noto-emoji-10-400-normal.woff?url';

/**
 * A font of emoji pictures, fetched only for a document whose text has an emoji it draws.
 * Noto Emoji comes in subsets by character (as for web pages): a summary with a dog and a
 * heart needs two small files, not the whole font.
 */
export interface EmojiFont {
  /** The code points it has glyphs for, as first-last ranges. */
  ranges: readonly (readonly [number, number])[];
  load: () => Promise<Uint8Array>;
}

/** Font files for the PDF: DejaVu Sans covers Latin (with Polish and Romanian), Greek, Cyrillic and Arabic. */
export interface PdfFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
  /**
   * Further fonts, tried in order for characters the main fonts lack (e.g. a Nastaliq or
   * emoji font for Urdu letters and emoji DejaVu does not have). A PDF embeds one only when
   * its text has such characters.
   */
  fallbacks?: Uint8Array[];
  /** Emoji fonts, tried for emoji before the others; each is loaded only when the text needs it. */
  emoji?: readonly EmojiFont[];
}

export type PdfFontLoader = () => Promise<PdfFontBytes>;

async function fetchBytes(url: URL): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the font ${url.pathname.split('/').pop() ?? ''} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** A CSS unicode-range ("U+26a7,U+1f3f3-1f3f4") as first-last code point ranges. */
export function parseUnicodeRange(css: string): [number, number][] {
  return css
    .split(',')
    .filter((range) => range.trim() !== '')
    .map((range): [number, number] => {
      const [first, last = first] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(first, 16), parseInt(last, 16)];
    });
}

/**
 * Noto Emoji's subsets, in the order of its unicode.json ("[0]" to "[10]"). The monochrome
 * font, not a colour one: pdf-lib embeds glyph outlines, and colour emoji fonts keep their
 * pictures in tables a PDF does not use. WOFF, not WOFF2: fontkit opens it several times
 * faster (zlib rather than Brotli in JavaScript). The URLs are written out so the bundler ships
 * every file, and the service worker precaches them (see vite.config.ts).
 */
const EMOJI_FILES = [emoji0, emoji1, emoji2, emoji3, emoji4, emoji5, emoji6, emoji7, emoji8, emoji9, emoji10];

const emojiBytes = new Map<number, Promise<Uint8Array>>();

function loadEmoji(index: number): Promise<Uint8Array> {
  let bytes = emojiBytes.get(index);
  if (!bytes) {
    // Fetched once per visit, as the other fonts; a failed fetch is tried again next time.
    bytes = fetchBytes(new URL(EMOJI_FILES[index], import.meta.url));
    bytes.catch(() => emojiBytes.delete(index));
    emojiBytes.set(index, bytes);
  }
  return bytes;
}

const ranges: Record<string, string> = emojiRanges;

export const NOTO_EMOJI: readonly EmojiFont[] = EMOJI_FILES.map((_, index) => ({
  ranges: parseUnicodeRange(ranges[`[${index}]`] ?? ''),
  load: () => loadEmoji(index),
}));

/**
 * The bundled fonts, fetched from the app's own files (precached, so this works offline).
 * The URLs are written out in full so the bundler finds and ships every file.
 */
let bundled: Promise<PdfFontBytes> | null = null;

export const loadBundledPdfFonts: PdfFontLoader = () => {
  // Fetched once per visit: a worker often exports several files from one review.
  bundled ??= Promise.all([
    fetchBytes(new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url)),
    fetchBytes(new URL('../../assets/fonts/DejaVuSans-Bold.ttf', import.meta.url)),
    // DejaVu lacks Urdu's ہ, ے and ۔ (and more): Noto Sans Arabic has them.
    fetchBytes(new URL('../../assets/fonts/NotoSansArabic-Regular.ttf', import.meta.url)),
  ]).then(([regular, bold, arabic]) => ({ regular, bold, fallbacks: [arabic], emoji: NOTO_EMOJI }));
  // A failed fetch is not remembered, so the next export tries again.
  bundled.catch(() => {
    bundled = null;
  });
  return bundled;
};
