import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { drawingArea, mouseStroke, newSession, pdfFonts, pdfText, setUpPassphrase, leaveChildSpace } from './helpers';

const PASS = 'summary pass 1';
// Emoji as a tablet keyboard types them: the PDF fetches its emoji fonts for these.
const GOOD = 'I like playing football with Nan 🐶❤️ 👨‍👩‍👧 👍🏽';
const WORRY = `When Dad shouts I hide under the bed "quietly" <script>`;
const DREAM = 'Mă tem de întuneric – zażółć';
const LEFT_OUT = 'This is a secret for nobody';

async function addWords(page: Page, text: string) {
  await page.getByRole('button', { name: 'Add words', exact: true }).click();
  await page.getByRole('textbox', { name: 'Words', exact: true }).fill(text);
  await page.getByRole('button', { name: 'Save words', exact: true }).click();
  await expect(page.getByText(text, { exact: true })).toBeVisible();
}

async function downloadOf(page: Page, button: string): Promise<{ download: Download; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = await download.path();
  return { download, path };
}

/** The text between a heading's first appearance and the next of the map's headings. */
function section(text: string, heading: RegExp, all: RegExp[]): string {
  const start = text.search(heading);
  expect(start, `heading ${heading} in the text`).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start + 1);
  const ends = all.map((h) => rest.search(h)).filter((i) => i >= 0);
  return rest.slice(0, ends.length ? Math.min(...ends) : undefined);
}

const HEADINGS = [/working well/i, /worried about/i, /needs to happen/i, /scales/i, /worker's notes/i];

test('the summary carries the exact words in the right columns, and what was left out is nowhere', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Amira');
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();

  await page.getByRole('button', { name: 'House of Good Things', exact: true }).click();
  await mouseStroke(page, drawingArea(page), [
    [60, 60],
    [160, 120],
    [260, 80],
  ]);
  await addWords(page, GOOD);
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
  await addWords(page, WORRY);
  await addWords(page, LEFT_OUT);
  await page.getByRole('button', { name: 'Stickers', exact: true }).click();
  await page.getByRole('button', { name: 'Dad', exact: true }).click();
  await page.getByRole('button', { name: 'Close stickers' }).click();
  await page.getByRole('button', { name: 'House of Dreams', exact: true }).click();
  await addWords(page, DREAM);

  // Back to the session, then the review.
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await page.getByRole('button', { name: 'We have finished' }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await leaveChildSpace(page, PASS);
  await page.getByRole('button', { name: 'Make summary', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'What will be shared' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `Share ${GOOD}` })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Share Dad' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Share drawing/ })).toBeChecked();
  await page.getByRole('checkbox', { name: `Share ${LEFT_OUT}` }).uncheck();
  await expect(page.getByText('Not shared')).toBeVisible();
  await page.getByRole('textbox', { name: 'Your notes, in your own words' }).fill('Seen at school; Amira was calm.');
  await page.getByRole('checkbox', { name: /agreed to share/ }).check();

  // PDF: read back with a real PDF reader.
  const pdf = await downloadOf(page, 'Download PDF');
  expect(pdf.download.suggestedFilename()).toMatch(/^[\x20-\x7e]{1,59}\.pdf$/);
  expect(pdf.download.suggestedFilename()).not.toContain('Amira');
  const text = pdfText(pdf.path);
  expect(section(text, /working well/i, HEADINGS)).toContain(GOOD);
  expect(section(text, /worried about/i, HEADINGS)).toContain(WORRY);
  expect(section(text, /worried about/i, HEADINGS)).toContain('Dad');
  expect(section(text, /needs to happen/i, HEADINGS)).toContain(DREAM);
  // The emoji are drawn with the bundled emoji font, fetched by the built app.
  expect(pdfFonts(pdf.path)).toContain('NotoEmoji');
  expect(text).toContain('Seen at school; Amira was calm.');
  expect(text).not.toContain(LEFT_OUT);
  expect(text).toMatch(/Page 1 of \d/);

  // Word: read back with a real .docx reader; the drawing is in it as a picture with alternative text.
  const word = await downloadOf(page, 'Download Word');
  expect(word.download.suggestedFilename()).toMatch(/^[\x20-\x7e]{1,59}\.docx$/);
  const docText = (await mammoth.extractRawText({ path: word.path })).value;
  expect(section(docText, /working well/i, HEADINGS)).toContain(GOOD);
  expect(section(docText, /worried about/i, HEADINGS)).toContain(WORRY);
  expect(section(docText, /worried about/i, HEADINGS)).toContain('Dad');
  expect(section(docText, /needs to happen/i, HEADINGS)).toContain(DREAM);
  expect(docText).toContain('Seen at school; Amira was calm.');
  expect(docText).not.toContain(LEFT_OUT);
  const docx = unzipSync(new Uint8Array(readFileSync(word.path)));
  expect(Object.keys(docx).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
  expect(strFromU8(docx['word/document.xml'])).toMatch(/<wp:docPr [^>]*descr="A drawing/);

  // Plain text.
  const txt = readFileSync((await downloadOf(page, 'Download text')).path, 'utf8');
  expect(section(txt, /working well/i, HEADINGS)).toContain(GOOD);
  expect(section(txt, /worried about/i, HEADINGS)).toContain(WORRY);
  expect(section(txt, /needs to happen/i, HEADINGS)).toContain(DREAM);
  expect(txt).not.toContain(LEFT_OUT);

  // Data: the contract's JSON.
  const json = JSON.parse(readFileSync((await downloadOf(page, 'Download data')).path, 'utf8'));
  expect(json.format).toBe('voicemap-summary');
  expect(json.version).toBe(1);
  expect(json.child.name).toBe('Amira');
  const texts = (col: { text?: string }[]) => col.map((e) => e.text);
  expect(texts(json.map.workingWell)).toContain(GOOD);
  expect(texts(json.map.worries)).toEqual(expect.arrayContaining([WORRY, 'Dad']));
  expect(texts(json.map.needsToHappen)).toContain(DREAM);
  expect(JSON.stringify(json)).not.toContain(LEFT_OUT);
  const drawing = json.map.workingWell.find((e: { kind: string }) => e.kind === 'drawing');
  expect(drawing.file).toMatch(/\.png$/);

  // Everything in one zip: PDF, text, JSON and the drawing.
  const zip = unzipSync(new Uint8Array(readFileSync((await downloadOf(page, 'Download all')).path)));
  const names = Object.keys(zip);
  expect(names.some((n) => n.endsWith('.pdf'))).toBe(true);
  expect(names.some((n) => n.endsWith('.docx'))).toBe(true);
  expect(names.some((n) => n.endsWith('.txt'))).toBe(true);
  expect(names.some((n) => n.endsWith('.json'))).toBe(true);
  expect(names).toContain(drawing.file);
  expect(zip[drawing.file].slice(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
  for (const n of names) expect(n.length).toBeLessThan(60);
  expect(strFromU8(zip[names.find((n) => n.endsWith('.txt'))!])).not.toContain(LEFT_OUT);
});
