import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import mammoth from 'mammoth';
import type { Download, Locator, Page } from '@playwright/test';
import { drawingArea, expectSaved, leaveChildSpace, newSession, pdfText, setUpPassphrase, touchStroke, unlock, wavePoints } from './helpers';

// Issue 16: the Safety House (after Sonja Parker), by touch on the tablet: four drawing parts
// and the path, in practice and in a session, and in the summary's PDF and data file.

const PASS = 'a safe house 16';
type Part = 'Inside the house' | 'Visitors' | 'Outside' | 'Rules on the roof';
const WORDS: Record<Part, string> = {
  'Inside the house': 'Mum and Nan  and my cat',
  Visitors: 'Auntie Rosa on Sundays',
  Outside: 'Uncle Pete when he has been "drinking"',
  'Rules on the roof': 'No shouting – żółw rule',
};
const WHY = 'Mum is  getting better';
const HEADINGS = [/working well/i, /worried about/i, /needs to happen/i, /scales/i, /worker's notes/i];

function pathSlider(page: Page): Locator {
  return page.getByRole('slider', { name: /^Where are you on the path/ });
}

/** A finger stroke that rests at its end before lifting, as a child's does (a quick flick: touch.spec.ts). */
async function fingerStroke(page: Page, area: Locator) {
  const box = (await area.boundingBox())!;
  const points = wavePoints(box.width, box.height, 16);
  await touchStroke(page, area, [...points, ...Array.from({ length: 10 }, () => points[points.length - 1])], { batch: false });
}

/** Taps until the app has moved on: a synthetic tap on a busy machine is now and then lost. */
async function tapToGo(button: Locator, arrived: () => Promise<void>) {
  await expect(async () => {
    await button.tap();
    await arrived();
  }).toPass({ intervals: [500, 1000], timeout: 20_000 });
}

async function openPart(page: Page, part: Part) {
  await tapToGo(page.getByRole('button', { name: part, exact: true }), async () => {
    await expect(page.locator('.place-tab[aria-current="page"]')).toContainText(part, { timeout: 2000 });
    await expect(drawingArea(page)).toBeVisible({ timeout: 2000 });
  });
}

async function addWords(page: Page, text: string) {
  await page.getByRole('button', { name: 'Add words', exact: true }).tap();
  await page.getByRole('textbox', { name: 'Words', exact: true }).fill(text);
  await page.getByRole('button', { name: 'Save words', exact: true }).tap();
  await expect(page.getByText(text, { exact: true })).toBeVisible();
}

async function addSticker(page: Page, name: string) {
  await tapToGo(page.getByRole('button', { name: 'Stickers', exact: true }), () =>
    expect(page.getByRole('button', { name, exact: true })).toBeVisible({ timeout: 2000 }),
  );
  await page.getByRole('button', { name, exact: true }).tap();
  await expect(page.getByRole('button', { name: `Sticker: ${name}` })).toHaveCount(1);
}

async function downloadOf(page: Page, button: string): Promise<{ download: Download; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { download, path: await download.path() };
}

/** The text between a heading's first appearance and the next of the summary's headings. */
function section(text: string, heading: RegExp): string {
  const match = heading.exec(text);
  expect(match, `heading ${heading} in the text`).not.toBeNull();
  const rest = text.slice(match!.index + match![0].length);
  const ends = HEADINGS.map((h) => rest.search(h)).filter((i) => i >= 0);
  return rest.slice(0, ends.length ? Math.min(...ends) : undefined);
}

test('@touch practice Safety House: draw, a sticker and words in a part, and a place on the path, with nothing saved', async ({ page }) => {
  await page.goto('/#/practice/safety-house');
  await expect(page.getByText('Practice - nothing is saved')).toBeVisible();
  await openPart(page, 'Visitors');
  const area = drawingArea(page);
  await expect(page.getByText('Who would visit to help keep you safe?')).toBeVisible();
  await fingerStroke(page, area);
  await expect(area).toHaveAttribute('data-strokes', '1');
  await addSticker(page, 'Mum');
  await addWords(page, 'practice visitor');

  // The path: a tap on the slider places the child there; the buttons move one step.
  await tapToGo(page.getByRole('button', { name: 'Safety path', exact: true }), () => expect(pathSlider(page)).toBeVisible({ timeout: 2000 }));
  const slider = pathSlider(page);
  await expect(slider).toHaveAttribute('aria-valuetext', 'Not on the path yet');
  const box = (await slider.boundingBox())!;
  await touchStroke(page, slider, [[box.width * 0.7, box.height / 2]]);
  await expect(slider).not.toHaveAttribute('aria-valuetext', 'Not on the path yet');
  const tapped = Number(await slider.inputValue());
  expect(tapped).toBeGreaterThanOrEqual(6);
  expect(tapped).toBeLessThanOrEqual(8);
  await page.getByRole('button', { name: 'Closer to the door', exact: true }).tap();
  await expect(slider).toHaveValue(String(tapped + 1));
  await expect(slider).toHaveAttribute('aria-valuetext', `${tapped + 1} out of 10`);
  await expect(page.getByText('0 is the start of the path, 10 is at the door.')).toBeVisible();

  // Back to the part: what was made is still there in this visit, and nothing is stored anywhere.
  await openPart(page, 'Visitors');
  await expect(page.getByText('practice visitor', { exact: true })).toBeVisible();
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('@touch a child fills the Safety House in a session, behind the gate, and the PDF and data carry it under the right headings', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Amira');
  await tapToGo(page.getByRole('button', { name: 'Safety House', exact: true }), () =>
    expect(page.getByRole('heading', { name: 'Which part of your safe house would you like to start with?' })).toBeVisible({ timeout: 2000 }),
  );
  // The child's space: no Lock here.
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toHaveCount(0);

  await openPart(page, 'Outside');
  await fingerStroke(page, drawingArea(page));
  await expect(drawingArea(page)).toHaveAttribute('data-strokes', '1');
  await addSticker(page, 'Dad');
  await addWords(page, WORDS.Outside);
  for (const part of ['Inside the house', 'Visitors', 'Rules on the roof'] as const) {
    await openPart(page, part);
    await addWords(page, WORDS[part]);
  }
  await tapToGo(page.getByRole('button', { name: 'Safety path', exact: true }), () => expect(pathSlider(page)).toBeVisible({ timeout: 2000 }));
  const closer = page.getByRole('button', { name: 'Closer to the door', exact: true });
  for (let i = 1; i <= 3; i++) {
    await closer.tap();
    await expect(pathSlider(page)).toHaveValue(String(i));
  }
  await page.getByRole('textbox', { name: 'Why there on the path?' }).fill(WHY);
  await expectSaved(page);

  // A reload in the child's space asks for the passphrase, then everything is back.
  await page.reload();
  await unlock(page, PASS);
  await tapToGo(page.getByRole('button', { name: 'Safety path', exact: true }), () => expect(pathSlider(page)).toBeVisible({ timeout: 2000 }));
  await expect(pathSlider(page)).toHaveValue('3');
  await expect(page.getByRole('textbox', { name: 'Why there on the path?' })).toHaveValue(WHY);
  await openPart(page, 'Outside');
  await expect(drawingArea(page)).toHaveAttribute('data-strokes', '1');
  await expect(page.getByText(WORDS.Outside, { exact: true })).toBeVisible();
  await expect(page.getByText(WORDS.Visitors, { exact: true })).toHaveCount(0);

  // The end of the activity hands the tablet back; the worker's passphrase opens the session.
  await page.getByRole('button', { name: 'All', exact: true }).tap();
  await page.getByRole('button', { name: 'We have finished' }).tap();
  await page.getByRole('button', { name: 'Done', exact: true }).tap();
  await leaveChildSpace(page, PASS);
  await page.getByRole('button', { name: 'Make summary', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'What will be shared' })).toBeVisible();
  // The review names each part and its activity, and offers the child's words to share.
  await expect(page.getByRole('heading', { name: 'Outside (Safety House)' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: new RegExp(`^Share.*${WORDS.Visitors}`) })).toBeChecked();

  const json = JSON.parse(readFileSync((await downloadOf(page, 'Download data')).path, 'utf8'));
  const said = (column: string) =>
    (json.map[column] as { activity: string; place: string; kind: string; text: string }[]).filter((e) => e.kind === 'words').map((e) => [e.place, e.text]);
  expect(said('worries')).toEqual([['safety-house-outside', WORDS.Outside]]);
  expect(said('needsToHappen')).toEqual([
    ['safety-house-inside', WORDS['Inside the house']],
    ['safety-house-visitors', WORDS.Visitors],
    ['safety-house-rules', WORDS['Rules on the roof']],
  ]);
  expect(json.map.workingWell).toEqual([]);
  expect(json.map.worries.some((e: { kind: string; file?: string }) => e.kind === 'drawing' && /\.png$/.test(e.file ?? ''))).toBe(true);
  expect(json.map.worries.some((e: { kind: string; text: string }) => e.kind === 'sticker' && e.text === 'Dad')).toBe(true);
  expect(json.map.scales).toEqual([
    expect.objectContaining({
      activity: 'safety-house',
      question: 'Where are you on the path?',
      zeroMeans: 'the start of the path, far from the door (not safe)',
      tenMeans: 'at the door (safe)',
      value: 3,
      why: WHY,
    }),
  ]);

  // The PDF as a real reader sees it.
  const text = pdfText((await downloadOf(page, 'Download PDF')).path).replace(/[ \t]+/g, ' ');
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const worried = flat(section(text, /worried about/i));
  expect(worried).toContain(flat(WORDS.Outside));
  expect(worried).toContain('Outside');
  for (const part of ['Inside the house', 'Visitors', 'Rules on the roof'] as const) expect(worried).not.toContain(flat(WORDS[part]));
  const needs = flat(section(text, /needs to happen/i));
  for (const part of ['Inside the house', 'Visitors', 'Rules on the roof'] as const) {
    expect(needs).toContain(part);
    expect(needs).toContain(flat(WORDS[part]));
  }
  expect(needs).not.toContain(flat(WORDS.Outside));
  const scales = flat(section(text, /child's scales/i));
  expect(scales).toContain('Where are you on the path?');
  expect(scales).toContain('0 means: the start of the path, far from the door (not safe)');
  expect(scales).toContain('10 means: at the door (safe)');
  expect(scales).toMatch(/Amira chose 3 out of 10/);
  expect(text).toContain('Safety House (after Sonja Parker)');

  // The Word file carries the same: the part's words and the path with both ends.
  const word = flat((await mammoth.extractRawText({ path: (await downloadOf(page, 'Download Word')).path })).value);
  for (const part of ['Inside the house', 'Visitors', 'Outside', 'Rules on the roof'] as const) expect(word).toContain(flat(WORDS[part]));
  expect(word).toContain('Where are you on the path?');
  expect(word).toContain('10 means: at the door (safe)');
});
