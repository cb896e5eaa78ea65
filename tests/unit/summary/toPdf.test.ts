// @vitest-environment node
/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { buildSummary } from '../../../src/summary/buildSummary';
import type { PdfFontBytes } from '../../../src/summary/pdfFonts';
import type { Summary } from '../../../src/summary/summaryTypes';
import { summaryToPdf } from '../../../src/summary/toPdf';
import { LEFT_OUT, QUOTES, SUMMARY_AT, amira, nothingShared, stickerName, words } from './fixtures';
import { makeTranslators } from './translators';
import { makePng, pattern } from './pngFiles';

const fontFile = (name: string) => readFileSync(fileURLToPath(new URL(`../../../assets/fonts/${name}`, import.meta.url)));
const loadFonts = async (): Promise<PdfFontBytes> => ({ regular: fontFile('DejaVuSans.ttf'), bold: fontFile('DejaVuSans-Bold.ttf') });

/** A small solid-colour RGB PNG. */
function solidPng(width: number, height: number): Uint8Array {
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < rgb.length; i += 3) rgb.set([40, 90, 200], i);
  return makePng(width, height, rgb);
}

function pdftotextAvailable(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const HAS_PDFTOTEXT = pdftotextAvailable();

/** A PPM file's RGB samples, as pdfimages writes them (greyscale pictures too). */
function readPpm(file: string): { width: number; height: number; samples: Uint8Array } {
  const bytes = new Uint8Array(readFileSync(file));
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 64)).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error(`not a PPM file: ${file}`);
  return { width: Number(header[1]), height: Number(header[2]), samples: bytes.subarray(header[0].length) };
}
if (!HAS_PDFTOTEXT) console.warn('pdftotext (poppler-utils) is not installed: the PDF text-extraction tests are skipped.');

let summary: Summary;
let pdf: Uint8Array;
let dir: string;

