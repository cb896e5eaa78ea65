import { parseFont, rememberShaping } from './fontkitAdapter';
import type { GlyphRun, ShapingFont } from './fontkitAdapter';
import { beginText, endText, popGraphicsState, pushGraphicsState, setFillingColor, setFontAndSize, setTextMatrix, showText } from 'pdf-lib';
import type { Color, PDFDocument, PDFFont, PDFName, PDFOperator, PDFPage } from 'pdf-lib';
import { mirrored } from './bidi';
import type { Direction } from './bidi';
import type { PdfFontLoader } from './pdfFonts';
import { showRun } from './pdfGlyphRuns';
import { spansOnly } from './pdfTags';
import type { TextMarker } from './pdfTags';
import { FOLDED, JOINERS, covers, emojiFontsNeeded, isIgnorable, isJoiner, wantsEmoji } from './pdfEmoji';
import { graphemes, layoutParagraph, splitParagraphs } from './pdfTextLayout';
import type { TextLine, TextMeasurer } from './pdfTextLayout';

/*
 * Text shaping for the PDF: the fonts (parsed once per visit, embedded as subsets per
 * document), measuring and laying out text with pdfTextLayout, and drawing laid-out lines.
 * Knows nothing of the summary or of pages' flow.
 */

/** Line height as a multiple of the font size. */
export const LINE_SPACING = 1.35;

/** One style's fonts: the main one first, then the fallbacks, each with the shaper pdf-lib uses. */
export interface StyleFonts {
  fonts: PDFFont[];
  shapers: ShapingFont[];
  /** Where the emoji fonts start among them (they come last); fonts.length when there are none. */
  emojiFrom: number;
}

export type Style = 'regular' | 'bold';

export interface LaidOutText {
  lines: { line: TextLine; direction: Direction }[];
  size: number;
  lineHeight: number;
  height: number;
}

/**
 * Fonts parsed once per visit, by the very bytes they came from (the bundled fonts are loaded
 * once per visit too; see pdfFonts). Parsing, and reading the tables shaping needs, is much of
 * the cost of a PDF's first text, and the same font serves every PDF: what is particular to
 * one document (the subset of glyphs used) is kept by pdf-lib, not in the font.
 */
const parsedFonts = new WeakMap<Uint8Array, ShapingFont>();

/**
 * How each font shaped each string, for the document being written. The layout measures a
 * string, asks its direction and draws it, and pdf-lib shapes it once more to encode it; words
 * also repeat between the summary and its map insert. The shaped result depends only on the
 * font and the text, so within a document each string is shaped once. A new document starts
 * afresh (see startShaping), so every PDF does its own shaping.
 */
const shapedRuns = new WeakMap<ShapingFont, Map<string, GlyphRun>>();

function parsedFont(data: Uint8Array): ShapingFont {
  let font = parsedFonts.get(data);
  if (!font) {
    const parsed = parseFont(data);
    rememberShaping(parsed, () => shapedRuns.get(parsed));
    font = parsed;
    parsedFonts.set(data, font);
  }
  return font;
}

/** A new document: its fonts shape every string afresh, and remember it only for this document. */
function startShaping(font: ShapingFont): ShapingFont {
  shapedRuns.set(font, new Map());
  return font;
}

/** Holds the fonts and draws laid-out lines; knows nothing of the summary. */
export class TextEngine {
  private readonly fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();
  private readonly directionCache = new Map<string, Direction>();
  private readonly advanceCache = new Map<string, number>();
  private readonly layoutCache = new Map<string, LaidOutText>();
  private readonly fontForCache = new Map<string, number>();
  private readonly joinsCache = new WeakMap<ShapingFont, Map<string, boolean>>();
  readonly fallbackDirection: Direction;
  private readonly styles: Record<Style, StyleFonts>;

  constructor(styles: Record<Style, StyleFonts>, fallbackDirection: Direction) {
    this.styles = styles;
    this.fallbackDirection = fallbackDirection;
  }

  /**
   * Whether the font makes one glyph of the cluster's joined emoji, taking in every joiner
   * (fontkit keeps a ligature's characters with its glyph; a joiner left over on its own would
   * be swapped for a space).
   */
  private joinsWhole(shaper: ShapingFont, cluster: string): boolean {
    let joins = this.joinsCache.get(shaper);
    if (!joins) {
      joins = new Map();
      this.joinsCache.set(shaper, joins);
    }
    let whole = joins.get(cluster);
    if (whole === undefined) {
      const count = (codePoints: number[]) => codePoints.filter(isJoiner).length;
      const joiners = count([...cluster].map((ch) => ch.codePointAt(0) ?? 0));
      whole = joiners > 0 && shaper.layout(cluster).glyphs.reduce((sum, glyph) => sum + count(glyph.codePoints), 0) === joiners;
      joins.set(cluster, whole);
    }
    return whole;
  }

