import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { drawingArea, fillTheDisk, freeTheDisk, newSession, setUpPassphrase, unlock } from './helpers';

// Locking (by hand or idle) must never lose what the child made: a recording in progress is
// stopped and saved first, and a change storage refuses is kept encrypted until the next unlock.

const PASS = 'lock keeps the work safe';

/**
 * The child's space has no Lock: what locks it while a child works is the idle lock. A tablet
 * that slept past it wakes (the clock has moved 11 minutes on, the page becomes visible) and locks.
 */
async function tabletSleepsPastIdleLock(page: Page) {
  await page.evaluate(() => {
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + 11 * 60 * 1000;
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

async function openWorries(page: Page) {
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
  await expect(drawingArea(page)).toBeVisible();
}

test('the idle lock in the middle of a recording keeps the recording, and it plays after unlocking', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Nia');
  await openWorries(page);

  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Stop recording', exact: true })).toBeVisible();
  // At least four seconds of speech, measured by the recorder's own timer.
  await expect(page.getByRole('timer')).toHaveText(/^00:(0[4-9]|[1-5]\d)$/, { timeout: 15_000 });
  await tabletSleepsPastIdleLock(page);
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();

  await unlock(page, PASS, { expectSuccess: false });
  await expect(drawingArea(page)).toBeVisible({ timeout: 20_000 });
  const play = page.getByRole('button', { name: 'Play recording', exact: true });
  await expect(play).toHaveCount(1);
  await expect(play).toHaveAccessibleDescription(/^Recording 1 of 1, 00:(0[4-9]|[1-5]\d) long$/);
  await play.click();
  await expect(page.getByRole('button', { name: 'Stop playing', exact: true })).toBeVisible();
  await expect(play).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the idle lock while storage refuses every write warns, keeps the change encrypted, and saves it after unlocking', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Ola');
  await openWorries(page);
  await fillTheDisk(page);
  const words = 'Words written while the tablet was full';
  await page.getByRole('button', { name: 'Add words', exact: true }).click();
  await page.getByRole('textbox', { name: 'Words', exact: true }).fill(words);
  await page.getByRole('button', { name: 'Save words', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('out of storage space');

  await tabletSleepsPastIdleLock(page);
  // Told at once, on the lock screen, that the change was kept and will be saved.
  await expect(page.getByRole('status')).toContainText('too full to save the latest changes');
  // Nothing of the child's is on screen or in the page's text once locked.
  await expect(page.locator('body')).not.toContainText(words);

  await freeTheDisk(page);
  await unlock(page, PASS, { expectSuccess: false });
  await expect(drawingArea(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(words, { exact: true })).toBeVisible();

  // Really written to storage: still there after a reload.
  await page.reload();
  await unlock(page, PASS, { expectSuccess: false });
  await expect(page.getByText(words, { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'too full' })).toHaveCount(0);
});
