import { PDFOperator, PDFOperatorNames, TextRenderingMode, setTextMatrix, setTextRenderingMode, showText } from 'pdf-lib';
import type { PDFFont } from 'pdf-lib';
import { setGlyphText } from './fontkitAdapter';
import type { ShapedGlyph, ShapingFont } from './fontkitAdapter';

/*
 * How a shaped run of glyphs goes into a page's content stream. Readers that follow the content
 * stream (the structure's text, screen readers) take glyphs in the order they are shown, so a
 * right-to-left run is shown in reading order, each glyph placed where the shaper put it.
 */

const isRightToLeftLetter = (cp: number) => (cp >= 0x0590 && cp <= 0x08ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff);

/**
 * The letters of each right-to-left ligature (lam-alef) whose own text has been cut to the first
 * letter (see showRun). Fontkit keeps one glyph object per glyph for the life of the font, and
 * fonts live for the visit, so this must too: a glyph seen again no longer shows its letters.
 */
const ligatures = new WeakMap<ShapedGlyph, number[]>();

/** The letters of a right-to-left ligature, or undefined for any other glyph. */
function ligatureLetters(glyph: ShapedGlyph): number[] | undefined {
  let letters = ligatures.get(glyph);
  if (!letters && glyph.codePoints.length > 1 && glyph.codePoints.every(isRightToLeftLetter)) {
    letters = glyph.codePoints;
    ligatures.set(glyph, letters);
    setGlyphText(glyph, letters.slice(0, 1));
  }
  return letters;
}

/** One glyph to show: its code (hex), where it goes and how far it moves the pen, in thousandths of the font size from the run's start. */
interface Shown {
  code: string;
  at: number;
  advance: number;
  hidden: boolean;
}

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
 *
 * A ligature of several right-to-left letters cannot give them in reading order by itself:
 * pdftotext spreads a glyph's text over its width left to right, then reverses the run, which
 * would swap lam and alef. So the ligature's text is its first letter, and each further letter
 * follows it in the content as an invisible glyph set just left of the ligature's left edge,
 * where pdftotext's reversal puts it after the ligature. Nothing more is drawn.
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
  const glyphs = shaper.layout(run).glyphs;
  const advances = glyphs.map((glyph) => advanceOf(shaper, glyph));
  const advance = advances.reduce((sum, a) => sum + a, 0);
  if (!rtl) return { ops: [setTextMatrix(1, 0, 0, 1, x, baseline), showText(font.encodeText(run))], advance };
  const glyphCodes = codes(font, run);
  const shown: Shown[] = [];
  let at = advance;
  for (let i = glyphs.length - 1; i >= 0; i--) {
    at -= advances[i];
    shown.push({ code: glyphCodes[i], at, advance: advances[i], hidden: false });
    ligatureLetters(glyphs[i])
      ?.slice(1)
      .forEach((letter, k) => {
        const text = String.fromCodePoint(letter);
        const hiddenCodes = codes(font, text);
        shaper
          .layout(text)
          .glyphs.forEach((glyph, j) => shown.push({ code: hiddenCodes[j], at: at - (k + 1), advance: advanceOf(shaper, glyph), hidden: true }));
      });
  }
  const ops = [setTextMatrix(1, 0, 0, 1, x + (shown[0].at * size) / 1000, baseline)];
  let pen = shown[0].at;
  let array: string[] = [];
  let hidden = false;
  const flush = () => {
    // An array operand written as it is, like the inline property lists elsewhere.
    if (array.length > 0) ops.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [`[${array.join(' ')}]`]));
    array = [];
  };
  for (const glyph of shown) {
    if (glyph.hidden !== hidden) {
      flush();
      ops.push(setTextRenderingMode(glyph.hidden ? TextRenderingMode.Invisible : TextRenderingMode.Fill));
      hidden = glyph.hidden;
    }
    const back = Math.round((pen - glyph.at) * 1e4) / 1e4;
    if (back !== 0) array.push(String(back));
    array.push(`<${glyph.code}>`);
    pen = glyph.at + glyph.advance;
  }
  flush();
  if (hidden) ops.push(setTextRenderingMode(TextRenderingMode.Fill));
  return { ops, advance };
}
