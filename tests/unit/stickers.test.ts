import stickerNames from '../../locales/en-GB/stickers.json';
import { STICKERS, STICKER_CATEGORIES, getSticker, stickerNameKey, stickerUrl } from '../../src/stickers/catalogue';

// Listed through Vite rather than node:fs: the app's tsconfig has no Node types, and the
// glob is exactly what the build will bundle. Lazy (not eager) so nothing is loaded.
const shippedFiles = Object.keys(import.meta.glob('../../assets/stickers/*.svg')).map((path) => path.slice(path.lastIndexOf('/') + 1));

const names: Record<string, string> = stickerNames.names;
const categoryNames: Record<string, string> = stickerNames.categories;

/** Every sticker id with its file: catalogue entries and their tone alternatives. */
const allEntries = STICKERS.flatMap((s) => [{ id: s.id, file: s.file }, ...(s.tones ?? [])]);

describe('sticker catalogue', () => {
  it('has enough stickers to talk about a child’s whole world', () => {
    expect(STICKERS.length).toBeGreaterThanOrEqual(48);
  });

  it('has unique ids, tones included', () => {
    const ids = allEntries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses kebab-case ids', () => {
    for (const { id } of allEntries) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('puts every sticker in a known category, and every category has stickers', () => {
    for (const s of STICKERS) expect(STICKER_CATEGORIES).toContain(s.category);
    for (const c of STICKER_CATEGORIES) expect(STICKERS.some((s) => s.category === c)).toBe(true);
  });

  it('ships a file for every sticker and tone, and bundles it', () => {
    for (const { id, file } of allEntries) {
      expect(shippedFiles, id).toContain(file);
      expect(stickerUrl(file)).toEqual(expect.any(String));
    }
  });

  it('ships no sticker file the catalogue does not use', () => {
    const used = new Set(allEntries.map((e) => e.file));
    expect(shippedFiles.filter((f) => !used.has(f))).toEqual([]);
  });

  it('names every sticker, tone and category in English, with unambiguous tone names', () => {
    for (const { id } of allEntries) expect(names[id], id).toBeTruthy();
    for (const c of STICKER_CATEGORIES) expect(categoryNames[c], c).toBeTruthy();
    const labels = allEntries.map((e) => names[e.id]);
    expect(new Set(labels).size).toBe(labels.length);
    const ids = new Set(allEntries.map((e) => e.id));
    expect(Object.keys(names).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has the stickers other tests and the practice guidance rely on', () => {
    const required = { mum: 'Mum', dad: 'Dad', dog: 'Dog', school: 'School', heart: 'Heart', 'broken-heart': 'Broken heart' };
    for (const [id, name] of Object.entries(required)) {
      expect(getSticker(id)?.id).toBe(id);
      expect(names[id]).toBe(name);
    }
  });

  it('offers Mum and Dad in several skin tones', () => {
    expect(getSticker('mum')?.tones?.length).toBeGreaterThanOrEqual(3);
    expect(getSticker('dad')?.tones?.length).toBeGreaterThanOrEqual(3);
  });

  it('resolves a tone id to its own file and its parent sticker', () => {
    const mum = getSticker('mum');
    const tone = mum?.tones?.[0];
    expect(tone).toBeDefined();
    const resolved = getSticker(tone!.id);
    expect(resolved).toMatchObject({ id: tone!.id, file: tone!.file, category: 'people', toneOf: 'mum' });
    expect(resolved?.tones).toBeUndefined();
  });

  it('marks sky and magic stickers as place symbols', () => {
    const symbols = STICKERS.filter((s) => s.symbol).map((s) => s.id);
    expect(symbols).toEqual(expect.arrayContaining(['sun', 'rainbow', 'star', 'moon', 'magic-wand']));
  });

  it('returns undefined for an unknown id and throws for an unbundled file', () => {
    expect(getSticker('no-such-sticker')).toBeUndefined();
    expect(() => stickerUrl('no-such-file.svg')).toThrow();
    expect(stickerNameKey('mum')).toBe('names.mum');
  });
});
