import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  beginText,
  degrees,
  drawImage,
  endMarkedContent,
  endText,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  showText,
} from 'pdf-lib';
import type { Color, PDFFont, PDFPage, PDFRef } from 'pdf-lib';
import { MAP_COLUMNS } from '../model/places';
import type { MapColumn } from '../model/types';
import { mirrored } from './bidi';
import type { Direction } from './bidi';
import { loadBundledPdfFonts } from './pdfFonts';
import type { PdfFontLoader } from './pdfFonts';
import { layoutParagraph, splitParagraphs } from './pdfTextLayout';
import type { TextLine, TextMeasurer } from './pdfTextLayout';
import { pixelsForPdf, pngForPdf } from './pdfImages';
import type { PdfImageData, RgbPixels } from './pdfImages';
import type { Summary, SummaryEntry, SummaryScale } from './summaryTypes';

/*
 * The summary as a PDF to attach to the case record: a title block, the map's sections with
 * the child's words, drawings and scales, the worker's notes apart, and a last page laid out
 * like the map itself. Text is drawn with our own layout (see pdfTextLayout) so that words in
 * any script wrap by measured width, right-to-left words read correctly, and copying text out
 * of the PDF gives the child's words back exactly.
 */

export interface SummaryPdfOptions {
  /**
   * Each drawing, keyed by the drawing entry's file name: its pixels (what the app passes), or
   * PNG bytes.
   */
  drawings?: ReadonlyMap<string, RgbPixels | Uint8Array>;
  /** Where the font files come from; the app's bundled fonts unless given (tests read them from disk). */
  loadFonts?: PdfFontLoader;
}

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 50;
const MARGIN_TOP = 56;
const MARGIN_BOTTOM = 60;
const FOOTER_BASELINE = 30;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const LINE_SPACING = 1.35;

const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.36, 0.36, 0.42);
const RULE = rgb(0.75, 0.76, 0.8);
const QUOTE_BAR = rgb(0.45, 0.55, 0.75);
const WORKER_BAR = rgb(0.8, 0.6, 0.25);
const COLUMN_FILL = rgb(0.93, 0.94, 0.97);

/** An image object in the document and its size in pixels. */
interface Picture {
  ref: PDFRef;
  width: number;
  height: number;
}

type FontkitApi = Parameters<PDFDocument['registerFontkit']>[0];
type ShapingFont = ReturnType<FontkitApi['create']>;

/** One style's fonts: the main one first, then the fallbacks, each with the shaper pdf-lib uses. */
interface StyleFonts {
  fonts: PDFFont[];
  shapers: ShapingFont[];
}

type Style = 'regular' | 'bold';

interface TextOptions {
  style?: Style;
  size?: number;
  color?: Color;
  /** Distance from the start edge (left for left-to-right lines). */
  indent?: number;
  width?: number;
  /** 'auto' for the child's own words: the direction comes from the words themselves. */
  direction?: Direction | 'auto';
  /** A bar along the start edge, marking someone's words. */
  bar?: Color;
  spaceAfter?: number;
}

interface LaidOutText {
  lines: { line: TextLine; direction: Direction }[];
  size: number;
  lineHeight: number;
  height: number;
}

const isRightToLeftLetter = (cp: number) =>
  (cp >= 0x0590 && cp <= 0x08ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff);

/**
 * Glyphs whose text has been put in visual order (see fixRightToLeftLigatures). Fontkit keeps
 * one glyph object per glyph for the life of the font, and fonts live for the visit, so this
 * must too: a glyph fixed twice would be back in the wrong order.
 */
const fixedGlyphs = new WeakSet<object>();

type GlyphRun = ReturnType<ShapingFont['layout']>;

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
    const parsed = fontkit.create(data);
    const shape = parsed.layout.bind(parsed);
    parsed.layout = ((text: string, ...rest: unknown[]) => {
      const shaped = shapedRuns.get(parsed);
      // Only plain calls (no features, script or direction given) are remembered.
      if (!shaped || typeof text !== 'string' || rest.some((arg) => arg !== undefined)) {
        return (shape as (...args: unknown[]) => GlyphRun)(text, ...rest);
      }
      let run = shaped.get(text);
      if (!run) {
        run = shape(text);
        shaped.set(text, run);
      }
      return run;
    }) as ShapingFont['layout'];
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
class TextEngine {
  private readonly fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();
  private readonly directionCache = new Map<string, Direction>();
  private readonly advanceCache = new Map<string, number>();
  private readonly layoutCache = new Map<string, LaidOutText>();
  private readonly fontForCache = new Map<string, number>();
  readonly fallbackDirection: Direction;
  private readonly styles: Record<Style, StyleFonts>;

