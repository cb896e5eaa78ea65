import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';
import {
  drawingArea,
  expectSaved,
  leaveChildSpace,
  mouseStroke,
  newSession,
  pdfText,
  runPastAutosave,
  setUpPassphrase,
  touchStroke,
  unlock,
  wavePoints,
} from './helpers';

// Issue "Wizards and Fairies": the child chooses a magic character, then fills three magic
// bubbles. Each bubble feeds one column of the family's map in every export.

const PASS = 'wand and wings 7';

type Bubble = 'Good things' | 'Worries' | 'Wishes';
type Column = 'workingWell' | 'worries' | 'needsToHappen';

const BUBBLES: { name: Bubble; place: string; column: Column; heading: RegExp }[] = [
  { name: 'Good things', place: 'good-things', column: 'workingWell', heading: /working well/i },
  { name: 'Worries', place: 'worries', column: 'worries', heading: /worried about/i },
  { name: 'Wishes', place: 'wishes', column: 'needsToHappen', heading: /needs to happen/i },
];

const HEADINGS = [/working well/i, /worried about/i, /needs to happen/i, /scales/i, /worker's notes/i];

interface JsonEntry {
  activity: string;
  place: string;
  kind: string;
  text: string;
  file?: string;
}

/** The text between a heading's first appearance and the next of the map's headings. */
function section(text: string, heading: RegExp): string {
  const start = text.search(heading);
  expect(start, `heading ${heading} in the text`).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start + 1);
  const ends = HEADINGS.map((h) => rest.search(h)).filter((i) => i >= 0);
  return rest.slice(0, ends.length ? Math.min(...ends) : undefined);
}

/**
 * A finger stroke that rests a moment at its end before lifting, as a child's finger does.
 * (A flick that lifts at full speed would start a fling in Chromium, whose next tap anywhere
 * only stops it; the drawing area cancels its touches' browser gestures so that it does not,
 * and touch.spec.ts checks a tap straight after a flick.)
 */
async function fingerStroke(page: Page, area: Locator) {
  const box = (await area.boundingBox())!;
  const points = wavePoints(box.width, box.height, 20);
  const rest = Array.from({ length: 12 }, () => points[points.length - 1]);
  await touchStroke(page, area, [...points, ...rest], { batch: false });
}

/**
 * Taps a button that moves the child on, and taps again if the app has not moved on. In headless
 * Chromium on a busy machine a synthetic tap now and then produces no click at all (seen with the
 * code of every version, on buttons the app does nothing special with); a child would tap again.
 * `arrived` must fail until the tap has done its work.
 */
async function tapToGo(button: Locator, arrived: () => Promise<void>) {
  await expect(async () => {
    await button.tap();
    await arrived();
  }).toPass({ intervals: [500, 1000], timeout: 20_000 });
}

async function addWords(page: Page, text: string) {
  await page.getByRole('button', { name: 'Add words', exact: true }).click();
  await page.getByRole('textbox', { name: 'Words', exact: true }).fill(text);
  await page.getByRole('button', { name: 'Save words', exact: true }).click();
  await expect(page.getByText(text, { exact: true })).toBeVisible();
}

async function openBubble(page: Page, bubble: Bubble) {
  await page.getByRole('button', { name: bubble, exact: true }).click();
  await expect(drawingArea(page)).toBeVisible();
}

async function downloadOf(page: Page, button: string): Promise<{ download: Download; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { download, path: await download.path() };
}

/** From a bubble page back to the session screen, the way a worker ends the activity. */
async function finishActivity(page: Page) {
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await page.getByRole('button', { name: 'We have finished' }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await leaveChildSpace(page, PASS);
  await expect(page.getByRole('button', { name: 'Make summary', exact: true })).toBeVisible();
}

/** Make summary, then the data file, parsed. */
async function summaryData(page: Page) {
  await page.getByRole('button', { name: 'Make summary', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'What will be shared' })).toBeVisible();
  const json = JSON.parse(readFileSync((await downloadOf(page, 'Download data')).path, 'utf8'));
  expect(json.format).toBe('voicemap-summary');
  return json as { map: Record<Column, JsonEntry[]> };
}

