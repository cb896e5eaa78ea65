import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

/**
 * Every use of fontkit beyond its public API, in one place. The PDF writer shapes each string
 * with the same parsed font pdf-lib embeds, remembers shaped strings per document (by wrapping
 * the font's `layout`), rewrites a glyph's `codePoints` (the text pdf-lib writes in the
 * ToUnicode map) for right-to-left ligatures, and mends how a TrueType subset stores its
 * glyphs (see evenGlyphs). Fontkit does not promise that `layout` may be replaced, that
 * `codePoints` is writable, or how a subset adds its glyphs; a fontkit update that changes one
 * fails `tests/unit/summary/fontkitAdapter.test.ts` instead of the PDFs.
 */

type FontkitApi = Parameters<PDFDocument['registerFontkit']>[0];
export type ShapingFont = ReturnType<FontkitApi['create']>;
export type GlyphRun = ReturnType<ShapingFont['layout']>;
export type ShapedGlyph = GlyphRun['glyphs'][number];

/** What evenGlyphs relies on in fontkit's TrueType subset (1.1.1): not public API. */
interface TrueTypeSubset {
  _addGlyph?: (gid: number) => number;
  glyf?: Uint8Array[];
  offset?: number;
}

/**
 * A TrueType subset made by fontkit copies each glyph's bytes as they are, and when the subset
 * is small it writes the short form of the glyph offsets, which counts in two-byte steps. A
 * glyph of odd length (Noto Emoji has many) then shifts every later glyph by a byte, and a
 * reader finds garbage where they should be: the emoji are not drawn at all. Padding each
 * glyph to an even length (as the TrueType spec recommends anyway) keeps every offset right.
 */
function evenGlyphs(font: ShapingFont): void {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = (() => {
    const subset = createSubset() as unknown as TrueTypeSubset;
    const addGlyph = subset._addGlyph;
    // A CFF font's subset has no glyph table to mend.
    if (typeof addGlyph !== 'function') return subset;
    subset._addGlyph = function (this: TrueTypeSubset, gid: number) {
      const added = addGlyph.call(this, gid);
      const glyphs = this.glyf;
      const last = glyphs ? glyphs.length - 1 : -1;
      if (glyphs && last >= 0 && glyphs[last].length % 2 === 1 && this.offset !== undefined) {
        // Of fontkit's own buffer type: its encoder takes no other kind of chunk.
        const kind = glyphs[last].constructor as { alloc?: (size: number) => Uint8Array };
        const padded = kind.alloc ? kind.alloc(glyphs[last].length + 1) : new Uint8Array(glyphs[last].length + 1);
        padded.set(glyphs[last]);
        glyphs[last] = padded;
        this.offset += 1;
      }
      return added;
    };
    return subset;
  }) as ShapingFont['createSubset'];
}

/** Parses a font file (one font, or the named one of a collection). */
export function parseFont(data: Uint8Array, postscriptName?: string): ShapingFont {
  const font = fontkit.create(data, postscriptName);
  evenGlyphs(font);
  return font;
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