beforeAll(async () => {
  const { t, tCommon } = await makeTranslators();
  summary = buildSummary(amira, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName, timeZone: 'Europe/London' });
  const drawing = summary.columns.worries.find((e) => e.kind === 'drawing');
  const drawings = new Map(drawing?.kind === 'drawing' ? [[drawing.file, solidPng(120, 80)]] : []);
  pdf = await summaryToPdf(summary, { loadFonts, drawings });
  dir = mkdtempSync(join(tmpdir(), 'voicemap-pdf-'));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** pdftotext's text with its direction marks taken out and runs of white space made single. */
function extract(bytes: Uint8Array, name: string): { raw: string; flat: string } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
  const flat = raw.replace(/[\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
  return { raw, flat };
}

const single = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('summaryToPdf', () => {
  it('makes A4 pages with the fonts subset and the drawing embedded', async () => {
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
    for (const page of doc.getPages()) {
      expect(page.getWidth()).toBeCloseTo(595.28, 1);
      expect(page.getHeight()).toBeCloseTo(841.89, 1);
    }
    // A whole DejaVu Sans is about 740 KB; two subset fonts and a picture are far smaller.
    expect(pdf.length).toBeLessThan(300_000);
    const dicts = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict);
    const baseFonts = dicts.map((d) => d.get(PDFName.of('BaseFont'))?.toString()).filter((name) => name !== undefined);
    // Subset fonts carry a six-letter tag before their name.
    expect(baseFonts.some((name) => /^\/[A-Z]{6}\+DejaVuSans$/.test(name))).toBe(true);
    expect(baseFonts.some((name) => /^\/[A-Z]{6}\+DejaVuSans-Bold$/.test(name))).toBe(true);
    const streams = doc.context.enumerateIndirectObjects().map(([, object]) => object);
    expect(streams.some((o) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))).toBe(true);
    expect(doc.getTitle()).toBe('Summary of time with a child');
  });

  it('lays out a summary whose own language is written right to left', async () => {
    const { t, tCommon } = await makeTranslators();
    const rtl = buildSummary(amira, { t, tCommon, language: 'ar', createdAt: SUMMARY_AT, stickerName });
    expect(rtl.direction).toBe('rtl');
    const doc = await PDFDocument.load(await summaryToPdf(rtl, { loadFonts }));
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
  }, 60_000);

  const pdfIt = HAS_PDFTOTEXT ? it : it.skip;

  pdfIt('gives every quote back after its own heading and before the next', () => {
    const { flat } = extract(pdf, 'amira.pdf');
    const headings = [
      summary.labels.headings.workingWell,
      summary.labels.headings.worries,
      summary.labels.headings.needsToHappen,
      summary.labels.headings.scales,
      summary.labels.headings.workerNotes,
    ];
    const sections: string[][] = [
      [QUOTES.goodDog, QUOTES.goodOther, QUOTES.goodQuotes, QUOTES.goodScript],
      [QUOTES.worryDad, QUOTES.worryRomanian, QUOTES.worryArabic, QUOTES.worryArabicLamAlef],
      [QUOTES.dreamPolish, QUOTES.dreamSpaces, QUOTES.dreamWorker, QUOTES.dreamEmojiMissing, 'I want to go to the park with Mum'],
      ['because Mum is there  most days', 'if Dad stopped shouting'],
      ['Amira was calm and chose the order herself.'],
    ];
    const starts = headings.map((h) => flat.indexOf(h));
    for (const s of starts) expect(s).toBeGreaterThan(-1);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    sections.forEach((quotes, i) => {
      const end = i + 1 < starts.length ? starts[i + 1] : flat.length;
      for (const quote of quotes) {
        // pdftotext writes a run of spaces as one space; every word comes back exactly.
        const at = flat.indexOf(single(quote), starts[i]);
        expect(at, `"${quote}" under "${headings[i]}"`).toBeGreaterThan(starts[i]);
        expect(at, `"${quote}" before "${headings[i + 1] ?? 'the end'}"`).toBeLessThan(end);
      }
    });
  });

  pdfIt('gives Arabic back in reading order, each word exact', () => {
    const { raw } = extract(pdf, 'arabic.pdf');
    // pdftotext wraps right-to-left text in embedding marks (U+202B ... U+202C) and nothing else.
    expect(raw).toContain(`\u202b${QUOTES.worryArabic}\u202c`);
    expect(raw).toContain(`\u202b${QUOTES.worryArabicLamAlef}\u202c`);
  });

  pdfIt('gives other right-to-left scripts, brackets and missing glyphs back exactly', async () => {
    const samples = [
      'یہ گھر ہے', // Urdu: ہ and ے are not in DejaVu Sans; each is marked with its text
      'אני מפחד',
      '(أنا) خائف',
      'لا لا لا',
      'أنا خائف 🙂 جدا',
      'Zoë 👍🏽 ok ❤️',
    ];
    const session = { ...amira, pages: [{ ...amira.pages[0], items: samples.map((text, i) => words(text, 'child', 'worker', `s${i}`)) }] };
    const { t, tCommon } = await makeTranslators();
    const s = buildSummary(session, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName });
    const { raw } = extract(await summaryToPdf(s, { loadFonts }), 'scripts.pdf');
    const lines = raw.replace(/[\u202a-\u202e]/g, '').split('\n');
    for (const sample of samples) expect(lines, sample).toContain(sample);
  });

  pdfIt('gives English with Arabic inside back in reading order, every space kept', async () => {
    const samples = ['I said مرحبا يا صديقي to my friend', 'My brother أحمد is 7 and he (أحمد) shouts', 'Mum said لا and left'];
    const session = { ...amira, pages: [{ ...amira.pages[0], items: samples.map((text, i) => words(text, 'child', 'worker', `m${i}`)) }] };
    const { t, tCommon } = await makeTranslators();
    const s = buildSummary(session, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName });
    const { raw } = extract(await summaryToPdf(s, { loadFonts }), 'mixed.pdf');
    // pdftotext marks the Arabic runs (U+202B ... U+202C) and keeps the left-to-right mark the
    // PDF gives after each one; both are invisible. What is left is the text exactly as typed.
    const lines = raw.replace(/[\u202a-\u202e\u200e]/g, '').split('\n');
    for (const sample of samples) expect(lines, sample).toContain(sample);
  });

  pdfIt('draws Urdu letters DejaVu lacks with the bundled Noto Sans Arabic, and still gives them back exactly', async () => {
    const sample = 'یہ گھر ہے۔';
    const session = { ...amira, pages: [{ ...amira.pages[0], items: [words(sample, 'child', 'worker', 'u1')] }] };
    const { t, tCommon } = await makeTranslators();
    const s = buildSummary(session, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName });
    const withFallback = async (): Promise<PdfFontBytes> => ({ ...(await loadFonts()), fallbacks: [fontFile('NotoSansArabic-Regular.ttf')] });
    const bytes = await summaryToPdf(s, { loadFonts: withFallback });
    const dir = mkdtempSync(join(tmpdir(), 'voicemap-urdu-'));
    try {
      const file = join(dir, 'urdu.pdf');
      writeFileSync(file, bytes);
      // The fallback font is really used (embedded as a subset), so the letters are not empty boxes.
      expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toContain('NotoSansArabic');
      const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e]/g, '');
      expect(raw).toContain('یہ گھر ہے');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  pdfIt('leaves out what the child chose not to share', () => {
    const { flat } = extract(pdf, 'left-out.pdf');
    for (const secret of Object.values(LEFT_OUT)) expect(flat).not.toContain(secret);
  });

  pdfIt("has page numbers, the agreement line, the worker's notes label and the map insert", () => {
    const { flat } = extract(pdf, 'parts.pdf');
    expect(flat).toContain('Page 1 of');
    expect(flat).toMatch(/Page (\d+) of \1/);
    expect(flat).toContain("Shared with the child's agreement on 28 November 2026");
    expect(flat).toContain("These are the worker's own notes. They are not the child's words.");
    expect(flat).toContain('Child: Amira');
    expect(flat).toContain('Also there: Mum, Ms Jones (teacher)');
    expect(flat).toContain("A drawing, which Amira called 'Dad shouting'");
    const insert = flat.lastIndexOf('Map insert: what Amira shared');
    expect(insert).toBeGreaterThan(flat.indexOf(summary.labels.headings.workerNotes));
    expect(flat.indexOf('"I like my dog Biscuit"', insert)).toBeGreaterThan(insert);
  });

  pdfIt('says "Nothing was shared here." for each empty section', async () => {
    const { t, tCommon } = await makeTranslators();
    const empty = buildSummary(nothingShared, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName });
    const { flat } = extract(await summaryToPdf(empty, { loadFonts }), 'empty.pdf');
    // Three map sections and the scales in the body, and the three columns of the map insert.
    expect(flat.split('Nothing was shared here.').length - 1).toBe(7);
    expect(flat).toContain('What Łucja shared');
  });

  pdfIt(
    'keeps a long word and a long text whole across lines and pages',
    async () => {
      const long = `${'supercalifragilistic'.repeat(8)} ${'word '.repeat(1500)}end`;
      const session = { ...amira, pages: [{ ...amira.pages[0], items: [words(long, 'child', 'worker', 'long')] }] };
      const { t, tCommon } = await makeTranslators();
      const big = buildSummary(session, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName });
      const bytes = await summaryToPdf(big, { loadFonts });
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBeGreaterThan(3);
      const { raw } = extract(bytes, 'long.pdf');
      expect(raw.replace(/\s+/g, '')).toContain('supercalifragilistic'.repeat(8));
      expect(raw.split(/\s+/).filter((w) => w === 'word').length).toBeGreaterThanOrEqual(1500);
    },
    60_000,
  );

  pdfIt(
    'puts each drawing in exactly as drawn, from pixels or from a PNG',
    async () => {
      const { t, tCommon } = await makeTranslators();
      const s = buildSummary(amira, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName });
      const entry = s.columns.worries.find((e) => e.kind === 'drawing');
      if (entry?.kind !== 'drawing') throw new Error('the fixture has a drawing among the worries');
      const [width, height] = [48, 32];
      const rgb = pattern(width, height, 3);
      const grey = pattern(width, height, 1);
      const rgba = new Uint8Array(width * height * 4);
      for (let i = 0; i < width * height; i++) rgba.set([...rgb.subarray(i * 3, i * 3 + 3), 255], i * 4);
      const cases = [
        { name: 'pixels', drawing: { width, height, rgb }, expected: rgb },
        { name: 'png', drawing: makePng(width, height, rgb, { filters: [0, 1, 2], idatSize: 500 }), expected: rgb },
        {
          name: 'grey',
          drawing: makePng(width, height, grey, { colorType: 0, filters: [2, 1] }),
          expected: Uint8Array.from([...grey].flatMap((v) => [v, v, v])),
        },
        // An RGBA PNG goes through pdf-lib's own decoder: its colours, with the alpha apart.
        { name: 'rgba', drawing: makePng(width, height, rgba, { colorType: 6 }), expected: rgb },
      ];
      for (const { name, drawing, expected } of cases) {
        const file = join(dir, `drawing-${name}.pdf`);
        writeFileSync(file, await summaryToPdf(s, { loadFonts, drawings: new Map([[entry.file, drawing]]) }));
        execFileSync('pdfimages', [file, join(dir, `drawing-${name}`)]);
        const image = readPpm(join(dir, `drawing-${name}-000.ppm`));
        expect([image.width, image.height], name).toEqual([width, height]);
        expect(image.samples.length, name).toBe(expected.length);
        expect(
          image.samples.every((v, i) => v === expected[i]),
          `${name}: every pixel as drawn`,
        ).toBe(true);
      }
    },
    30_000,
  );

  it('embeds a fallback font only when the text needs one of its letters', async () => {
    const withFallback = async (): Promise<PdfFontBytes> => ({ ...(await loadFonts()), fallbacks: [fontFile('NotoSansArabic-Regular.ttf')] });
    // Amira's words have Arabic that DejaVu Sans draws, and emoji no font here has: no need of Noto.
    const doc = await PDFDocument.load(await summaryToPdf(summary, { loadFonts: withFallback }));
    const baseFonts = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => (object instanceof PDFDict ? object.get(PDFName.of('BaseFont'))?.toString() : undefined))
      .filter((name) => name !== undefined);
    expect(baseFonts.some((name) => name.includes('DejaVuSans'))).toBe(true);
    expect(baseFonts.filter((name) => name.includes('NotoSansArabic'))).toEqual([]);
  });

  pdfIt('writes the same file when the fonts were already used for an earlier PDF', async () => {
    // The app loads the fonts once per visit and keeps them parsed: a second PDF must not
    // inherit anything from the first (right-to-left ligatures fixed twice, say).
    const samples = [QUOTES.worryArabicLamAlef, 'یہ گھر ہے۔', 'Zażółć gęślą jaźń'];
    const session = { ...amira, pages: [{ ...amira.pages[0], items: samples.map((text, i) => words(text, 'child', 'worker', `r${i}`)) }] };
    const { t, tCommon } = await makeTranslators();
    const s = buildSummary(session, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName });
    const read = async (): Promise<PdfFontBytes> => ({ ...(await loadFonts()), fallbacks: [fontFile('NotoSansArabic-Regular.ttf')] });
    const kept = await read();
    const first = await summaryToPdf(s, { loadFonts: async () => kept });
    const second = await summaryToPdf(s, { loadFonts: async () => kept });
    const fresh = await summaryToPdf(s, { loadFonts: read });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(fresh).equals(Buffer.from(first))).toBe(true);
    const lines = extract(second, 'second.pdf')
      .raw.replace(/[\u202a-\u202e]/g, '')
      .split('\n');
    for (const sample of samples) expect(lines, sample).toContain(sample);
  });

  pdfIt(
    'fits the map insert on one page, saying how many entries it had to leave to the full summary',
    async () => {
      const many = Array.from({ length: 90 }, (_, i) =>
        words(`worry number ${i + 1} is a fairly long sentence to fill the column`, 'child', 'worker', `m${i}`),
      );
      const session = { ...amira, pages: [{ ...amira.pages[1], notShared: [], items: many }] };
      const { t, tCommon } = await makeTranslators();
      const s = buildSummary(session, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName });
      const { raw } = extract(await summaryToPdf(s, { loadFonts }), 'insert.pdf');
      const pages = raw.split('\f').filter((p) => p.trim() !== '');
      const last = pages[pages.length - 1].replace(/\s+/g, ' ');
      expect(last).toContain('Map insert: what Amira shared');
      expect(last).toMatch(/…and \d+ more in the full summary/);
      expect(pages[pages.length - 2]).not.toContain('Map insert');
    },
    60_000,
  );
});
