// @vitest-environment node
/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { buildSummary } from '../../../src/summary/buildSummary';
import type { PdfFontBytes } from '../../../src/summary/pdfFonts';
import { srgbProfile } from '../../../src/summary/srgbProfile';
import type { Summary } from '../../../src/summary/summaryTypes';
import { summaryToPdf } from '../../../src/summary/toPdf';
import { QUOTES, SUMMARY_AT, amira, stickerName, words } from './fixtures';
import { makePng } from './pngFiles';
import { makeTranslators } from './translators';

const fontFile = (name: string) => readFileSync(fileURLToPath(new URL(`../../../assets/fonts/${name}`, import.meta.url)));
const loadFonts = async (): Promise<PdfFontBytes> => ({ regular: fontFile('DejaVuSans.ttf'), bold: fontFile('DejaVuSans-Bold.ttf') });

function has(tool: string, args: string[]): boolean {
  try {
    execFileSync(tool, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const HAS_POPPLER = has('pdfinfo', ['-v']);
const HAS_QPDF = has('qpdf', ['--version']);
if (!HAS_POPPLER || !HAS_QPDF) console.warn('poppler-utils or qpdf is not installed: the PDF reader checks are skipped.');
const popplerIt = HAS_POPPLER ? it : it.skip;
const qpdfIt = HAS_QPDF ? it : it.skip;

let summary: Summary;
let bytes: Uint8Array;
let dir: string;
let file: string;

beforeAll(async () => {
  const { t, tCommon } = await makeTranslators();
  summary = buildSummary(amira, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName, timeZone: 'Europe/London' });
  const drawing = summary.columns.worries.find((e) => e.kind === 'drawing');
  const drawings = new Map(drawing?.kind === 'drawing' ? [[drawing.file, makePng(60, 40, new Uint8Array(60 * 40 * 3).fill(120))]] : []);
  bytes = await summaryToPdf(summary, { loadFonts, drawings });
  dir = mkdtempSync(join(tmpdir(), 'voicemap-archival-'));
  file = join(dir, 'amira.pdf');
  writeFileSync(file, bytes);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

/**
 * The text of the file's structure as poppler gives it, on one line. Poppler writes each piece
 * of marked content of an element as a quoted string of its own; they are joined here, as a
 * reader of the element would.
 */
const structureText = (pdf: string) =>
  run('pdfinfo', ['-struct-text', pdf])
    .replace(/"\n\s*"/g, '')
    .replace(/\s+/g, ' ');

describe('the summary PDF as an accessible, archival file', () => {
  popplerIt('is tagged, unencrypted, and shows its title in the window', () => {
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Encrypted:\s+no$/m);
    expect(info).toMatch(/^Metadata Stream:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Summary of time with a child$/m);
  });

  popplerIt(
    "gives the headings and the child's words in reading order through its structure",
    () => {
      const flat = structureText(file);
      const inOrder = [
        'H1 (block) "What Amira shared"',
        `H2 (block) "${summary.labels.headings.workingWell}"`,
        `"${QUOTES.goodDog}"`,
        `H2 (block) "${summary.labels.headings.worries}"`,
        `"${QUOTES.worryDad}"`,
        `"${QUOTES.worryArabic}"`,
        `"${QUOTES.worryArabicLamAlef}"`,
        `H2 (block) "${summary.labels.headings.needsToHappen}"`,
        `"${QUOTES.dreamPolish}"`,
        `H2 (block) "${summary.labels.headings.scales}"`,
        `H2 (block) "${summary.labels.headings.workerNotes}"`,
        'H2 (block) "Map insert: what Amira shared"',
        'Table (block)',
      ];
      let from = 0;
      for (const expected of inOrder) {
        const at = flat.indexOf(expected, from);
        expect(at, `${expected} after what comes before it`).toBeGreaterThanOrEqual(from);
        from = at + expected.length;
      }
      // The page numbers are artifacts, not content: they are not in the structure.
      expect(flat).not.toContain('Page 1 of');
    },
    30_000,
  );

  popplerIt(
    'gives right-to-left words through its structure in reading order, in sentences of their own and inside English',
    async () => {
      const samples = [
        'لا أحب الظلام لا', // lam-alef, drawn as one glyph in DejaVu Sans
        'My brother أحمد is 7 and he (أحمد) shouts',
        'I said مرحبا يا صديقي to my friend',
        'عمري 7 سنوات',
        '(أنا) خائف', // brackets in right-to-left text: drawn mirrored, copied out as written
        'قال أخي (أحمد) إن عمره',
        'یہ گھر ہے', // Urdu: ہ and ے come from Noto Sans Arabic
        'אני מפחד',
      ];
      const session = { ...amira, pages: [{ ...amira.pages[0], items: samples.map((text, i) => words(text, 'child', 'worker', `r${i}`)) }] };
      const { t, tCommon } = await makeTranslators();
      const s = buildSummary(session, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName });
      const withNoto = async (): Promise<PdfFontBytes> => ({ ...(await loadFonts()), fallbacks: [fontFile('NotoSansArabic-Regular.ttf')] });
      const rtlFile = join(dir, 'rtl.pdf');
      writeFileSync(rtlFile, await summaryToPdf(s, { loadFonts: withNoto }));
      const flat = structureText(rtlFile);
      for (const sample of samples) expect(flat, sample).toContain(`"${sample}"`);
    },
    30_000,
  );

  it('has a structure tree: MarkInfo, ParentTree, marked content, figures with alternative text, the map as a table', async () => {
    const doc = await PDFDocument.load(bytes);
    const catalog = doc.catalog;
    const markInfo = catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo.get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(catalog.get(PDFName.of('Lang'))?.toString()).toBe('(en-GB)');
    const tree = catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    expect(tree.lookup(PDFName.of('ParentTree'), PDFDict).get(PDFName.of('Nums'))).toBeDefined();
    const viewer = catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(viewer.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');

    const elems = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('StructElem'));
    const types = new Set(elems.map((e) => e.get(PDFName.of('S'))?.toString()));
    for (const type of ['/Document', '/H1', '/H2', '/H3', '/P', '/L', '/LI', '/LBody', '/Figure', '/Table', '/TR', '/TH', '/TD']) expect(types).toContain(type);
    const figure = elems.find((e) => e.get(PDFName.of('S')) === PDFName.of('Figure'));
    const alt = figure?.get(PDFName.of('Alt'));
    expect(alt instanceof PDFHexString ? alt.decodeText() : undefined).toBe("A drawing, which Amira called 'Dad shouting'");

    // Every page's content is marked: MCIDs for content, Artifact for the rest.
    for (const page of doc.getPages()) {
      expect(page.node.get(PDFName.of('StructParents'))).toBeDefined();
    }
    const arabic = elems.find((e) => {
      const actual = e.get(PDFName.of('ActualText'));
      return actual instanceof PDFHexString && actual.decodeText() === QUOTES.worryArabic;
    });
    expect(arabic?.get(PDFName.of('S'))).toBe(PDFName.of('P'));
  });

  qpdfIt('marks every drawing on a page: content with an MCID, the rest as artifacts', () => {
    const plain = join(dir, 'plain.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, plain]);
    const pdf = readFileSync(plain).toString('latin1');
    const streams = [...pdf.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => m[1]).filter((s) => s.includes(' Tf') || s.includes(' re'));
    expect(streams.length).toBeGreaterThan(0);
    for (const stream of streams) {
      expect(stream).toMatch(/\/P <<\/MCID \d+>> BDC/);
      expect(stream).toContain('/Artifact <</Type /Pagination>> BDC');
      // Outside marked content nothing is drawn: every BT and every path sits inside BDC ... EMC.
      let depth = 0;
      for (const line of stream.split('\n')) {
        if (/\bBDC$|\bBMC$/.test(line)) depth++;
        else if (line.trim() === 'EMC') depth--;
        // Text, images, and path painting (fill, stroke or both).
        else if (/^(BT|.* Do|[fFSsBb]\*?)$/.test(line.trim())) expect(depth, line).toBeGreaterThan(0);
      }
    }
  });

  it('declares PDF/A-2 in XMP that matches the document information, with an sRGB output intent and a file identifier', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(text).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(text).toContain(`<rdf:li xml:lang="x-default">${doc.getTitle()}</rdf:li>`);
    expect(text).toContain('<xmp:CreateDate>2026-11-28T11:30:00Z</xmp:CreateDate>');
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-28T11:30:00.000Z');
    expect(text).toContain('<pdf:Producer>Voicemap</pdf:Producer>');
    expect(doc.getProducer()).toBe('Voicemap');
    const intents = doc.catalog.lookup(PDFName.of('OutputIntents'));
    expect(intents?.toString()).toContain('/GTS_PDFA1');
    expect(doc.context.trailerInfo.ID).toBeDefined();
  });

  it('bundles the very profile in assets/icc', () => {
    const asset = readFileSync(fileURLToPath(new URL('../../../assets/icc/sRGB.icc', import.meta.url)));
    expect(Buffer.from(srgbProfile()).equals(asset)).toBe(true);
  });

  qpdfIt('passes qpdf --check', () => {
    const out = run('qpdf', ['--check', file]);
    expect(out).toContain('No syntax or stream encoding errors found');
    expect(out).not.toMatch(/WARNING/i);
  });

  popplerIt('embeds every font (pdffonts)', () => {
    const rows = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
  });

  popplerIt("marks words in the child's screens' language with that language", async () => {
    const session = {
      ...amira,
      language: 'ar',
      pages: [{ ...amira.pages[0], items: [words('أنا خائف من الظلام', 'child', 'worker', 'ar1'), words('I like school', 'child', 'worker', 'en1')] }],
    };
    const { t, tCommon } = await makeTranslators();
    const s = buildSummary(session, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName });
    expect(s.header.childLanguage).toBe('ar');
    const doc = await PDFDocument.load(await summaryToPdf(s, { loadFonts }));
    const langs = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Lang')) !== undefined && o.get(PDFName.of('Type')) === PDFName.of('StructElem'))
      .map((o) => o.get(PDFName.of('Lang'))?.toString());
    expect(langs.length).toBeGreaterThanOrEqual(2);
    expect(new Set(langs)).toEqual(new Set(['(ar)']));
  });
});
