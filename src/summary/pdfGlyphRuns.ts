import { PDFOperator, PDFOperatorNames, setTextMatrix, showText } from 'pdf-lib';
import type { PDFFont } from 'pdf-lib';
import type { ShapedGlyph, ShapingFont } from './fontkitAdapter';

/*
 * How a shaped run of glyphs goes into a page's content stream. Readers that follow the content
 * stream (the structure's text, screen readers) take glyphs in the order they are shown, so a
 * right-to-left run is shown in reading order, each glyph placed where the shaper put it.
 */

/** How far the glyph moves the pen, in thousandths of the font size, as readers will take it. */
function advanceOf(shaper: ShapingFont, glyph: ShapedGlyph): number {
  // pdf-lib leaves the missing-glyph box out of the font's width table, so readers give it a whole em.
  return glyph.id === 0 ? 1000 : (glyph.advanceWidth * 1000) / shaper.unitsPerEm;
}

/** Each glyph's code as pdf-lib encodes it (two bytes a glyph, Identity-H), in the shaper's left-to-right order. */
const codes = (font: PDFFont, text: string) => font.encodeText(text).toString().slice(1, -1).match(/.{4}/g) ?? [];

/**
 * The operators that show a run at x, and its advance in thousandths of the font size. A
 * right-to-left run is shown from its last glyph back to its first, which is reading order:
 * after each glyph the pen moves back over it and over the next one to the left.
 */
export function showRun(
  font: PDFFont,
  shaper: ShapingFont,
  run: string,
  x: number,
  baseline: number,
  size: number,
  rtl: boolean,
): { ops: PDFOperator[]; advance: number } {
  const advances = shaper.layout(run).glyphs.map((glyph) => advanceOf(shaper, glyph));
  const advance = advances.reduce((sum, a) => sum + a, 0);
  if (!rtl) return { ops: [setTextMatrix(1, 0, 0, 1, x, baseline), showText(font.encodeText(run))], advance };
  const glyphCodes = codes(font, run);
  const last = advances.length - 1;
  const shown: string[] = [];
  for (let i = last; i >= 0; i--) {
    shown.push(`<${glyphCodes[i]}>`);
    if (i > 0) shown.push(String(Math.round((advances[i] + advances[i - 1]) * 1e4) / 1e4));
  }
  const lastX = x + ((advance - advances[last]) * size) / 1000;
  // An array operand written as it is, like the inline property lists elsewhere.
  return { ops: [setTextMatrix(1, 0, 0, 1, lastX, baseline), PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [`[${shown.join(' ')}]`])], advance };
}