  constructor(styles: Record<Style, StyleFonts>, fallbackDirection: Direction) {
    this.styles = styles;
    this.fallbackDirection = fallbackDirection;
  }

  /**
   * What is actually shaped and drawn, as runs split at zero-width non-joiners. Invisible
   * characters are taken out: the shaper swaps them for a space glyph and zero advance, but
   * pdf-lib draws with glyph advances, so they would open gaps. A zero-width non-joiner (common
   * in Persian and Urdu) is honoured by shaping the text on each side of it on its own.
   * Variation selectors stay: the shaper folds them into the glyph before them.
   */
  private drawnRuns(text: string): string[] {
    // Most text has no invisible characters at all: one run, as it is.
    if (!/\p{Default_Ignorable_Code_Point}/u.test(text)) return text === '' ? [] : [text];
    const kept = [...text].filter((ch) => {
      if (!/\p{Default_Ignorable_Code_Point}/u.test(ch)) return true;
      const cp = ch.codePointAt(0) ?? 0;
      return cp === 0x200c || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
    });
    return kept
      .join('')
      .split('\u200c')
      .filter((run) => run !== '');
  }

  measurer(style: Style, size: number): TextMeasurer {
    const { shapers } = this.styles[style];
    return {
      fontFor: (cluster) => {
        const key = `${style}\u0000${cluster}`;
        let font = this.fontForCache.get(key);
        if (font === undefined) {
          const chars = [...cluster];
          font = shapers.findIndex((shaper) =>
            chars.every((ch) => {
              const cp = ch.codePointAt(0) ?? 0;
              return shaper.hasGlyphForCodePoint(cp) || /\p{Default_Ignorable_Code_Point}/u.test(ch);
            }),
          );
          this.fontForCache.set(key, font);
        }
        return font;
      },
      width: (text, font) => (this.advance(style, font, text) * size) / 1000,
      shapingDirection: (text, font) => {
        const key = `${style}\u0000${font}\u0000${text}`;
        let direction = this.directionCache.get(key);
        if (direction === undefined) {
          direction = shapers[font].layout(this.drawnRuns(text).join('')).direction === 'rtl' ? 'rtl' : 'ltr';
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
      for (const run of this.drawnRuns(text)) {
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
   * The shaper gives a right-to-left ligature (lam-alef) its letters in reading order, but the
   * glyph sits in visual order and text extractors reverse right-to-left runs as a whole, which
   * would swap the two letters. Storing them in visual order makes extraction come out right.
   */
  private fixRightToLeftLigatures(shaper: ShapingFont, text: string): void {
    for (const glyph of shaper.layout(text).glyphs) {
      if (fixedGlyphs.has(glyph)) continue;
      fixedGlyphs.add(glyph);
      if (glyph.codePoints.length > 1 && glyph.codePoints.every(isRightToLeftLetter)) {
        glyph.codePoints = [...glyph.codePoints].reverse();
      }
    }
  }

  drawLine(page: PDFPage, line: TextLine, x: number, baseline: number, style: Style, size: number, color: Color): void {
    const { fonts, shapers } = this.styles[style];
    const ops: PDFOperator[] = [pushGraphicsState(), setFillingColor(color), beginText()];
    let cursor = x;
    let current = -1;
    for (const piece of line.pieces) {
      const runs = this.drawnRuns(piece.draw);
      if (runs.length > 0) {
        if (piece.font !== current) {
          ops.push(setFontAndSize(this.fontKey(page, fonts[piece.font]), size));
          current = piece.font;
        }
        // ActualText tells text extraction what a mirrored bracket or a missing glyph stands for.
        if (piece.actual !== undefined) {
          // An inline property list; pdf-lib writes string arguments as they are.
          const properties = `<</ActualText ${PDFHexString.fromText(piece.actual).toString()}>>`;
          ops.push(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), properties]));
        }
        let runX = cursor;
        for (const run of piece.rtl ? [...runs].reverse() : runs) {
          if (piece.rtl) this.fixRightToLeftLigatures(shapers[piece.font], run);
          ops.push(setTextMatrix(1, 0, 0, 1, runX, baseline));
          ops.push(showText(fonts[piece.font].encodeText(run)));
          runX += (this.advance(style, piece.font, run) * size) / 1000;
        }
        if (piece.actual !== undefined) ops.push(endMarkedContent());
      }
      cursor += piece.width;
    }
    ops.push(endText(), popGraphicsState());
    page.pushOperators(...ops);
  }
}

/** Lays content down the pages, starting a new page when the next thing does not fit. */
class PageFlow {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  private readonly doc: PDFDocument;
  private readonly engine: TextEngine;

  constructor(doc: PDFDocument, engine: TextEngine) {
    this.doc = doc;
    this.engine = engine;
    this.newPage();
  }

  get direction(): Direction {
    return this.engine.fallbackDirection;
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.pages.push(this.page);
    this.y = PAGE_HEIGHT - MARGIN_TOP;
  }

  ensure(height: number): void {
    if (this.y - height < MARGIN_BOTTOM && this.y < PAGE_HEIGHT - MARGIN_TOP) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  measure(text: string, options: TextOptions = {}): LaidOutText {
    const size = options.size ?? 11;
    const width = options.width ?? CONTENT_WIDTH - (options.indent ?? 0);
    return this.engine.layout(text, options.style ?? 'regular', size, width, options.direction ?? this.engine.fallbackDirection);
  }

  /**
   * Writes text, line by line, breaking pages between lines. The text's box starts at the
   * document's start edge plus the indent; a line in the other direction (an Arabic quote in
   * an English summary) is aligned to the box's other side, as it is read from there.
   */
  text(text: string, options: TextOptions = {}): void {
    const laid = this.measure(text, options);
    const indent = options.indent ?? 0;
    const width = options.width ?? CONTENT_WIDTH - indent;
    const documentRtl = this.engine.fallbackDirection === 'rtl';
    const boxLeft = documentRtl ? PAGE_WIDTH - MARGIN_X - indent - width : MARGIN_X + indent;
    const boxRight = boxLeft + width;
    for (const { line, direction } of laid.lines) {
      this.ensure(laid.lineHeight);
      const baseline = this.y - laid.size;
      const x = direction === 'rtl' ? boxRight - line.width : boxLeft;
      this.engine.drawLine(this.page, line, x, baseline, options.style ?? 'regular', laid.size, options.color ?? INK);
      if (options.bar) {
        const barX = documentRtl ? boxRight + 6 : boxLeft - 8;
        this.page.drawRectangle({ x: barX, y: this.y - laid.lineHeight, width: 2.5, height: laid.lineHeight, color: options.bar });
      }
      this.y -= laid.lineHeight;
    }
    this.y -= options.spaceAfter ?? 0;
  }

  rule(color: Color = RULE): void {
    this.page.drawLine({
      start: { x: MARGIN_X, y: this.y },
      end: { x: PAGE_WIDTH - MARGIN_X, y: this.y },
      thickness: 0.75,
      color,
    });
  }

  /** A heading that never ends up alone at the foot of a page. */
  heading(text: string, size: number, keepWith: number): void {
    const laid = this.measure(text, { style: 'bold', size });
    this.ensure(laid.height + keepWith);
    this.text(text, { style: 'bold', size });
  }

  image(image: Picture, box: { width: number; height: number }, direction: Direction): void {
    const { width, height } = box;
    this.ensure(height + 8);
    const x = direction === 'rtl' ? PAGE_WIDTH - MARGIN_X - width : MARGIN_X;
    this.y -= 4;
    const name = this.page.node.newXObject('Image', image.ref);
    this.page.pushOperators(...drawImage(name, { x, y: this.y - height, width, height, rotate: degrees(0), xSkew: degrees(0), ySkew: degrees(0) }));
    this.page.drawRectangle({ x, y: this.y - height, width, height, borderColor: RULE, borderWidth: 0.75 });
    this.y -= height + 4;
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
      if (c === undefined || /\p{Default_Ignorable_Code_Point}/u.test(c)) continue;
      const cp = c.codePointAt(0) ?? 0;
      if (mains.some((font) => !font.hasGlyphForCodePoint(cp))) lacking.add(cp);
    }
  }
  return [...lacking];
}

/**
 * Embeds the main fonts, and each fallback font only if it draws something the text needs:
 * `text` holds everything the document will write. A summary with no Arabic or Urdu letters
 * has no need of Noto Sans Arabic, so that font is neither read nor put in the file.
 */
async function embedFonts(doc: PDFDocument, loadFonts: PdfFontLoader, seed: string, text: string): Promise<Record<Style, StyleFonts>> {
  const bytes = await loadFonts();
  // pdf-lib shapes with the fontkit font it is given; giving it the parsed font lets the
  // layout ask the very same shaper about coverage and direction, and fix ligature text (see
  // above). A font file holding several fonts (a collection) is left to fontkit as it is.
  doc.registerFontkit({
    create: (data, postscriptName) => (postscriptName === undefined ? parsedFont(data) : fontkit.create(data, postscriptName)),
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
  const style = (main: { font: PDFFont; shaper: ShapingFont }): StyleFonts => ({
    fonts: [main.font, ...fallbacks.map((f) => f.font)],
    shapers: [main.shaper, ...fallbacks.map((f) => f.shaper)],
  });
  return { regular: style(regular), bold: style(bold) };
}

/**
 * A drawing as an image object, lossless. Pixels are compressed natively (see pdfImages); an
 * opaque 8-bit PNG goes in as it is. Any other PNG is decoded and compressed again by pdf-lib,
 * which is far slower.
 */
async function embedPicture(doc: PDFDocument, drawing: RgbPixels | Uint8Array): Promise<Picture> {
  let image: PdfImageData | undefined;
  if (drawing instanceof Uint8Array) {
    image = pngForPdf(drawing);
    if (!image) return doc.embedPng(drawing);
  } else {
    image = await pixelsForPdf(drawing);
  }
  const { width, height, colors, data, pngRows } = image;
  const stream = doc.context.stream(data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: colors === 3 ? 'DeviceRGB' : 'DeviceGray',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
    ...(pngRows ? { DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: 8, Columns: width } } : {}),
  });
  return { ref: doc.context.register(stream), width, height };
}

async function embedDrawings(doc: PDFDocument, summary: Summary, drawings: ReadonlyMap<string, RgbPixels | Uint8Array>) {
  const images = new Map<string, Picture>();
  for (const column of MAP_COLUMNS) {
    for (const entry of summary.columns[column]) {
      if (entry.kind !== 'drawing' || images.has(entry.file)) continue;
      const drawing = drawings.get(entry.file);
      if (!drawing) continue;
      try {
        images.set(entry.file, await embedPicture(doc, drawing));
      } catch {
        // A damaged picture must not stop the summary; the entry says the picture is in its file.
      }
    }
  }
  return images;
}

function writeTitleBlock(flow: PageFlow, summary: Summary): void {
  flow.text(summary.header.title, { style: 'bold', size: 18, spaceAfter: 8 });
  const size = 10.5;
  for (const { label, value } of summary.header.lines) {
    // Label and value on one line, so text copied out of the PDF keeps them together.
    const lead = `${label}${summary.labels.labelSeparator}`;
    const leadText = flow.measure(lead, { style: 'bold', size });
    const leadWidth = leadText.lines.length === 1 ? leadText.lines[0].line.width + 2 : Infinity;
    if (leadWidth > CONTENT_WIDTH * 0.45) {
      flow.text(lead, { style: 'bold', size });
      flow.text(value, { size, indent: 14, spaceAfter: 1 });
      continue;
    }
    flow.ensure(size * LINE_SPACING);
    const top = flow.y;
    flow.text(lead, { style: 'bold', size });
    flow.y = top;
    flow.text(value, { size, indent: leadWidth, spaceAfter: 1 });
  }
  flow.gap(6);
  for (const line of summary.consent.lines) flow.text(line, { size: 10.5, spaceAfter: 2 });
  flow.gap(8);
  flow.rule();
  flow.gap(14);
}

/** One thing to write; an entry's parts are kept on one page when they fit on one. */
type Part = { text: string; options: TextOptions } | { image: Picture };

const CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;

function imageBox(image: Picture): { width: number; height: number } {
  const scale = Math.min((CONTENT_WIDTH * 0.7) / image.width, 250 / image.height, 1);
  return { width: image.width * scale, height: image.height * scale };
}

function partHeight(flow: PageFlow, part: Part): number {
  if ('image' in part) return imageBox(part.image).height + 8;
  return flow.measure(part.text, part.options).height + (part.options.spaceAfter ?? 0);
}

function writeParts(flow: PageFlow, parts: readonly Part[], direction: Direction): void {
  const total = parts.reduce((sum, part) => sum + partHeight(flow, part), 0);
  if (total <= CONTENT_HEIGHT) flow.ensure(total);
  for (const part of parts) {
    if ('image' in part) flow.image(part.image, imageBox(part.image), direction);
    else flow.text(part.text, part.options);
  }
}

/** Someone's words set apart under their attribution, in the words' own direction. */
function wordsParts(lead: string, words: string, bar: Color = QUOTE_BAR): Part[] {
  return [
    { text: lead, options: { size: 10.5, color: MUTED, spaceAfter: 1 } },
    { text: words, options: { size: 11, indent: 14, direction: 'auto', bar, spaceAfter: 2 } },
  ];
}

function entryParts(summary: Summary, entry: SummaryEntry, images: ReadonlyMap<string, Picture>): Part[] {
  const fileLine = (file: string): Part => ({
    text: summary.labels.fileLine.split('{file}').join(file),
    options: { size: 9, color: MUTED },
  });
  const sentence: Part = { text: entry.sentence, options: { size: 11 } };
  switch (entry.kind) {
    case 'words':
      return wordsParts(entry.lead, entry.text);
    case 'sticker':
      return [sentence];
    case 'drawing': {
      const image = images.get(entry.file);
      const picture: Part = image ? { image } : { text: summary.labels.pictureMissing, options: { size: 9.5, color: MUTED } };
      return [sentence, picture, fileLine(entry.file)];
    }
    case 'recording':
      return [
        sentence,
        fileLine(entry.file),
        ...(entry.transcript !== undefined ? wordsParts(entry.transcriptLead ?? '', entry.transcript) : []),
      ];
  }
}

function writeEntry(flow: PageFlow, summary: Summary, entry: SummaryEntry, images: ReadonlyMap<string, Picture>): void {
  writeParts(flow, entryParts(summary, entry, images), summary.direction);
  flow.gap(7);
}

function writeColumn(flow: PageFlow, summary: Summary, column: MapColumn, images: ReadonlyMap<string, Picture>): void {
  flow.heading(summary.labels.headings[column], 14, 40);
  flow.rule();
  flow.gap(8);
  const entries = summary.columns[column];
  if (entries.length === 0) {
    flow.text(summary.labels.nothingShared, { size: 11, color: MUTED });
  }
  let pageId: string | undefined;
  for (const entry of entries) {
    if (entry.pageId !== pageId) {
      pageId = entry.pageId;
      const page = summary.pages.find((p) => p.pageId === pageId);
      flow.gap(2);
      flow.heading(page?.heading ?? entry.placeName, 11.5, 30);
      for (const line of page?.promptLines ?? []) flow.text(line, { size: 9.5, color: MUTED });
      flow.gap(5);
    }
    writeEntry(flow, summary, entry, images);
  }
  flow.gap(12);
}

/** A 0 to 10 line with the child's number marked; 10 is always the right, good end. */
function drawScaleBar(page: PDFPage, x: number, y: number, width: number, value: number, size: number, engine: TextEngine): void {
  page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness: 1, color: MUTED });
  for (let i = 0; i <= 10; i++) {
    const tx = x + (width * i) / 10;
    page.drawLine({ start: { x: tx, y: y - 2.5 }, end: { x: tx, y: y + 2.5 }, thickness: 0.75, color: MUTED });
  }
  page.drawCircle({ x: x + (width * value) / 10, y, size: size * 0.38, color: QUOTE_BAR });
  // The two ends are labelled with their numbers so the line reads without the text beside it.
  const zero = engine.layout('0', 'regular', size * 0.8, 20, 'ltr').lines[0];
  const ten = engine.layout('10', 'regular', size * 0.8, 20, 'ltr').lines[0];
  engine.drawLine(page, zero.line, x - zero.line.width - 4, y - size * 0.28, 'regular', size * 0.8, MUTED);
  engine.drawLine(page, ten.line, x + width + 4, y - size * 0.28, 'regular', size * 0.8, MUTED);
}