test('@touch a child picks the fairy, draws by finger and writes in every bubble, and finds it all after reload and in the summary', async ({ page }) => {
  const words: Record<Bubble, string> = {
    'Good things': 'Nan\'s cat "Mittens" sleeps on my bed',
    Worries: 'Kiedy tata krzyczy – boję się <b>bardzo</b>',
    Wishes: 'I wish Mum & me had a garden',
  };

  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Amira');
  // The chooser first: nothing to draw on until a character is chosen.
  await tapToGo(page.getByRole('button', { name: 'Wizards and Fairies', exact: true }), () =>
    expect(page.getByRole('heading', { name: 'Who would you like to be?' })).toBeVisible({ timeout: 2000 }),
  );
  await expect(drawingArea(page)).toHaveCount(0);
  const fairy = page.getByRole('button', { name: 'Fairy', exact: true });
  await tapToGo(fairy, () => expect(fairy).toHaveAttribute('aria-pressed', 'true', { timeout: 2000 }));
  await expect(page.getByRole('button', { name: 'Wizard', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await tapToGo(page.getByRole('button', { name: 'Ready', exact: true }), () =>
    expect(page.getByRole('heading', { name: 'Which magic bubble would you like to start with?' })).toBeVisible({ timeout: 2000 }),
  );

  for (const { name } of BUBBLES) {
    const area = drawingArea(page);
    // The bubble's own page: its place tab is the current one, and it is empty.
    await tapToGo(page.getByRole('button', { name, exact: true }), async () => {
      await expect(page.locator(`.place-tab[aria-current="page"]`)).toContainText(name, { timeout: 2000 });
      await expect(area).toHaveAttribute('data-strokes', '0', { timeout: 2000 });
    });
    await fingerStroke(page, area);
    await expect(area).toHaveAttribute('data-strokes', '1');
    await addWords(page, words[name]);
  }
  // The fairy asks the questions.
  await expect(page.getByText('If you had the magic wand, what would you change or wish for?')).toBeVisible();

  await expectSaved(page);
  await page.reload();
  await unlock(page, PASS);
  // The choice was kept: no chooser again, straight back to the bubbles.
  await expect(page.getByRole('heading', { name: 'Who would you like to be?' })).toHaveCount(0);
  for (const { name } of BUBBLES) {
    await openBubble(page, name);
    await expect(drawingArea(page)).toHaveAttribute('data-strokes', '1');
    await expect(page.getByText(words[name], { exact: true })).toBeVisible();
    // Each bubble holds only its own words.
    for (const other of BUBBLES.filter((b) => b.name !== name)) {
      await expect(page.getByText(words[other.name], { exact: true })).toHaveCount(0);
    }
  }
  await expect(page.getByText('What does the good fairy see that is good at home?')).toHaveCount(0);
  await openBubble(page, 'Good things');
  await expect(page.getByText('What does the good fairy see that is good at home?')).toBeVisible();

  await finishActivity(page);
  const json = await summaryData(page);
  for (const { name, place, column } of BUBBLES) {
    const fromBubble = json.map[column].filter((e) => e.activity === 'wizards-and-fairies');
    expect(fromBubble.length, `${name} entries in map.${column}`).toBeGreaterThan(0);
    for (const entry of fromBubble) expect(entry.place).toBe(place);
    expect(fromBubble.find((e) => e.kind === 'words')?.text).toBe(words[name]);
    expect(fromBubble.find((e) => e.kind === 'drawing')?.file).toMatch(/\.png$/);
  }
});

test("the wizard's three bubbles land in the right columns of the data and the PDF", async ({ page }) => {
  const words: Record<Bubble, string> = {
    'Good things': 'Playing football with Nan on Sundays',
    Worries: 'When Dad shouts I hide "quietly"',
    Wishes: 'Mă tem de întuneric – zażółć',
  };

  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Bilal');
  await page.getByRole('button', { name: 'Wizards and Fairies', exact: true }).click();
  await page.getByRole('button', { name: 'Wizard', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Wizard', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Ready', exact: true }).click();

  await openBubble(page, 'Worries');
  await expect(page.getByText('What does the worry wizard see that worries it?')).toBeVisible();
  await mouseStroke(page, drawingArea(page), [
    [60, 60],
    [160, 120],
    [260, 80],
  ]);
  await expect(drawingArea(page)).toHaveAttribute('data-strokes', '1');
  await addWords(page, words.Worries);
  await openBubble(page, 'Good things');
  await expect(page.getByText('What does the good wizard see that is good at home?')).toBeVisible();
  await addWords(page, words['Good things']);
  await openBubble(page, 'Wishes');
  await addWords(page, words.Wishes);

  await expectSaved(page);
  await page.reload();
  await unlock(page, PASS);
  for (const { name } of BUBBLES) {
    await openBubble(page, name);
    await expect(page.getByText(words[name], { exact: true })).toBeVisible();
    await expect(drawingArea(page)).toHaveAttribute('data-strokes', name === 'Worries' ? '1' : '0');
  }

  await finishActivity(page);
  const json = await summaryData(page);
  for (const { name, place, column } of BUBBLES) {
    const said = json.map[column].filter((e) => e.kind === 'words');
    expect(said, `words in map.${column}`).toEqual([expect.objectContaining({ activity: 'wizards-and-fairies', place, text: words[name] })]);
  }
  const drawing = json.map.worries.find((e) => e.kind === 'drawing');
  expect(drawing).toEqual(expect.objectContaining({ activity: 'wizards-and-fairies', place: 'worries' }));
  expect(json.map.workingWell.some((e) => e.kind === 'drawing')).toBe(false);

  // The PDF, read back by a real PDF reader: each bubble's words under its own heading.
  const pdf = await downloadOf(page, 'Download PDF');
  expect(pdf.download.suggestedFilename()).toMatch(/\.pdf$/);
  const text = pdfText(pdf.path);
  for (const { name, heading } of BUBBLES) {
    const own = section(text, heading);
    expect(own, `${name} under ${heading}`).toContain(words[name]);
    for (const other of BUBBLES.filter((b) => b.name !== name)) expect(own).not.toContain(words[other.name]);
  }
});

test('practice Wizards and Fairies says nothing is saved, and saves nothing', async ({ page }) => {
  await page.clock.install();
  await page.goto('/#/practice/wizards-and-fairies');
  await expect(page.getByText('Practice - nothing is saved')).toBeVisible();
  await page.getByRole('button', { name: 'Fairy', exact: true }).click();
  await page.getByRole('button', { name: 'Ready', exact: true }).click();
  await openBubble(page, 'Wishes');
  await mouseStroke(page, drawingArea(page), [
    [50, 50],
    [150, 90],
    [250, 60],
  ]);
  await expect(drawingArea(page)).toHaveAttribute('data-strokes', '1');
  await addWords(page, 'practice wish');
  await expect(page.getByText('Practice - nothing is saved')).toBeVisible();
  await runPastAutosave(page);
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
