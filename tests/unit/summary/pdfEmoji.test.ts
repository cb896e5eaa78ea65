// @vitest-environment node
/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import { buildSummary } from '../../../src/summary/buildSummary';
import { parseFont } from '../../../src/summary/fontkitAdapter';
import { NOTO_EMOJI } from '../../../src/summary/pdfFonts';
import type { EmojiFont, PdfFontBytes } from '../../../src/summary/pdfFonts';
import type { Summary } from '../../../src/summary/summaryTypes';
import { summaryToPdf } from '../../../src/summary/toPdf';
import { SUMMARY_AT, amira, stickerName, words } from './fixtures';
import { makeTranslators } from './translators';

/*
 * Emoji in the child's words: each is drawn with a real glyph (never the missing-glyph box,
 * which PDF/A-2 forbids) from an embedded font, and copying the text out gives the child's
 * exact characters back.
 */

const fontFile = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../assets/fonts/${name}`, import.meta.url))));
const emojiDir = new URL('../../../node_modules/@fontsource/noto-emoji/', import.meta.url);

/** The emoji subsets as the app bundles them (their ranges), read from disk; each load is counted. */
const loads: number[] = [];
const emojiFonts: EmojiFont[] = NOTO_EMOJI.map((font, index) => ({
  ranges: font.ranges,
  load: async () => {
    loads.push(index);
    return new Uint8Array(readFileSync(fileURLToPath(new URL(`files/noto-emoji-${index}-400-normal.woff`, emojiDir))));
  },
}));

const loadFonts = async (): Promise<PdfFontBytes> => ({
  regular: fontFile('DejaVuSans.ttf'),
  bold: fontFile('DejaVuSans-Bold.ttf'),
  fallbacks: [fontFile('NotoSansArabic-Regular.ttf')],
  emoji: emojiFonts,
});

const EMOJI = ['🐶', '❤️', '👨‍👩‍👧', '👍🏽'];
const SAID = ['I love my dog 🐶❤️', 'my family 👨‍👩‍👧 at home', 'school is 👍🏽'];

function popplerAvailable(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    execFileSync('pdffonts', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const popplerIt = popplerAvailable() ? it : it.skip;

/** Every glyph id each page shows, from its content streams (fonts are Identity-H: two bytes a glyph). */
function shownGlyphIds(page: PDFPage): number[] {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  const ids: number[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) throw new Error('unexpected content stream');
    const text = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
    for (const shown of text.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      for (const hex of shown[1].match(/.{4}/g) ?? []) ids.push(parseInt(hex, 16));
    }
  }
  return ids;
}

let summary: Summary;
let pdf: Uint8Array;
let dir: string;
let file: string;

beforeAll(async () => {
  const { t, tCommon } = await makeTranslators();
  const session = {
    ...amira,
    pages: [{ ...amira.pages[0], items: SAID.map((text, i) => words(text, 'child', 'worker', `e${i}`)) }, ...amira.pages.slice(1)],
  };
  summary = buildSummary(session, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName, timeZone: 'Europe/London' });
  pdf = await summaryToPdf(summary, { loadFonts });
  dir = mkdtempSync(join(tmpdir(), 'voicemap-emoji-'));
  file = join(dir, 'emoji.pdf');
  writeFileSync(file, pdf);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('emoji in the PDF', () => {
  popplerIt("gives the child's emoji back exactly, under the heading they were said under", () => {
    const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e]/g, '');
    const start = raw.indexOf(summary.labels.headings.workingWell);
    const end = raw.indexOf(summary.labels.headings.worries);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const section = raw.slice(start, end);
    for (const said of SAID) expect(section, said).toContain(said);
    for (const emoji of EMOJI) expect(section, emoji).toContain(emoji);
  });

  popplerIt('embeds every font, the emoji font among them', () => {
    const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    const rows = out.trim().split('\n').slice(2);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
    expect(out).toContain('NotoEmoji');
  });

  it('never draws the missing-glyph box (glyph 0)', async () => {
    const doc = await PDFDocument.load(pdf);
    const ids = doc.getPages().flatMap(shownGlyphIds);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => id === 0)).toEqual([]);
  });

  it('embeds fonts whose every glyph a reader can decode', async () => {
    const doc = await PDFDocument.load(pdf);
    const files = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))
      .map((descriptor) => ({ name: String(descriptor.get(PDFName.of('FontName'))), file: doc.context.lookup(descriptor.get(PDFName.of('FontFile2'))) }));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const { name, file } of files) {
      if (!(file instanceof PDFRawStream)) throw new Error(`${name} is not embedded`);
      const font = parseFont(decodePDFRawStream(file).decode());
      for (let id = 0; id < font.numGlyphs; id++) expect(() => font.getGlyph(id).path, `${name} glyph ${id}`).not.toThrow();
    }
  });

  it('loads only the emoji subsets the words need', () => {
    // 🐶 is in subset 7; the family, the heart and the thumbs-up with its skin tone each come
    // whole from one subset (8 or 9), never split between two.
    expect(new Set(loads).size).toBeLessThanOrEqual(3);
    expect(loads).toContain(7);
  });
});
