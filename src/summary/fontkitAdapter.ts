import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

/**
 * Every use of fontkit beyond its public API, in one place. The PDF writer shapes each string
 * with the same parsed font pdf-lib embeds, remembers shaped strings per document (by wrapping
 * the font's `layout`), and rewrites a glyph's `codePoints` (the text pdf-lib writes in the
 * ToUnicode map) for right-to-left ligatures. Fontkit does not promise that `layout` may be
 * replaced or that `codePoints` is writable; a fontkit update that changes either fails
 * `tests/unit/summary/fontkitAdapter.test.ts` instead of the PDFs.
 */

type FontkitApi = Parameters<PDFDocument['registerFontkit']>[0];
export type ShapingFont = ReturnType<FontkitApi['create']>;
export type GlyphRun = ReturnType<ShapingFont['layout']>;
export type ShapedGlyph = GlyphRun['glyphs'][number];

/** Parses a font file (one font, or the named one of a collection). */
export function parseFont(data: Uint8Array, postscriptName?: string): ShapingFont {
  return fontkit.create(data, postscriptName);
}

/**
 * Makes the font remember how it shaped each string while `memory()` gives a map (a document
 * is being written); plain calls only (no features, script or direction given).
 */
export function rememberShaping(font: ShapingFont, memory: () => Map<string, GlyphRun> | undefined): void {
  const shape = font.layout.bind(font);
  font.layout = ((text: string, ...rest: unknown[]) => {
    const shaped = memory();
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
}

/** Sets the text a glyph stands for, as pdf-lib writes it for copying out of the PDF. */
export function setGlyphText(glyph: ShapedGlyph, codePoints: number[]): void {
  glyph.codePoints = codePoints;
}
