import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { leaveChildSpace, newSession, pdfText, setUpPassphrase, unlock } from './helpers';

// Issue "The child's space": once the worker opens an activity, the tablet holds that child's
// activity only. Every way out goes through the worker's passphrase, and nothing of the
// worker's (reminders, other children, delete, lock, language) can be seen or reached.

const PASS = 'two spaces one tablet';
const OTHER_CHILD = 'Zephyrine Other';
const REMINDER_EN = /safeguarding/i;

/** The worker's things that must never be on a child's screen. */
async function expectNothingOfTheWorkers(page: Page) {
  await expect(page.getByText(OTHER_CHILD)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete session' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New session' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Make summary' })).toHaveCount(0);
  expect(await page.locator('body').innerText()).not.toMatch(REMINDER_EN);
}

/** The gate: only the passphrase (and a way back to the activity) is on screen. */
async function expectGate(page: Page) {
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await expectNothingOfTheWorkers(page);
}

async function twoChildren(page: Page, child: string) {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, OTHER_CHILD);
  await page.getByRole('link', { name: 'All sessions' }).click();
  await newSession(page, child);
}

async function rateOneOnSafety(page: Page) {
  await page.getByRole('button', { name: 'Safety scale', exact: true }).click();
  const slider = page.getByRole('slider', { name: /^How safe/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '1');
  await page.getByRole('textbox', { name: 'Why this number?' }).fill('people shout');
}

test('@touch a 14-year-old who chose 1 cannot reach the reminder, other children or delete by any path; the worker sees the reminder after Unlock and the record gives when', async ({
  page,
}) => {
  await twoChildren(page, 'Jess');
  await rateOneOnSafety(page);
  await expectNothingOfTheWorkers(page);
  const activityHash = await page.evaluate(() => window.location.hash);

  // Every tap on every button of the child's closing screen keeps her in her space.
  await page.getByRole('button', { name: 'We have finished', exact: true }).tap();
  await expectNothingOfTheWorkers(page);
  await page.getByRole('button', { name: 'Done', exact: true }).tap();
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await expect(page.getByText('Please give the tablet back')).toBeVisible();
  await expectNothingOfTheWorkers(page);

  // Browser Back, a typed address, another session's address and a reload: the gate each time.
  await page.goBack();
  await expectGate(page);
  await page.getByRole('button', { name: 'Back to the activity', exact: true }).tap();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeHidden();
  await page.evaluate(() => (window.location.hash = '#/'));
  await expectGate(page);
  await page.evaluate(() => (window.location.hash = '#/practice/three-houses'));
  await expectGate(page);

  // A wrong passphrase says so and changes nothing.
  await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase at all');
  await page.getByRole('button', { name: 'Unlock', exact: true }).tap();
  await expect(page.getByRole('alert')).toContainText('not right');
  await expectGate(page);

  // A reload on a practice address still asks for the passphrase first.
  await page.reload();
  await expectGate(page);
  await page
    .getByRole('link', { name: /^Practise/ })
    .first()
    .tap();
  await expectGate(page);

  // Back in the activity, a reload: the gate, then the activity the address asks for.
  await page.evaluate((hash) => (window.location.hash = hash), activityHash);
  await page.reload();
  await expectGate(page);
  await unlock(page, PASS);
  // The reload asked for the child's activity: it opens again, still the child's space.
  await expectNothingOfTheWorkers(page);

  // The worker's way: Worker, passphrase, then the session screen with the reminder.
  const before = Date.now();
  await leaveChildSpace(page, PASS);
  await expect(page.getByRole('button', { name: 'Delete session', exact: true })).toBeVisible();
  const reminder = page.getByRole('note').filter({ hasText: 'A reminder for you' });
  await expect(reminder).toContainText('Jess chose 1');
  await expect(reminder).toContainText(REMINDER_EN);

  // The record gives the time a worker saw it, not the time the child tapped.
  await page.getByRole('button', { name: 'Make summary', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download data', exact: true }).click()]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const shownAt = Date.parse(json.map.scales[0].reminderShownAt);
  expect(shownAt).toBeGreaterThanOrEqual(before - 1000);
  expect(shownAt).toBeLessThanOrEqual(Date.now());
  const [text] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download text', exact: true }).click()]);
  expect(readFileSync(await text.path(), 'utf8')).toMatch(/The worker saw a reminder to follow their safeguarding procedure on .*\d{1,2}:\d{2}/);
});

test("in Polish too, nothing about safeguarding shows in the child's space, and keys reach no worker control", async ({ page }) => {
  const pl = JSON.parse(readFileSync('locales/pl/scale.json', 'utf8'));
  await twoChildren(page, 'Ola');
  await page.getByLabel("Child's language", { exact: true }).selectOption('pl');
  await page.getByRole('button', { name: 'Safety scale', exact: true }).click();
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '1');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  const body = await page.locator('body').innerText();
  expect(body).not.toMatch(REMINDER_EN);
  expect(body).not.toContain(pl.reminder.title);
  expect(body).not.toContain(OTHER_CHILD);

  // Tab through every focusable control of the child's space: none is the worker's, and the
  // only way out (Worker) is last.
  const names: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.getAttribute('aria-label') ?? el.textContent ?? ''}`.trim() : '';
    });
    names.push(name);
  }
  for (const forbidden of ['Lock', 'Delete session', 'All sessions', 'New session', 'Back up', OTHER_CHILD]) {
    expect(names.some((n) => n.includes(forbidden))).toBe(false);
  }
  const plWorker = JSON.parse(readFileSync('locales/pl/common.json', 'utf8')).childSpace.worker;
  expect(names).toContain(plWorker);
  await page.goBack();
  await expectGate(page);
});

test('@touch leaving Three Houses and Wizards and Fairies goes through the gate too', async ({ page }) => {
  await twoChildren(page, 'Amira');
  for (const activity of ['Three Houses', 'Wizards and Fairies']) {
    await page.getByRole('button', { name: activity, exact: true }).tap();
    await expect(page.getByRole('button', { name: 'Worker', exact: true })).toBeVisible();
    await expectNothingOfTheWorkers(page);
    await page.goBack();
    await expectGate(page);
    await page.getByRole('button', { name: 'Back to the activity', exact: true }).tap();
    await expect(page.getByRole('button', { name: 'Worker', exact: true })).toBeVisible();
    await leaveChildSpace(page, PASS);
    await expect(page.getByRole('button', { name: 'Delete session', exact: true })).toBeVisible();
  }
});

test("the worker flags a worrying thing the child said; the flag and note are only in the worker's part of the PDF", async ({ page }) => {
  const WORDS = 'dad shouts at mum wen he drinks';
  const NOTE = 'Discuss with my manager today';
  await twoChildren(page, 'Amira');
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
  await page.getByRole('button', { name: 'Add words', exact: true }).click();
  await page.getByRole('textbox', { name: 'Words', exact: true }).fill(WORDS);
  await page.getByRole('button', { name: 'Save words', exact: true }).click();
  await expect(page.getByText(WORDS, { exact: true })).toBeVisible();
  await leaveChildSpace(page, PASS);

  await page.getByText(/^To follow up/).click();
  await page.getByRole('checkbox', { name: new RegExp(`^Follow up: House of Worries .*${WORDS}`) }).check();
  await page.getByRole('textbox', { name: 'Your note', exact: true }).fill(NOTE);
  await page.getByRole('button', { name: 'Make summary', exact: true }).click();
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF', exact: true }).click()]);
  const text = pdfText(await pdf.path()).replace(/\s+/g, ' ');
  const worries = text.indexOf('What are we worried about');
  const workers = text.lastIndexOf("The worker's notes");
  expect(worries).toBeGreaterThan(-1);
  expect(workers).toBeGreaterThan(worries);
  // The child's words stand unchanged under the worries; the note only after the worker's heading.
  expect(text.slice(worries, workers)).toContain(WORDS);
  expect(text.slice(0, workers)).not.toContain(NOTE);
  expect(text.slice(workers)).toContain(`To follow up: the words "${WORDS}" in House of Worries. The worker's note: ${NOTE}`);
});

test('@touch Stop, then "Stop for today", hands the tablet back calmly, with everything kept', async ({ page }) => {
  await twoChildren(page, 'Noor');
  await page.getByRole('button', { name: 'Three Houses', exact: true }).tap();
  await page.getByRole('button', { name: 'House of Dreams', exact: true }).tap();
  await page.getByRole('button', { name: 'Add words', exact: true }).tap();
  await page.getByRole('textbox', { name: 'Words', exact: true }).fill('a dog of my own');
  await page.getByRole('button', { name: 'Save words', exact: true }).tap();
  await page.getByRole('button', { name: 'Stop', exact: true }).tap();
  await expect(page.getByRole('dialog')).toContainText('stop for today');
  await page.getByRole('button', { name: 'Stop for today', exact: true }).tap();
  await expect(page.getByText('Please give the tablet back')).toBeVisible();
  await expectNothingOfTheWorkers(page);
  await leaveChildSpace(page, PASS);
  await page.getByRole('button', { name: 'Make summary', exact: true }).click();
  await expect(page.getByText('a dog of my own').first()).toBeVisible();
});
