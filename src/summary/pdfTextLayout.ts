import { mirrored, paragraphLevels, visualOrder } from './bidi';
import type { Direction } from './bidi';

/**
 * Line breaking and visual ordering for the PDF writer, independent of pdf-lib so it can be
 * tested on its own. Text is cut into grapheme clusters (never splitting a letter from its
 * accents or an emoji from its modifiers), wrapped by measured width, put in visual order and
 * grouped into pieces that one font can draw in one go.
 */

/** What the layout needs to know about the fonts; the PDF writer implements it with pdf-lib. */
export interface TextMeasurer {
  /** Which font draws this cluster (0 = the main one, then fallbacks), or -1 when none can. */
  fontFor(cluster: string): number;
  /** Advance width of the text in that font at the current size, as it will be drawn. */
  width(text: string, font: number): number;
  /** The direction the shaping engine will lay this text out in (it decides from the script). */
  shapingDirection(text: string, font: number): Direction;
}

/** One run of glyphs to draw at one position. */
export interface TextPiece {
  /** What to hand the font: logical order; the shaper reverses right-to-left scripts itself. */
  draw: string;
  /**
   * What the piece stands for when that differs from `draw` (a mirrored bracket, a character
   * no font has), so that copying text out of the PDF gives the original back.
   */
  actual?: string;
  font: number;
  width: number;
  /** True when the shaper lays `draw` out right to left. */
  rtl: boolean;
  /** Its embedding level from the bidi algorithm: odd for right to left. */
  level: number;
  /** Where it starts in the line's text: the PDF gives its pieces in this (reading) order. */
  at: number;
}

export interface TextLine {
  /** Left to right as they appear on the page. */
  pieces: TextPiece[];
  width: number;
}

export interface ParagraphLayout {
  direction: Direction;
  lines: TextLine[];
}

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** Whether a character always belongs to the one before it: marks, joiners, selectors, skin tones. */
function extendsPrevious(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (
    /\p{M}/u.test(ch) ||
    cp === 0x200c ||
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

/** Grapheme clusters by the rules that matter here; for browsers without Intl.Segmenter. */
export function approximateGraphemes(text: string): string[] {
  const clusters: string[] = [];
  for (const ch of text) {
    const last = clusters.length - 1;
    if (last >= 0 && (extendsPrevious(ch) || clusters[last].endsWith('\u200d'))) clusters[last] += ch;
    else clusters.push(ch);
  }
  return clusters;
}

/**
 * Text in which every character is a cluster of its own: printable Latin (with the accented
 * letters of Polish, Romanian and the rest), spacing modifiers, dashes and quotation marks.
 * None of these joins a neighbour (no combining marks, joiners, line breaks or emoji), so
 * splitting such text into characters is exactly what the segmenter would do, only cheaper.
 */
const ONE_CHARACTER_CLUSTERS = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027]*$/;

/** Grapheme clusters ("user-perceived characters"): a letter with its accents, a whole emoji. */
export function graphemes(text: string): string[] {
  if (ONE_CHARACTER_CLUSTERS.test(text)) return text.split('');
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : approximateGraphemes(text);
}

/**
 * Invisible direction controls: they take part in resolving direction (an isolate the child's
 * keyboard put in, say), then are left out of the drawing, as no font draws them.
 */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/gu;

/**
 * What gets drawn for a paragraph: tabs become spaces, other control characters, which no
 * font draws, are dropped. The exported text and JSON keep them; only the PDF drawing changes.
 */
export function drawableText(text: string): string {
  return text
    .replace(/\t/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(BIDI_CONTROLS, '');
}

/** Splits text into paragraphs at line breaks, which the writers honour as the child typed them. */
export function splitParagraphs(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029\u0085]/u);
}

