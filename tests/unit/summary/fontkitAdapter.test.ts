// @vitest-environment node
/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { parseFont, rememberShaping, setGlyphText } from '../../../src/summary/fontkitAdapter';
import type { GlyphRun } from '../../../src/summary/fontkitAdapter';

const fontFile = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../assets/fonts/${name}`, import.meta.url))));

// The PDF writer relies on these fontkit behaviours (see fontkitAdapter.ts). If a fontkit update
// changes one, this fails here, by name, rather than in a child's summary.
describe('the fontkit adapter', () => {
  it('parses the bundled font and shapes text into glyphs that carry their text', () => {
    const font = parseFont(fontFile('DejaVuSans.ttf'));
    const run = font.layout('Hello');
    expect(run.glyphs).toHaveLength(5);
    expect(run.glyphs[0].codePoints).toEqual([0x48]);
    expect(font.hasGlyphForCodePoint(0x48)).toBe(true);
  });

  it('remembers a string shaped while a document is being written, and only then', () => {
    const font = parseFont(fontFile('DejaVuSans.ttf'));
    let memory: Map<string, GlyphRun> | undefined = undefined;
    rememberShaping(font, () => memory);
    expect(font.layout('abc')).not.toBe(font.layout('abc'));
    memory = new Map();
    const first = font.layout('abc');
    expect(font.layout('abc')).toBe(first);
    expect(memory.get('abc')).toBe(first);
  });

  it('keeps every glyph of a small subset readable when the font has glyphs of odd length', async () => {
    // Noto Emoji's subset 9 stores many glyphs with an odd number of bytes.
    const data = new Uint8Array(
      readFileSync(fileURLToPath(new URL('../../../node_modules/@fontsource/noto-emoji/files/noto-emoji-9-400-normal.woff', import.meta.url))),
    );
    const font = parseFont(data);
    const subset = font.createSubset();
    for (const glyph of font.layout('👍☺️🙂😀').glyphs) subset.includeGlyph(glyph.id);
    const chunks: Uint8Array[] = [];
    await new Promise<void>((done) => {
      const stream = subset.encodeStream();
      stream.on('data', (chunk: Uint8Array) => chunks.push(chunk));
      stream.on('end', () => done());
    });
    const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.length), 0);
    const written = parseFont(bytes);
    expect(written.numGlyphs).toBe(5);
    for (let id = 1; id < written.numGlyphs; id++) expect(written.getGlyph(id).path.toSVG(), `glyph ${id}`).not.toBe('');
  });

  it('a glyph text set here is what pdf-lib writes for copying the text out', async () => {
    const data = fontFile('DejaVuSans.ttf');
    const font = parseFont(data);
    const [glyph] = font.layout('A').glyphs;
    setGlyphText(glyph, [0x42]);
    expect(font.layout('A').glyphs[0].codePoints).toEqual([0x42]);

    const doc = await PDFDocument.create();
    doc.registerFontkit({ create: () => font });
    const embedded = await doc.embedFont(data, { subset: true });
    doc.addPage().drawText('A', { font: embedded, size: 12 });
    const file = join(mkdtempSync(join(tmpdir(), 'voicemap-fontkit-')), 'a.pdf');
    writeFileSync(file, await doc.save());
    // A real reader copies out the text set on the glyph: B, though an A was drawn.
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).trim()).toBe('B');
  });
});