  /**
   * What is actually shaped and drawn, as runs split at zero-width non-joiners. Invisible
   * characters are taken out: the shaper swaps them for a space glyph and zero advance, but
   * pdf-lib draws with glyph advances, so they would open gaps. A zero-width non-joiner (common
   * in Persian and Urdu) is honoured by shaping the text on each side of it on its own.
   * Variation selectors stay: the shaper folds them into the glyph before them, or drops them
   * when there is none, so they never show as a missing glyph. The joiners of a joined emoji
   * stay when the font draws it as one picture (👨‍👩‍👧); otherwise its emoji are drawn side by side.
   */
  private drawnRuns(text: string, shaper: ShapingFont): string[] {
    // Most text has no invisible characters at all: one run, as it is.
    if (!/\p{Default_Ignorable_Code_Point}/u.test(text)) return text === '' ? [] : [text];
    const clusters = JOINERS.test(text) ? graphemes(text) : [text];
    const kept = clusters.map((cluster) => {
      const joined = JOINERS.test(cluster) && this.joinsWhole(shaper, cluster);
      return [...cluster]
        .filter((ch) => {
          if (!isIgnorable(ch)) return true;
          const cp = ch.codePointAt(0) ?? 0;
          return cp === 0x200c || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (joined && isJoiner(cp));
        })
        .join('');
    });
    return kept
      .join('')
      .split('\u200c')
      .filter((run) => run !== '');
  }

  /**
   * Which font draws a cluster: the first that has all its characters, with the emoji fonts
   * tried first for a cluster that asks to be an emoji (DejaVu has a text heart, but "❤️" asks
   * for the picture). A whole grapheme cluster always goes to one font, so an emoji's skin
   * tone, selector and joined parts are shaped together; of the fonts that have every part of
   * a joined emoji, the first that draws it as one picture is taken.
   */
  private fontFor(style: Style, cluster: string): number {
    const key = `${style}\u0000${cluster}`;
    let font = this.fontForCache.get(key);
    if (font === undefined) {
      const { shapers, emojiFrom } = this.styles[style];
      const order = shapers.map((_, i) => i);
      if (emojiFrom < shapers.length && wantsEmoji(cluster)) order.unshift(...order.splice(emojiFrom));
      const able = order.filter((i) => covers(shapers[i], cluster));
      const joined = able.length > 1 && JOINERS.test(cluster) ? able.find((i) => this.joinsWhole(shapers[i], cluster)) : undefined;
      font = joined ?? able[0] ?? -1;
      this.fontForCache.set(key, font);
    }
    return font;
  }

  measurer(style: Style, size: number): TextMeasurer {
    const { shapers } = this.styles[style];
    return {
      fontFor: (cluster) => this.fontFor(style, cluster),
      width: (text, font) => (this.advance(style, font, text) * size) / 1000,
      shapingDirection: (text, font) => {
        const key = `${style}\u0000${font}\u0000${text}`;
        let direction = this.directionCache.get(key);
        if (direction === undefined) {
          direction = shapers[font].layout(this.drawnRuns(text, shapers[font]).join('')).direction === 'rtl' ? 'rtl' : 'ltr';
          this.directionCache.set(key, direction);
        }
        return direction;
      },
    };
  }

  /**
   * Advance of the text in thousandths of the font size, as PDF viewers will place it. pdf-lib
   * leaves the missing-glyph box out of the font's width table, so viewers give it the default
   * width of a whole em; measuring it the same way keeps what follows from overlapping it.
   */
  private advance(style: Style, font: number, text: string): number {
    const key = `${style}\u0000${font}\u0000${text}`;
    let advance = this.advanceCache.get(key);
    if (advance === undefined) {
      const shaper = this.styles[style].shapers[font];
      const perUnit = 1000 / shaper.unitsPerEm;
      advance = 0;
      for (const run of this.drawnRuns(text, shaper)) {
        for (const glyph of shaper.layout(run).glyphs) advance += glyph.id === 0 ? 1000 : glyph.advanceWidth * perUnit;
      }
      this.advanceCache.set(key, advance);
    }
    return advance;
  }

  /**
   * Lays text out in lines. The same text is often laid out twice (measured to keep an entry
   * on one page, then written), so each result is kept for the document.
   */
  layout(text: string, style: Style, size: number, width: number, direction: Direction | 'auto'): LaidOutText {
    const key = `${style}\u0000${size}\u0000${width}\u0000${direction}\u0000${text}`;
    let laid = this.layoutCache.get(key);
    if (!laid) {
      laid = this.layoutUncached(text, style, size, width, direction);
      this.layoutCache.set(key, laid);
    }
    return laid;
  }

