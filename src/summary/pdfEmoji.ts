import type { ShapingFont } from './fontkitAdapter';
import type { EmojiFont } from './pdfFonts';
import { graphemes } from './pdfTextLayout';

/*
 * Emoji in the PDF: which clusters ask to be drawn as a picture, which characters join several
 * emoji into one, and which of Noto Emoji's subsets a document needs (pdfFonts.ts loads them;
 * pdfShaping.ts picks the font each cluster is drawn with).
 */

export const isIgnorable = (ch: string) => /\p{Default_Ignorable_Code_Point}/u.test(ch);

/** Whether the font has a glyph for every visible character of the cluster. */
export const covers = (shaper: ShapingFont, cluster: string) =>
  [...cluster].every((ch) => isIgnorable(ch) || shaper.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));

/**
 * Invisible characters that make several emoji one picture: zero-width joiners (a family, a
 * rainbow flag) and tag characters (the flags of England, Scotland and Wales).
 */
export const isJoiner = (cp: number) => cp === 0x200d || (cp >= 0xe0020 && cp <= 0xe007f);
export const JOINERS = /[\u200d\u{e0020}-\u{e007f}]/u;

/** Invisible characters a glyph may take in without its text saying so: selectors and tags. */
export const FOLDED = /\p{Variation_Selector}|[\u{e0000}-\u{e007f}]/u;

/**
 * Whether a cluster asks to be drawn as an emoji picture rather than as a text symbol: it has
 * the emoji variation selector (❤️), a skin tone, a keycap, flag letters or joined emoji, or
 * is an emoji by default (🐶). The text variation selector (❤︎) asks for the opposite.
 */
export function wantsEmoji(cluster: string): boolean {
  if (cluster.includes('\ufe0e')) return false;
  if (/\ufe0f|\u20e3|\p{Emoji_Modifier}|\p{Regional_Indicator}/u.test(cluster) || /^\p{Emoji_Presentation}/u.test(cluster)) return true;
  return JOINERS.test(cluster) && /\p{Extended_Pictographic}/u.test(cluster);
}

/** Text that may hold an emoji: a word with a pictograph, a flag letter or a keycap in it. */
const EMOJI_WORDS = /\S*[\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3]\S*/gu;

const inRanges = (font: EmojiFont, cp: number) => font.ranges.some(([first, last]) => cp >= first && cp <= last);

/**
 * Which emoji fonts the text needs, as few as will do: for each emoji cluster that asks to be
 * a picture, or that the other fonts cannot draw, the emoji fonts that have all its characters
 * (by their ranges, without loading them); then one font for each cluster, preferring fonts
 * already chosen, so a heart next to a family comes from the family's font. Only words with an
 * emoji-like character are cut into clusters, so text with none costs one regular expression.
 */
export function emojiFontsNeeded(text: string, emoji: readonly EmojiFont[], styles: readonly (readonly ShapingFont[])[]): number[] {
  const options: number[][] = [];
  const seen = new Set<string>();
  for (const word of text.match(EMOJI_WORDS) ?? []) {
    for (const cluster of graphemes(word)) {
      if (seen.has(cluster)) continue;
      seen.add(cluster);
      if (!wantsEmoji(cluster) && styles.every((fonts) => fonts.some((font) => covers(font, cluster)))) continue;
      const visible = [...cluster].filter((ch) => !isIgnorable(ch)).map((ch) => ch.codePointAt(0) ?? 0);
      if (visible.length === 0) continue;
      const able = emoji.flatMap((font, i) => (visible.every((cp) => inRanges(font, cp)) ? [i] : []));
      if (able.length > 0) options.push(able);
    }
  }
  const chosen = new Set<number>();
  for (const able of options.sort((a, b) => a.length - b.length)) {
    if (!able.some((i) => chosen.has(i))) chosen.add(able[0]);
  }
  return [...chosen].sort((a, b) => a - b);
}
