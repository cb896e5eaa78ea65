import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { expectSaved, leaveChildSpace, newSession, pdfText, runPastAutosave, setUpPassphrase, touchStroke, unlock } from './helpers';

// Issue "Safety and wellbeing scales": the child rates 0-10 by keys, by touch or by buttons,
// says why in their own words; the worker sees the numbers over time and, for a very low
// number on a safety question, a reminder that the child never sees.

const PASS = 'ladder to ten 5';
const QUESTION = 'How safe do you feel at home?';
const ZERO_MEANS = 'you feel really scared at home';
const TEN_MEANS = 'you feel really safe at home and nothing worries you';
const REMINDER = /follow your safeguarding procedure/;

function slider(page: Page): Locator {
  return page.getByRole('slider', { name: /^How safe/ });
}

async function openScale(page: Page) {
  await page.getByRole('button', { name: 'Safety scale', exact: true }).click();
  await expect(slider(page)).toBeVisible();
}

/** Rates by keyboard from "not chosen yet": the first ArrowRight gives 1. */
async function rateByKeys(page: Page, value: number) {
  const s = slider(page);
  await s.focus();
  for (let i = 0; i < value; i++) await page.keyboard.press('ArrowRight');
  await expect(s).toHaveAttribute('aria-valuenow', String(value));
}

