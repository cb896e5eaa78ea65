import catalogueData from './catalogue.json';

/**
 * The sticker catalogue. The data lives in catalogue.json so that
 * scripts/copy-stickers.mjs can read the same list without compiling TypeScript;
 * this module only adds types, lookups and asset URLs.
 *
 * Names are not stored here: they are i18n keys `names.<id>` in the `stickers`
 * namespace (locales/<lang>/stickers.json), so translations need no code change.
 */

/** Picker order: the people a child talks about first, the harder things later. */
export const STICKER_CATEGORIES = ['people', 'pets', 'places', 'feelings', 'things', 'hard-things', 'symbols'] as const;

export type StickerCategory = (typeof STICKER_CATEGORIES)[number];

/** A skin-tone alternative of a people sticker; its id is a sticker id in its own right. */
export interface StickerTone {
  id: string;
  /** File name in assets/stickers, e.g. '1f469-1f3fd.svg'. */
  file: string;
}

export interface Sticker {
  id: string;
  category: StickerCategory;
  /** File name in assets/stickers, e.g. '1f469.svg'. */
  file: string;
  /** Skin-tone alternatives the picker can offer; the entry itself is the default tone. */
  tones?: readonly StickerTone[];
  /** Also offered as a symbol for an activity's places (e.g. a house's sign). */
  symbol?: boolean;
  /**
   * Set only on what getSticker returns for a tone id: the catalogue entry the tone
   * belongs to, so the picker can show the tone choice for a placed sticker.
   */
  toneOf?: string;
}

// The JSON's inferred type has `category: string`; the unit test checks every
// category is in STICKER_CATEGORIES, so the narrowing assertion is safe.
export const STICKERS: readonly Sticker[] = catalogueData as readonly Sticker[];

const byId = new Map<string, Sticker>();
for (const sticker of STICKERS) {
  byId.set(sticker.id, sticker);
  for (const tone of sticker.tones ?? []) {
    // A tone resolves to a full Sticker so that anything rendering a placed
    // sticker (canvas, thumbnails, export) needs only getSticker(id).file.
    byId.set(tone.id, {
      id: tone.id,
      category: sticker.category,
      file: tone.file,
      ...(sticker.symbol ? { symbol: true } : {}),
      toneOf: sticker.id,
    });
  }
}

/**
 * Looks up a catalogue entry or a tone alternative by id. Undefined for an unknown
 * id, e.g. a saved session made with a sticker since removed from the catalogue.
 */
export function getSticker(id: string): Sticker | undefined {
  return byId.get(id);
}

/** i18n key (namespace `stickers`) of a sticker's or tone's name. */
export function stickerNameKey(id: string): string {
  return `names.${id}`;
}

/** i18n key (namespace `stickers`) of a category's name. */
export function stickerCategoryKey(category: StickerCategory): string {
  return `categories.${category}`;
}

// Eager glob so that Vite emits every sticker into the build (and the service worker
// can precache them): a sticker must work offline the first time it is chosen.
const urlModules = import.meta.glob<string>('../../assets/stickers/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

const urlByFile = new Map<string, string>();
for (const [path, url] of Object.entries(urlModules)) {
  urlByFile.set(path.slice(path.lastIndexOf('/') + 1), url);
}

/**
 * The bundled URL of a sticker file (Sticker.file or StickerTone.file).
 * Throws for a file that was not bundled: files only come from the catalogue, and the
 * unit test checks they all exist, so this is a programming error, not user data.
 */
export function stickerUrl(file: string): string {
  const url = urlByFile.get(file);
  if (url === undefined) throw new Error(`Sticker file not bundled: ${file}`);
  return url;
}