  private layoutUncached(text: string, style: Style, size: number, width: number, direction: Direction | 'auto'): LaidOutText {
    const measurer = this.measurer(style, size);
    const lines: LaidOutText['lines'] = [];
    for (const paragraph of splitParagraphs(text)) {
      const laid = layoutParagraph(paragraph, width, measurer, direction, this.fallbackDirection);
      for (const line of laid.lines) lines.push({ line, direction: laid.direction });
    }
    const lineHeight = size * LINE_SPACING;
    return { lines, size, lineHeight, height: lines.length * lineHeight };
  }

  private fontKey(page: PDFPage, font: PDFFont): PDFName {
    let keys = this.fontKeys.get(page);
    if (!keys) {
      keys = new Map();
      this.fontKeys.set(page, keys);
    }
    let key = keys.get(font);
    if (!key) {
      key = page.node.newFontDictionary(font.name, font.ref);
      keys.set(font, key);
    }
    return key;
  }

  /**
   * Draws a laid-out line. Its pieces go into the content in reading order, each placed where it
   * appears, so that readers that follow the content stream get the text as it is read. The
   * pieces that need no ActualText share a text object; each that does has one of its own, and
   * the marker marks each text object (as content of a structure element, or just with its
   * ActualText inside an artifact).
   */
  drawLine(page: PDFPage, line: TextLine, x: number, baseline: number, style: Style, size: number, color: Color, marker: TextMarker = spansOnly): void {
    const { fonts, shapers, emojiFrom } = this.styles[style];
    const drawn: { at: number; font: number; ops: PDFOperator[]; actualText?: string }[] = [];
    let cursor = x;
    line.pieces.forEach((piece, index) => {
      const after = index > 0 ? line.pieces[index - 1] : undefined;
      const runs = this.drawnRuns(piece.draw, shapers[piece.font]);
      if (runs.length > 0) {
        // ActualText tells text extraction what a mirrored bracket or a missing glyph stands for.
        // A left-to-right piece just right of a right-to-left one on the page starts with a
        // left-to-right mark in its ActualText: pdftotext takes everything up to the next left-to-right letter
        // into the right-to-left run it reverses, so a space or a bracket between would end up
        // at that run's other end ("said مرحبا‬to"); the mark stops the run where it ends.
        // An emoji piece always states its text: the monochrome font draws 👍 and 👍🏽 with one
        // glyph, and the ToUnicode map can give a glyph only one text, so without it the skin
        // tone (or a selector or joiner the font folds in) would not copy out. So does a
        // left-to-right piece with a variation selector or tag in any font ("❤︎" drawn with
        // DejaVu's heart, which plain "❤" shares).
        const folded = piece.font >= emojiFrom || (piece.level % 2 === 0 && FOLDED.test(piece.draw));
        const stated = piece.actual ?? (folded ? piece.draw : undefined);
        const actualText = after !== undefined && after.level % 2 === 1 && piece.level % 2 === 0 ? `\u200e${piece.actual ?? piece.draw}` : stated;
        // A bracket in right-to-left text is shown mirrored. It is drawn as itself, flipped, rather
        // than as its mirror image's glyph: its own character then copies out, both from the
        // structure (which ignores ActualText) and through pdftotext.
        if (piece.rtl && piece.actual !== undefined && mirrored(piece.actual) === piece.draw) {
          const flipped = [setTextMatrix(-1, 0, 0, 1, cursor + piece.width, baseline), showText(fonts[piece.font].encodeText(piece.actual))];
          drawn.push({ at: piece.at, font: piece.font, ops: flipped });
          cursor += piece.width;
          return;
        }
        const shown: PDFOperator[][] = [];
        let runX = cursor;
        for (const run of piece.rtl ? [...runs].reverse() : runs) {
          const { ops, advance } = showRun(fonts[piece.font], shapers[piece.font], run, runX, baseline, size, piece.rtl);
          shown.push(ops);
          runX += (advance * size) / 1000;
        }
        // Right-to-left runs (split at zero-width non-joiners) are read from the rightmost.
        const ops = (piece.rtl ? shown.reverse() : shown).flat();
        drawn.push({ at: piece.at, font: piece.font, ops, actualText });
      }
      cursor += piece.width;
    });
    drawn.sort((a, b) => a.at - b.at);
    const parts: { ops: PDFOperator[]; actualText?: string }[] = [];
    let current = -1;
    for (const piece of drawn) {
      let part = parts[parts.length - 1];
      if (!part || part.actualText !== undefined || piece.actualText !== undefined) {
        part = { ops: [], actualText: piece.actualText };
        parts.push(part);
      }
      if (piece.font !== current) part.ops.push(setFontAndSize(this.fontKey(page, fonts[piece.font]), size));
      current = piece.font;
      part.ops.push(...piece.ops);
    }
    // An empty line is still marked, as it always was.
    if (parts.length === 0) parts.push({ ops: [] });
    // Each part is marked around its text object, inside the graphics state: pdftotext places a
    // span's ActualText with the font current at the span's end, which a Q before it would undo.
    const ops = [pushGraphicsState(), setFillingColor(color)];
    for (const part of parts) ops.push(...marker.begin(part.actualText), beginText(), ...part.ops, endText(), ...marker.end(part.actualText));
    ops.push(popGraphicsState());
    page.pushOperators(...ops);
  }
}