/** The child's numbers over time as small bars (0 at the bottom, 10 at the top), oldest first. */
function drawHistoryChart(flow: PageFlow, history: NonNullable<SummaryScale['history']>, engine: TextEngine): void {
  const barHeight = 44;
  const step = 44;
  flow.ensure(barHeight + 30);
  const baseY = flow.y - barHeight - 8;
  const x0 = MARGIN_X + 16;
  flow.page.drawLine({ start: { x: x0 - 4, y: baseY }, end: { x: x0 + step * history.length, y: baseY }, thickness: 0.75, color: MUTED });
  history.forEach((h, i) => {
    const x = x0 + i * step;
    const height = Math.max(1, (barHeight * h.value) / 10);
    flow.page.drawRectangle({ x, y: baseY, width: 18, height, color: h.current ? QUOTE_BAR : MUTED, opacity: h.current ? 1 : 0.55 });
    const label = engine.layout(String(h.value), 'bold', 8, 30, 'ltr').lines[0];
    engine.drawLine(flow.page, label.line, x + 9 - label.line.width / 2, baseY + height + 3, 'bold', 8, MUTED);
  });
  flow.gap(barHeight + 16);
}

function writeScale(flow: PageFlow, scale: SummaryScale, engine: TextEngine): void {
  flow.ensure(11 * LINE_SPACING * 5);
  flow.text(scale.question, { style: 'bold', size: 11.5, direction: 'auto', spaceAfter: 2 });
  flow.text(scale.zeroLine, { size: 10.5 });
  flow.text(scale.tenLine, { size: 10.5, spaceAfter: 2 });
  flow.text(scale.valueLine, { style: 'bold', size: 11 });
  flow.ensure(22);
  drawScaleBar(flow.page, MARGIN_X + 16, flow.y - 10, 200, scale.value, 11, engine);
  flow.gap(22);
  if (scale.history && scale.historyLine !== undefined) {
    flow.text(scale.historyLine, { size: 10, color: MUTED });
    drawHistoryChart(flow, scale.history, engine);
  }
  if (scale.why) writeParts(flow, wordsParts(scale.why.lead, scale.why.text), flow.direction);
  for (const r of scale.recordings) {
    flow.text(r.sentence, { size: 10.5 });
    flow.text(r.file, { size: 9, color: MUTED });
    if (r.transcript !== undefined && r.transcriptSentence !== undefined) flow.text(r.transcriptSentence, { size: 10.5, direction: 'auto' });
  }
  for (const f of scale.followUps) {
    writeParts(flow, [{ text: f.question, options: { size: 10, color: MUTED } }, ...wordsParts(f.lead, f.text)], flow.direction);
  }
  if (scale.reminderLine !== undefined) flow.text(scale.reminderLine, { size: 9.5, color: MUTED });
  flow.gap(10);
}

