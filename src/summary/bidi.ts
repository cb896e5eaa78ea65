import bidiFactory from 'bidi-js';

/*
 * Direction of text, from the Unicode Bidirectional Algorithm (UAX #9) as the bidi-js package
 * implements it (explicit embeddings, isolates, bracket pairs and mirroring included; it passes
 * Unicode's own conformance tests). pdf-lib draws glyphs left to right and knows nothing of
 * direction, so the PDF writer needs the visual order itself; the Word writer needs each
 * paragraph's direction.
 */

export type Direction = 'ltr' | 'rtl';

const bidi = bidiFactory();

/** A character of each class bidi-js knows, standing in for a character outside the BMP. */
const STAND_IN: Record<string, string> = {
  L: 'a',
  R: '\u05d0',
  AL: '\u0627',
  EN: '0',
  ES: '+',
  ET: '#',
  AN: '\u0660',
  CS: ',',
  B: '\u2029',
  S: '\t',
  WS: ' ',
  ON: '!',
  BN: '\u200b',
  NSM: '\u0300',
  LRO: '\u202d',
  RLO: '\u202e',
  LRE: '\u202a',
  RLE: '\u202b',
  PDF: '\u202c',
  LRI: '\u2066',
  RLI: '\u2067',
  FSI: '\u2068',
  PDI: '\u2069',
};

/**
 * bidi-js classes each UTF-16 code unit on its own, so the two halves of an emoji or of an
 * Adlam letter would count as left-to-right letters. Each such character is given to it as two
 * copies of a BMP character of its own class: same length, same levels.
 */
function forBidi(text: string): string {
  if (!/[\ud800-\udbff]/.test(text)) return text;
  let out = '';
  for (const ch of text) out += ch.length === 2 ? (STAND_IN[bidi.getBidiCharTypeName(ch)] ?? 'a').repeat(2) : ch;
  return out;
}

const STRONG = new Set(['L', 'R', 'AL']);

/** Whether the text has a strong character (a letter with a direction) for rule P2 to find. */
function hasStrong(text: string): boolean {
  for (const ch of text) if (STRONG.has(bidi.getBidiCharTypeName(ch))) return true;
  return false;
}

export interface ParagraphLevels {
  direction: Direction;
  /** The embedding level of each UTF-16 code unit; odd levels are right to left. */
  levels: Uint8Array;
}

/**
 * Embedding levels for one paragraph (no paragraph breaks inside). 'auto' takes the direction
 * from the first strong character, as a browser does for dir="auto"; `fallback` applies when
 * there is none (bidi-js would say left to right).
 */
export function paragraphLevels(text: string, direction: Direction | 'auto', fallback: Direction): ParagraphLevels {
  const source = forBidi(text);
  const base = direction === 'auto' && !hasStrong(source) ? fallback : direction;
  const { levels, paragraphs } = bidi.getEmbeddingLevels(source, base);
  const level = paragraphs[0]?.level ?? (base === 'rtl' ? 1 : 0);
  return { direction: level % 2 === 1 ? 'rtl' : 'ltr', levels };
}

/** The direction of a paragraph of text (its first strong character), else the fallback. */
export function textDirection(text: string, fallback: Direction): Direction {
  return paragraphLevels(text, 'auto', fallback).direction;
}

/**
 * Visual order for one line (rule L2): indices into the line's units, left to right, from
 * each unit's level. Trailing whitespace must already be at the paragraph level (rule L1) or
 * removed.
 */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, i) => i);
  if (levels.length === 0) return order;
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd && level > 0; level--) {
    let i = 0;
    while (i < order.length) {
      if (levels[order[i]] < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && levels[order[j]] >= level) j++;
      const reversed = order.slice(i, j).reverse();
      order.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  return order;
}

/** The mirrored form a character takes at a right-to-left level (rule L4), if it has one. */
export function mirrored(ch: string): string | undefined {
  return bidi.getMirroredCharacter(ch) ?? undefined;
}