/**
 * The six-capital tag PDF gives a subset font's name ("ABCDEF+DejaVuSans"), so readers know it
 * is a subset. Made from a hash rather than at random, so the same summary gives the same file.
 */
function subsetTag(seed: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + i * 7919;
  }
  return tag;
}

/**
 * Characters in the text that one of the main fonts lacks (or whose mirrored form, drawn at a
 * right-to-left level, it lacks). Invisible characters are left out: they are never drawn
 * with a fallback (see TextEngine.measurer).
 */
function lackingCharacters(text: string, mains: readonly ShapingFont[]): number[] {
  const lacking = new Set<number>();
  const seen = new Set<string>();
  for (const ch of text) {
    if (seen.has(ch)) continue;
    seen.add(ch);
    for (const c of [ch, mirrored(ch)]) {
      if (c === undefined || isIgnorable(c)) continue;
      const cp = c.codePointAt(0) ?? 0;
      if (mains.some((font) => !font.hasGlyphForCodePoint(cp))) lacking.add(cp);
    }
  }
  return [...lacking];
}

/**
 * Embeds the main fonts, and each fallback font only if it draws something the text needs:
 * `text` holds everything the document will write. A summary with no Arabic or Urdu letters
 * has no need of Noto Sans Arabic, so that font is neither read nor put in the file; one with
 * no emoji loads no emoji font.
 */
export async function embedFonts(doc: PDFDocument, loadFonts: PdfFontLoader, seed: string, text: string): Promise<Record<Style, StyleFonts>> {
  const bytes = await loadFonts();
  // pdf-lib shapes with the fontkit font it is given; giving it the parsed font lets the
  // layout ask the very same shaper about coverage and direction, and set ligature text (see
  // pdfGlyphRuns). A font file holding several fonts (a collection) is left to fontkit as it is.
  doc.registerFontkit({
    create: (data, postscriptName) => (postscriptName === undefined ? parsedFont(data) : parseFont(data, postscriptName)),
  });
  const embed = async (data: Uint8Array, index: number) => {
    const shaper = startShaping(parsedFont(data));
    const name = (shaper.postscriptName ?? `Font${index}`).replace(/[^A-Za-z0-9-]/g, '');
    const font = await doc.embedFont(data, { subset: true, customName: `${subsetTag(`${seed}/${index}/${name}`)}+${name}` });
    return { font, shaper };
  };
  const regular = await embed(bytes.regular, 0);
  const bold = await embed(bytes.bold, 1);
  const lacking = lackingCharacters(text, [regular.shaper, bold.shaper]);
  const fallbacks: { font: PDFFont; shaper: ShapingFont }[] = [];
  for (const [i, data] of (bytes.fallbacks ?? []).entries()) {
    if (lacking.length === 0) break;
    const fallback = parsedFont(data);
    if (lacking.some((cp) => fallback.hasGlyphForCodePoint(cp))) fallbacks.push(await embed(data, i + 2));
  }
  const emojiFrom = fallbacks.length + 1;
  const emoji = bytes.emoji ?? [];
  if (emoji.length > 0) {
    const others = fallbacks.map((f) => f.shaper);
    const needed = emojiFontsNeeded(text, emoji, [
      [regular.shaper, ...others],
      [bold.shaper, ...others],
    ]);
    const files = await Promise.all(needed.map((i) => emoji[i].load()));
    // One emoji font (the regular weight) serves both styles, so bold text costs no second file.
    for (const [k, data] of files.entries()) fallbacks.push(await embed(data, 100 + needed[k]));
  }
  const style = (main: { font: PDFFont; shaper: ShapingFont }): StyleFonts => ({
    fonts: [main.font, ...fallbacks.map((f) => f.font)],
    shapers: [main.shaper, ...fallbacks.map((f) => f.shaper)],
    emojiFrom,
  });
  return { regular: style(regular), bold: style(bold) };
}

/** Parses the fonts once (as the first PDF of a visit would), ahead of the first export. */
export function parseFonts(...files: Uint8Array[]): void {
  for (const data of files) parsedFont(data);
}