function writeWorkerNotes(flow: PageFlow, summary: Summary): void {
  flow.heading(summary.labels.headings.workerNotes, 14, 40);
  flow.rule(WORKER_BAR);
  flow.gap(8);
  flow.text(summary.labels.workerNotesIntro, { size: 10, color: MUTED, spaceAfter: 6 });
  if (summary.translationNote !== undefined) flow.text(summary.translationNote, { style: 'bold', size: 10.5, spaceAfter: 6 });
  if (summary.workerNotes.length === 0) flow.text(summary.labels.noWorkerNotes, { size: 11, color: MUTED });
  for (const note of summary.workerNotes) {
    flow.text(note.text, { size: 11, indent: 14, direction: 'auto', bar: WORKER_BAR, spaceAfter: 8 });
  }
  flow.text(summary.stickerSets.line, { size: 10, color: MUTED });
}

/** The last page: the three map columns side by side with short entries, scales underneath. */
function writeMapInsert(flow: PageFlow, summary: Summary, engine: TextEngine): void {
  flow.newPage();
  flow.text(summary.labels.mapInsertTitle, { style: 'bold', size: 15 });
  flow.text(summary.header.sessionDateText, { size: 10, color: MUTED, spaceAfter: 10 });
  const gapBetween = 10;
  const columnWidth = (CONTENT_WIDTH - 2 * gapBetween) / 3;
  const padding = 6;
  const innerWidth = columnWidth - 2 * padding;
  const available = flow.y - MARGIN_BOTTOM;

  const plan = (size: number, limit?: { columns: number; scales: number }) => {
    const heads = MAP_COLUMNS.map((column) =>
      engine.layout(summary.labels.headings[column], 'bold', size + 1, innerWidth, summary.direction),
    );
    // One band height for all three headings, so the columns line up like the map's.
    const headHeight = Math.max(...heads.map((h) => h.height));
    const columns = MAP_COLUMNS.map((column, index) => {
      const head = heads[index];
      const items = summary.columns[column].map((e) => engine.layout(e.short, 'regular', size, innerWidth - 8, 'auto'));
      if (items.length === 0) items.push(engine.layout(summary.labels.nothingShared, 'regular', size, innerWidth - 8, summary.direction));
      const itemGap = size * 0.45;
      let shown = items.length;
      const total = () => headHeight + padding * 2 + 4 + items.slice(0, shown).reduce((h, i) => h + i.height + itemGap, 0);
      let more: LaidOutText | undefined;
      if (limit) {
        while (shown > 0 && total() + (shown < items.length ? size * LINE_SPACING * 2 : 0) > limit.columns) shown--;
        if (shown < items.length) {
          const text = summary.labels.moreInFullSummary.split('{count}').join(String(items.length - shown));
          more = engine.layout(text, 'regular', size, innerWidth - 8, summary.direction);
        }
      }
      return { column, head, items: items.slice(0, shown), more, itemGap, height: total() + (more?.height ?? 0) };
    });
    const scaleBlocks = summary.scales.map((s) => {
      const question = engine.layout(s.question, 'bold', size, CONTENT_WIDTH - 150, 'auto');
      const why = s.why ? engine.layout(`"${s.why.text}"`, 'regular', size, CONTENT_WIDTH - 150, 'auto') : undefined;
      return { scale: s, question, why, height: Math.max(question.height + (why?.height ?? 0), size * 2) + size * 0.6 };
    });
    const scalesHead = summary.scales.length > 0 ? engine.layout(summary.labels.headings.scales, 'bold', size + 1, CONTENT_WIDTH, summary.direction) : undefined;
    let shownScales = scaleBlocks.length;
    const scalesHeight = () =>
      scalesHead ? scalesHead.height + 10 + scaleBlocks.slice(0, shownScales).reduce((h, b) => h + b.height, 0) : 0;
    if (limit) while (shownScales > 0 && scalesHeight() > limit.scales) shownScales--;
    const columnsHeight = Math.max(...columns.map((c) => c.height));
    return {
      size,
      headHeight,
      columns,
      columnsHeight,
      scalesHead,
      scaleBlocks: scaleBlocks.slice(0, shownScales),
      scalesHeight: scalesHeight(),
      fits: columnsHeight + 14 + scalesHeight() <= available,
    };
  };

  let chosen = plan(10);
  for (const size of [9.5, 9, 8.5, 8, 7.5, 7, 6.5]) {
    if (chosen.fits) break;
    chosen = plan(size);
  }
  if (!chosen.fits) {
    // Too much for one page even in small type: shorten the lists, saying how many are left out.
    const scalesShare = summary.scales.length > 0 ? Math.min(chosen.scalesHeight, available * 0.35) : 0;
    chosen = plan(6.5, { columns: available - scalesShare - 14, scales: scalesShare });
  }

  const { size } = chosen;
  const top = flow.y;
  const rtl = summary.direction === 'rtl';
  chosen.columns.forEach((c, i) => {
    const slot = rtl ? 2 - i : i;
    const x = MARGIN_X + slot * (columnWidth + gapBetween);
    flow.page.drawRectangle({ x, y: top - chosen.columnsHeight, width: columnWidth, height: chosen.columnsHeight, borderColor: RULE, borderWidth: 0.75 });
    const band = chosen.headHeight + padding * 2;
    flow.page.drawRectangle({ x, y: top - band, width: columnWidth, height: band, color: COLUMN_FILL });
    let y = top - padding;
    const drawBlock = (laid: LaidOutText, style: Style, offset: number, color: Color) => {
      for (const { line, direction } of laid.lines) {
        const lx = direction === 'rtl' ? x + columnWidth - padding - offset - line.width : x + padding + offset;
        engine.drawLine(flow.page, line, lx, y - laid.size, style, laid.size, color);
        y -= laid.lineHeight;
      }
    };
    drawBlock(c.head, 'bold', 0, INK);
    y = top - band - 4;
    for (const item of c.items) {
      const bulletX = rtl ? x + columnWidth - padding - 3 : x + padding + 2;
      flow.page.drawCircle({ x: bulletX, y: y - size * 0.62, size: size * 0.16, color: MUTED });
      drawBlock(item, 'regular', 8, INK);
      y -= c.itemGap;
    }
    if (c.more) drawBlock(c.more, 'regular', 8, MUTED);
  });
  flow.y = top - chosen.columnsHeight - 14;

  if (chosen.scalesHead) {
    const head = chosen.scalesHead;
    for (const { line } of head.lines) {
      engine.drawLine(flow.page, line, rtl ? PAGE_WIDTH - MARGIN_X - line.width : MARGIN_X, flow.y - head.size, 'bold', head.size, INK);
      flow.y -= head.lineHeight;
    }
    flow.y -= 10;
    for (const block of chosen.scaleBlocks) {
      const blockTop = flow.y;
      let y = blockTop;
      for (const laid of [block.question, block.why]) {
        if (!laid) continue;
        for (const { line, direction } of laid.lines) {
          const lx = direction === 'rtl' ? MARGIN_X + CONTENT_WIDTH - 150 - line.width : MARGIN_X;
          engine.drawLine(flow.page, line, lx, y - laid.size, laid === block.question ? 'bold' : 'regular', laid.size, INK);
          y -= laid.lineHeight;
        }
      }
      const valueText = engine.layout(block.scale.short, 'bold', size, 120, summary.direction).lines[0];
      const barX = PAGE_WIDTH - MARGIN_X - 118;
      engine.drawLine(flow.page, valueText.line, barX, blockTop - size, 'bold', size, INK);
      drawScaleBar(flow.page, barX + 6, blockTop - size * 2.1, 100, block.scale.value, size, engine);
      flow.y = blockTop - block.height;
    }
  }
}