/** From the rating screen back to the session screen, the child's way out. */
async function finishScale(page: Page) {
  await page.getByRole('button', { name: 'We have finished', exact: true }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await leaveChildSpace(page, PASS);
  await expect(page.getByRole('button', { name: 'Make summary', exact: true })).toBeVisible();
}

/** Taps the middle of one step of the scale with a finger (trusted touch events). */
async function tapStep(page: Page, step: number) {
  const target = slider(page).locator(`[data-step="${step}"]`);
  const box = (await target.boundingBox())!;
  await touchStroke(page, target, [[box.width / 2, box.height / 2]]);
}

test("rating by keyboard, the child's words kept exactly after reload, and the data file carries the scale", async ({ page }) => {
  const why = `Mum said "it's OK" 🙂 ale boję się – zażółć <i>trochę</i>  `;

  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Amira');
  await openScale(page);

  const s = slider(page);
  await expect(s).toHaveAccessibleName(QUESTION);
  await expect(s).toHaveAttribute('aria-valuemin', '0');
  await expect(s).toHaveAttribute('aria-valuemax', '10');
  await expect(s).toHaveAttribute('aria-valuetext', 'No number chosen yet');
  await expect(page.getByRole('textbox', { name: 'Why this number?' })).toHaveCount(0);

  await rateByKeys(page, 3);
  await expect(s).toHaveAttribute('aria-valuetext', `3 - nearer to 0: ${ZERO_MEANS}`);
  await page.keyboard.press('End');
  await expect(s).toHaveAttribute('aria-valuenow', '10');
  await page.keyboard.press('ArrowRight');
  await expect(s).toHaveAttribute('aria-valuenow', '10');
  await page.keyboard.press('Home');
  await expect(s).toHaveAttribute('aria-valuenow', '0');
  await expect(s).toHaveAttribute('aria-valuetext', `0 - ${ZERO_MEANS}`);
  await page.keyboard.press('ArrowLeft');
  await expect(s).toHaveAttribute('aria-valuenow', '0');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(s).toHaveAttribute('aria-valuenow', '5');
  await expect(s).toHaveAttribute('aria-valuetext', '5 - in the middle');
  // The big buttons do the same, for switch users.
  await page.getByRole('button', { name: 'One more', exact: true }).click();
  await expect(s).toHaveAttribute('aria-valuenow', '6');

  const whyBox = page.getByRole('textbox', { name: 'Why this number?' });
  await whyBox.fill(why);
  await expect(whyBox).toHaveValue(why);

  await expectSaved(page);
  await page.reload();
  await unlock(page, PASS);
  // A later visit starts at the list of questions answered so far.
  await page.getByRole('button', { name: new RegExp(`^${QUESTION.replace('?', '\\?')}\\s*6$`) }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '6');
  await expect(page.getByRole('textbox', { name: 'Why this number?' })).toHaveValue(why);

  await finishScale(page);
  await page.getByRole('button', { name: 'Make summary', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download data', exact: true }).click()]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(json.map.scales).toHaveLength(1);
  const scale = json.map.scales[0];
  expect(scale.question).toBe(QUESTION);
  expect(scale.zeroMeans).toBe(ZERO_MEANS);
  expect(scale.tenMeans).toBe(TEN_MEANS);
  expect(Number.isInteger(scale.value)).toBe(true);
  expect(scale.value).toBe(6);
  // Verbatim: quotes, emoji, Polish letters, markup-looking text; at most the ends trimmed.
  expect([why, why.trim()]).toContain(scale.why);
});

test('@touch tapping a step of the scale chooses that number, and a drag ends where the finger lifts', async ({ page }) => {
  await page.goto('/#/practice/scale');
  await expect(page.getByText('Practice - nothing is saved')).toBeVisible();
  const s = slider(page);
  await expect(s).toHaveAccessibleName(QUESTION);
  await expect(s).toHaveAttribute('aria-valuetext', 'No number chosen yet');

  await tapStep(page, 7);
  await expect(s).toHaveAttribute('aria-valuenow', '7');
  await expect(s).toHaveAttribute('aria-valuetext', `7 - nearer to 10: ${TEN_MEANS}`);
  await tapStep(page, 2);
  await expect(s).toHaveAttribute('aria-valuenow', '2');
  await tapStep(page, 10);
  await expect(s).toHaveAttribute('aria-valuenow', '10');

  // A finger that slides from 1 to 4 and lifts there chooses 4.
  const from = (await s.locator('[data-step="1"]').boundingBox())!;
  const to = (await s.locator('[data-step="4"]').boundingBox())!;
  const box = (await s.boundingBox())!;
  const y = from.y + from.height / 2 - box.y;
  const x0 = from.x + from.width / 2 - box.x;
  const x1 = to.x + to.width / 2 - box.x;
  const path = Array.from({ length: 10 }, (_, i) => [x0 + ((x1 - x0) * i) / 9, y] as [number, number]);
  await touchStroke(page, s, path, { batch: false });
  await expect(s).toHaveAttribute('aria-valuenow', '4');
  await expect(page.getByRole('textbox', { name: 'Why this number?' })).toBeVisible();
});

test('practice scale says nothing is saved, and saves nothing', async ({ page }) => {
  await page.clock.install();
  await page.goto('/#/practice/scale');
  await expect(page.getByText('Practice - nothing is saved')).toBeVisible();
  await rateByKeys(page, 4);
  await page.getByRole('textbox', { name: 'Why this number?' }).fill('practice reason');
  await runPastAutosave(page);
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test("a 1 on the safety question reminds the worker, and never shows on the child's rating screen", async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Bilal');
  await openScale(page);
  await rateByKeys(page, 1);
  await page.getByRole('textbox', { name: 'Why this number?' }).fill('Dad gets angry');
  // The child's screen: no worker's panel and no reminder anywhere in it.
  await expect(page.getByText('Bilal chose 1.')).toHaveCount(0);
  await expect(page.getByText(REMINDER)).toHaveCount(0);
  await expect(page.getByText('A reminder for you')).toHaveCount(0);

  // The closing screen and the hand-back screen are the child's: no reminder there.
  await page.getByRole('button', { name: 'We have finished', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for telling me.' })).toBeVisible();
  await expect(page.getByText(REMINDER)).toHaveCount(0);
  // The worker's help beside the child holds no reminder either: that waits for the worker's space.
  await page.getByRole('button', { name: 'For the worker', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Ask another question', exact: true })).toBeVisible();
  await expect(page.getByText(/safeguarding/i)).toHaveCount(0);

  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(page.getByText(REMINDER)).toHaveCount(0);

  // Only the worker's session screen, after the passphrase, shows it, with the child's words.
  await leaveChildSpace(page, PASS);
  await expect(page.getByRole('button', { name: 'Make summary', exact: true })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'A reminder for you' })).toContainText(
    'Bilal chose 1 on a question about safety. Please follow your safeguarding procedure',
  );
  await expect(page.getByText('Dad gets angry')).toBeVisible();

  // Back on the child's rating screen, still nothing.
  await page.getByRole('button', { name: 'Safety scale', exact: true }).click();
  await page.getByRole('button', { name: /^How safe do you feel at home\?\s*1$/ }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1');
  await expect(page.getByText(REMINDER)).toHaveCount(0);
});

test("the worker sees the child's numbers over time, as a chart with a table", async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);

  await newSession(page, 'Zofia');
  await openScale(page);
  await rateByKeys(page, 3);
  await finishScale(page);
  await expect(page.getByText('Zofia chose 3.')).toBeVisible();

  // A later visit: a new session for the same child, the same question.
  await page.getByRole('link', { name: 'All sessions' }).click();
  await newSession(page, 'Zofia');
  await openScale(page);
  await rateByKeys(page, 7);
  await finishScale(page);

  const chart = page.getByRole('figure', { name: `Over time: ${QUESTION}` });
  await expect(chart).toBeVisible();
  const rows = chart.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).getByRole('columnheader')).toHaveText(['Date', 'Number']);
  await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('3');
  await expect(rows.nth(2).getByRole('cell').nth(1)).toHaveText('7');
  await expect(rows.nth(2).getByRole('cell').nth(0)).toContainText('(this session)');
  await expect(rows.nth(1).getByRole('cell').nth(0)).not.toContainText('(this session)');
  // Neither number is very low: no safeguarding reminder.
  await expect(page.getByText(REMINDER)).toHaveCount(0);

  // The exported summary shows the change over time too.
  await page.getByRole('button', { name: 'Make summary', exact: true }).click();
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF', exact: true }).click()]);
  const text = pdfText(await pdf.path()).replace(/\s+/g, ' ');
  expect(text).toMatch(/Over time: .*: 3; .*: 7 \(this session\)/);
  await page.getByRole('link', { name: /Back to Zofia/ }).click();

  // Another child's numbers never join Zofia's line.
  await page.getByRole('link', { name: 'All sessions' }).click();
  await newSession(page, 'Cara');
  await openScale(page);
  await rateByKeys(page, 5);
  await finishScale(page);
  const caraRows = page
    .getByRole('figure', { name: `Over time: ${QUESTION}` })
    .getByRole('table')
    .getByRole('row');
  await expect(caraRows).toHaveCount(2);
  await expect(caraRows.nth(1).getByRole('cell').nth(1)).toHaveText('5');
});