/** Ordinary breaking spaces; no-break spaces stay inside words. */
const isBreakingSpace = (cluster: string) => /^[ \u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+$/u.test(cluster);

interface Cluster {
  text: string;
  level: number;
  font: number;
  space: boolean;
}

function clusterWidth(c: Cluster, m: TextMeasurer): number {
  const { draw, font } = drawForm(c, m);
  return m.width(draw, font);
}

/**
 * What is drawn for a cluster no font has a glyph for. The font's missing-glyph box (.notdef)
 * is not an option: PDF/A-2 forbids drawing it, and a box tells the reader nothing. U+FFFD is
 * Unicode's own sign for "a character that cannot be shown here", so the reader sees that the
 * child wrote something, and the piece's ActualText keeps the child's real characters, so
 * copying or searching the PDF still finds them. A question mark stands in if no font has
 * U+FFFD either (every text font has one).
 */
export const SUBSTITUTE = '\uFFFD';

/** The text and font a cluster is drawn with: itself, or the substitute when no font has it. */
function drawForm(c: Cluster, m: TextMeasurer): { draw: string; font: number } {
  if (c.font >= 0) return { draw: c.text, font: c.font };
  // Invisible characters no font has are simply left out of the drawing.
  if (/^\p{Default_Ignorable_Code_Point}*$/u.test(c.text)) return { draw: '', font: 0 };
  const font = m.fontFor(SUBSTITUTE);
  return font >= 0 ? { draw: SUBSTITUTE, font } : { draw: '?', font: 0 };
}

/** Width of logically consecutive clusters, measured in runs of one font as they will be shaped. */
function runWidth(clusters: readonly Cluster[], m: TextMeasurer): number {
  let total = 0;
  let i = 0;
  while (i < clusters.length) {
    const font = clusters[i].font;
    if (font < 0) {
      total += clusterWidth(clusters[i], m);
      i++;
      continue;
    }
    let j = i;
    let text = '';
    while (j < clusters.length && clusters[j].font === font) text += clusters[j++].text;
    total += m.width(text, font);
    i = j;
  }
  return total;
}

/** Breaks a word wider than the line into cluster groups that fit, at least one cluster each. */
function breakLongWord(word: Cluster[], maxWidth: number, m: TextMeasurer): Cluster[][] {
  const parts: Cluster[][] = [];
  let current: Cluster[] = [];
  for (const c of word) {
    if (current.length > 0 && runWidth([...current, c], m) > maxWidth) {
      parts.push(current);
      current = [];
    }
    current.push(c);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** Greedy wrapping in logical order; returns each line's clusters with its trailing spaces removed. */
function wrap(clusters: Cluster[], maxWidth: number, m: TextMeasurer): Cluster[][] {
  const tokens: { clusters: Cluster[]; space: boolean }[] = [];
  for (const c of clusters) {
    const last = tokens[tokens.length - 1];
    if (last && last.space === c.space) last.clusters.push(c);
    else tokens.push({ clusters: [c], space: c.space });
  }

  const lines: Cluster[][] = [];
  let line: Cluster[] = [];
  let lineWidth = 0;
  let pendingSpace: Cluster[] = [];
  const hasWords = () => line.some((c) => !c.space);
  const flush = () => {
    lines.push(line);
    line = [];
    lineWidth = 0;
    pendingSpace = [];
  };

  for (const token of tokens) {
    if (token.space) {
      // Spaces the child typed at the very start are kept; spaces at a wrap are not drawn.
      if (lines.length === 0 && line.length === 0) {
        line.push(...token.clusters);
        lineWidth += runWidth(token.clusters, m);
      } else {
        pendingSpace = token.clusters;
      }
      continue;
    }
    const wordWidth = runWidth(token.clusters, m);
    const spaceWidth = pendingSpace.length > 0 ? runWidth(pendingSpace, m) : 0;
    if (lineWidth + spaceWidth + wordWidth <= maxWidth) {
      line.push(...pendingSpace, ...token.clusters);
      lineWidth += spaceWidth + wordWidth;
      pendingSpace = [];
      continue;
    }
    if (hasWords()) flush();
    pendingSpace = [];
    const startWidth = lineWidth;
    if (startWidth + wordWidth <= maxWidth) {
      line.push(...token.clusters);
      lineWidth += wordWidth;
      continue;
    }
    const parts = breakLongWord(token.clusters, maxWidth - startWidth, m);
    const rest = parts.length > 1 ? breakLongWord(parts.slice(1).flat(), maxWidth, m) : [];
    line.push(...parts[0]);
    for (const part of rest) {
      flush();
      line.push(...part);
    }
    lineWidth = runWidth(line, m);
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map((l) => {
    let end = l.length;
    while (end > 0 && l[end - 1].space && l.some((c) => !c.space)) end--;
    return l.slice(0, end);
  });
}

/** Pieces for one line, left to right. */
function piecesForLine(line: Cluster[], m: TextMeasurer): TextPiece[] {
  const order = visualOrder(line.map((c) => c.level));
  const pieces: TextPiece[] = [];
  const single = (at: number): TextPiece => {
    const c = line[at];
    const odd = c.level % 2 === 1;
    const mirror = odd ? mirrored(c.text) : undefined;
    if (mirror !== undefined) {
      const font = Math.max(0, m.fontFor(mirror));
      return { draw: mirror, actual: c.text, font, width: m.width(mirror, font), rtl: odd, level: c.level, at };
    }
    const { draw, font } = drawForm(c, m);
    return {
      at,
      level: c.level,
      draw,
      actual: c.font < 0 ? c.text : undefined,
      font,
      width: m.width(draw, font),
      rtl: m.shapingDirection(draw, font) === 'rtl',
    };
  };
  const isSpecial = (c: Cluster) => c.font < 0 || (c.level % 2 === 1 && mirrored(c.text) !== undefined);

  let i = 0;
  while (i < order.length) {
    const first = line[order[i]];
    if (isSpecial(first)) {
      pieces.push(single(order[i]));
      i++;
      continue;
    }
    // A piece: clusters next to each other both on the page and in the text, same level, same font.
    const odd = first.level % 2 === 1;
    let j = i + 1;
    while (j < order.length) {
      const c = line[order[j]];
      const step = order[j] - order[j - 1];
      if (isSpecial(c) || c.level !== first.level || c.font !== first.font || step !== (odd ? -1 : 1)) break;
      j++;
    }
    const group = order.slice(i, j);
    const logical = odd ? [...group].reverse() : group;
    const text = logical.map((k) => line[k].text).join('');
    const shaped = m.shapingDirection(text, first.font);
    if ((shaped === 'rtl') === odd) {
      pieces.push({ draw: text, font: first.font, width: m.width(text, first.font), rtl: odd, level: first.level, at: logical[0] });
    } else {
      // The shaper would order these the other way (e.g. Arabic-Indic digits, which it
      // reverses, or neutrals at a right-to-left level): draw them one by one instead.
      for (const k of group) pieces.push(single(k));
    }
    i = j;
  }
  return pieces;
}

/**
 * Lays out one paragraph (no line breaks inside) in lines no wider than maxWidth.
 * direction 'auto' takes it from the first strong character, as a browser does for
 * dir="auto"; the fallback applies when there is none.
 */
export function layoutParagraph(text: string, maxWidth: number, measurer: TextMeasurer, direction: Direction | 'auto', fallback: Direction): ParagraphLayout {
  // Direction controls stay in for the algorithm, and are dropped from what is drawn.
  const withControls = text.replace(/\t/g, ' ').replace(/\p{Cc}/gu, '');
  const { direction: resolved, levels } = paragraphLevels(withControls, direction, fallback);
  const clusters: Cluster[] = [];
  let offset = 0;
  for (const unit of graphemes(withControls)) {
    const drawn = unit.replace(BIDI_CONTROLS, '');
    // A cluster takes the level of its first character (its marks follow it, rule W1).
    const first = offset + unit.search(/[^\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/u);
    offset += unit.length;
    if (drawn === '') continue;
    clusters.push({ text: drawn, level: levels[first], font: measurer.fontFor(drawn), space: isBreakingSpace(drawn) });
  }
  const lines = wrap(clusters, maxWidth, measurer).map((line) => {
    const pieces = piecesForLine(line, measurer);
    return { pieces, width: pieces.reduce((sum, p) => sum + p.width, 0) };
  });
  return { direction: resolved, lines };
}