function writePageNumbers(pages: readonly PDFPage[], template: string, engine: TextEngine): void {
  pages.forEach((page, i) => {
    const text = template.split('{page}').join(String(i + 1)).split('{total}').join(String(pages.length));
    const laid = engine.layout(text, 'regular', 9, CONTENT_WIDTH, engine.fallbackDirection);
    for (const { line } of laid.lines) {
      engine.drawLine(page, line, (PAGE_WIDTH - line.width) / 2, FOOTER_BASELINE, 'regular', 9, MUTED);
    }
  });
}

/**
 * Gets the fonts ready (fetched and parsed, as the first PDF of a visit would) ahead of time,
 * e.g. while the worker goes through the review with the child.
 */
export async function preparePdfFonts(loadFonts: PdfFontLoader = loadBundledPdfFonts): Promise<void> {
  const bytes = await loadFonts();
  parsedFont(bytes.regular);
  parsedFont(bytes.bold);
}

/**
 * The summary as an A4 PDF. Load this module only with a dynamic import: pdf-lib, fontkit
 * and the fonts are large and only needed when the worker exports.
 */
export async function summaryToPdf(summary: Summary, options: SummaryPdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const created = new Date(summary.createdAt);
  doc.setTitle(summary.labels.documentTitle);
  doc.setCreator('Voicemap');
  doc.setProducer('Voicemap');
  doc.setLanguage(summary.language);
  if (!Number.isNaN(created.getTime())) {
    doc.setCreationDate(created);
    doc.setModificationDate(created);
  }

  // Every word the PDF writes comes from the summary (numbers and quotation marks aside).
  const styles = await embedFonts(doc, options.loadFonts ?? loadBundledPdfFonts, `${summary.sessionId}/${summary.createdAt}`, JSON.stringify(summary));
  const engine = new TextEngine(styles, summary.direction);
  const images = await embedDrawings(doc, summary, options.drawings ?? new Map());
  const flow = new PageFlow(doc, engine);

  writeTitleBlock(flow, summary);
  for (const column of MAP_COLUMNS) writeColumn(flow, summary, column, images);

  flow.heading(summary.labels.headings.scales, 14, 60);
  flow.rule();
  flow.gap(8);
  if (summary.scales.length === 0) flow.text(summary.labels.nothingShared, { size: 11, color: MUTED });
  for (const scale of summary.scales) writeScale(flow, scale, engine);
  flow.gap(12);

  writeWorkerNotes(flow, summary);
  writeMapInsert(flow, summary, engine);
  writePageNumbers(flow.pages, summary.labels.pageOf, engine);

  return doc.save();
}
