import { PDFName, degrees, drawImage, rgb } from 'pdf-lib';
import type { Color, PDFDocument, PDFPage, PDFRef } from 'pdf-lib';
import type { Direction } from './bidi';
import type { LaidOutText, Style, TextEngine } from './pdfShaping';
import type { StructType, Tagger } from './pdfTags';

/*
 * Page flow for the PDF: the A4 page and its margins, and content laid down the pages, a new
 * page started when the next thing does not fit.
 */

export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN_X = 50;
export const MARGIN_TOP = 56;
export const MARGIN_BOTTOM = 60;
export const FOOTER_BASELINE = 30;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.36, 0.36, 0.42);
export const RULE = rgb(0.75, 0.76, 0.8);
export const QUOTE_BAR = rgb(0.45, 0.55, 0.75);
export const WORKER_BAR = rgb(0.8, 0.6, 0.25);
export const COLUMN_FILL = rgb(0.93, 0.94, 0.97);

export const CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;

/** An image object in the document and its size in pixels. */
export interface Picture {
  ref: PDFRef;
  width: number;
  height: number;
}

export interface TextOptions {
  style?: Style;
  size?: number;
  color?: Color;
  /** Distance from the start edge (left for left-to-right lines). */
  indent?: number;
  width?: number;
  /** 'auto' for the child's own words: the direction comes from the words themselves. */
  direction?: Direction | 'auto';
  /**
   * What the text is in the document's structure: its own element of this type ('P' unless
   * given), or null for content of the current element (a label and its value in one item).
   */
  tag?: StructType | null;
  /** The text's language when it is not the document's (BCP 47). */
  lang?: string;
  /** A bar along the start edge, marking someone's words. */
  bar?: Color;
  spaceAfter?: number;
}

/** Lays content down the pages, starting a new page when the next thing does not fit. */
export class PageFlow {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  private readonly doc: PDFDocument;
  private readonly engine: TextEngine;
  readonly tags: Tagger;

  constructor(doc: PDFDocument, engine: TextEngine, tags: Tagger) {
    this.doc = doc;
    this.engine = engine;
    this.tags = tags;
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
    const tag = options.tag === undefined ? 'P' : options.tag;
    if (tag === null) this.writeText(text, options);
    else
      this.tags.within(tag, () => this.writeText(text, options), {
        lang: options.lang,
        actualText: /[\u0590-\u08ff\ufb1d-\ufeff]/u.test(text) ? text : undefined,
      });
  }

  private writeText(text: string, options: TextOptions): void {
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
      const page = this.page;
      this.engine.drawLine(page, line, x, baseline, options.style ?? 'regular', laid.size, options.color ?? INK, this.tags.textMarker(page));
      const bar = options.bar;
      if (bar) {
        const barX = documentRtl ? boxRight + 6 : boxLeft - 8;
        const top = this.y;
        this.tags.artifact(page, () => page.drawRectangle({ x: barX, y: top - laid.lineHeight, width: 2.5, height: laid.lineHeight, color: bar }));
      }
      this.y -= laid.lineHeight;
    }
    this.y -= options.spaceAfter ?? 0;
  }

  rule(color: Color = RULE): void {
    const page = this.page;
    const y = this.y;
    this.tags.artifact(page, () => page.drawLine({ start: { x: MARGIN_X, y }, end: { x: PAGE_WIDTH - MARGIN_X, y }, thickness: 0.75, color }));
  }

  /** A heading (H2 for a section, H3 within one) kept with the `keepWith` points after it. */
  heading(text: string, size: number, keepWith: number, tag: StructType = 'H2'): void {
    const laid = this.measure(text, { style: 'bold', size });
    this.ensure(laid.height + keepWith);
    this.text(text, { style: 'bold', size, tag });
  }

  /** A picture, as a figure with its alternative text; its frame is an artifact. */
  image(image: Picture, box: { width: number; height: number }, direction: Direction, alt: string): void {
    const { width, height } = box;
    this.ensure(height + 8);
    const x = direction === 'rtl' ? PAGE_WIDTH - MARGIN_X - width : MARGIN_X;
    this.y -= 4;
    const page = this.page;
    const y = this.y - height;
    const name = page.node.newXObject('Image', image.ref);
    this.tags.within(
      'Figure',
      (figure) => {
        figure.dict.set(PDFName.of('A'), this.doc.context.obj({ O: 'Layout', BBox: [x, y, x + width, y + height] }));
        this.tags.mark(page, () => page.pushOperators(...drawImage(name, { x, y, width, height, rotate: degrees(0), xSkew: degrees(0), ySkew: degrees(0) })));
      },
      { alt },
    );
    this.tags.artifact(page, () => page.drawRectangle({ x, y, width, height, borderColor: RULE, borderWidth: 0.75 }));
    this.y -= height + 4;
  }
}
