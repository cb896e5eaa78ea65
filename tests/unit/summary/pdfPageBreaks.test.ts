// @vitest-environment node
/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSummary } from '../../../src/summary/buildSummary';
import type { PdfFontBytes } from '../../../src/summary/pdfFonts';
import { summaryToPdf } from '../../../src/summary/toPdf';
import { SUMMARY_AT, amira, stickerName, words } from './fixtures';
import { makePng } from './pngFiles';
import { makeTranslators } from './translators';

const fontFile = (name: string) => readFileSync(fileURLToPath(new URL(`../../../assets/fonts/${name}`, import.meta.url)));
const loadFonts = async (): Promise<PdfFontBytes> => ({ regular: fontFile('DejaVuSans.ttf'), bold: fontFile('DejaVuSans-Bold.ttf') });

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A page-sized drawing, so an entry with it is a tall block that cannot share a page's foot. */
function tallPng(): Uint8Array {
  const [width, height] = [300, 250];
  return makePng(width, height, new Uint8Array(width * height * 3).fill(200));
}

const pdfIt = hasPoppler() ? it : it.skip;

describe('page breaks in the summary PDF', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'voicemap-breaks-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Filler of 1 to 40 lines before the sections moves every heading through every place on a
  // page, the foot included; the drawing among the worries is the tall block after a heading.
  pdfIt(
    'never ends a page with a heading: its first line or drawing is always on the same page',
    async () => {
      const { t, tCommon } = await makeTranslators();
      const stranded: string[] = [];
      for (let lines = 1; lines <= 40; lines++) {
        const filler = words(Array.from({ length: lines }, (_, i) => `filler line ${i + 1}`).join('\n'), 'child', 'worker', 'filler');
        const session = { ...amira, pages: [{ ...amira.pages[0], items: [filler, ...amira.pages[0].items] }, ...amira.pages.slice(1)] };
        const summary = buildSummary(session, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName });
        const drawing = summary.columns.worries.find((e) => e.kind === 'drawing');
        const drawings = new Map(drawing?.kind === 'drawing' ? [[drawing.file, tallPng()]] : []);
        const headings = new Set([...Object.values(summary.labels.headings), ...summary.pages.map((p) => p.heading)]);
        const file = join(dir, `breaks-${lines}.pdf`);
        writeFileSync(file, await summaryToPdf(summary, { loadFonts, drawings }));
        const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
        pages.forEach((text, index) => {
          // The page number is the footer, not the page's last line of content.
          const rows = text
            .split('\n')
            .map((row) => row.trim())
            .filter((row) => row !== '' && !/^Page \d+ of \d+$/.test(row));
          const last = rows[rows.length - 1];
          if (last !== undefined && headings.has(last)) stranded.push(`${lines} filler lines, page ${index + 1}: "${last}"`);
        });
      }
      expect(stranded).toEqual([]);
    },
    120_000,
  );
});
