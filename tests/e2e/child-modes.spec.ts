import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { drawingArea, leaveChildSpace, newSession, setUpPassphrase } from './helpers';

// Issue "The child's space", part 6: every mode keeps words and voice, the pause screen's words
// match its buttons, practice for every activity with a way back, and the sticker sets offered.

test('practice: every activity from the start screen, a calm pause, and a visible way back', async ({ page }) => {
  await page.goto('/');
  for (const name of ['Practise Three Houses', 'Practise Wizards and Fairies', 'Practise Safety scale']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Practise Safety scale', exact: true }).click();
  await expect(page.getByText('Practice - nothing is saved')).toBeVisible();

  // The pause screen's words match its buttons: carry on, or stop for today.
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  const pause = page.getByRole('dialog');
  await expect(pause.getByRole('button')).toHaveText(['Carry on', 'Stop for today']);
  await expect(pause).toContainText('stop for today');
  await pause.getByRole('button', { name: 'Carry on' }).click();

  await page.getByRole('link', { name: 'Leave practice', exact: true }).click();
  await expect(page.getByLabel('New passphrase', { exact: true })).toBeVisible();
});

test('Fewer tools keeps words and voice; Hard things is offered only when the worker turns it on, and the summary says so', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, 'modes pass 12');
  await newSession(page, 'Jess');
  await page.getByText('Settings for this child').click();
  await page.getByLabel('Fewer tools (pen, a few colours and stickers)').check();
  await expect(page.getByRole('checkbox', { name: 'Hard things', exact: true })).not.toBeChecked();

  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
  await expect(drawingArea(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Eraser', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add words', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Stickers', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Dog', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hard things' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Police car', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Close stickers' }).click();

  await page.getByRole('button', { name: 'All', exact: true }).click();
  await page.getByRole('button', { name: 'We have finished' }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await leaveChildSpace(page, 'modes pass 12');
  await page.getByText('Settings for this child').click();
  await page.getByRole('checkbox', { name: 'Hard things', exact: true }).check();
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
  await page.getByRole('button', { name: 'Stickers', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Police car', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Close stickers' }).click();

  await page.getByRole('button', { name: 'All', exact: true }).click();
  await page.getByRole('button', { name: 'We have finished' }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await leaveChildSpace(page, 'modes pass 12');
  await page.getByRole('button', { name: 'Make summary', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download text', exact: true }).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  const line = text.indexOf('Sticker sets offered: People, Pets, Places, Feelings, Things, Hard things, Nature and magic');
  expect(line).toBeGreaterThan(text.indexOf("The worker's notes"));
});
