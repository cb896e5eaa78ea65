import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { addWordsInHouse, leaveChildSpace, newSession, setUpPassphrase, unlock } from './helpers';

// Change passphrase (issue 13, point 6): everything is locked again under the new passphrase,
// the old one opens nothing, and a second tab open at the time goes on saving where the new
// passphrase can read it.

const OLD = 'the old blue gate';
const NEW = 'a brand new yellow door';

async function changePassphrase(page: Page, current: string, next: string, repeat = next) {
  await page.getByLabel('Current passphrase', { exact: true }).fill(current);
  await page.getByLabel('New passphrase', { exact: true }).fill(next);
  await page.getByLabel('Repeat passphrase', { exact: true }).fill(repeat);
  await page.getByRole('button', { name: 'Save new passphrase', exact: true }).click();
}

async function wordsAreThere(page: Page, child: string, house: string, words: string) {
  await page.getByRole('link', { name: new RegExp(`^${child}`) }).click();
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: house, exact: true }).click();
  await expect(page.getByText(words, { exact: true })).toBeVisible();
}

test('Change passphrase: wrong or weak is refused and changes nothing; then only the new one opens the child’s words', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await setUpPassphrase(page, OLD);
  await newSession(page, 'Noor');
  await addWordsInHouse(page, 'House of Worries', 'when the shouting starts');
  await leaveChildSpace(page, OLD);
  await page.goto('/#/');

  await page.getByRole('button', { name: 'Change passphrase', exact: true }).click();
  await changePassphrase(page, 'not my passphrase', NEW);
  await expect(page.getByRole('alert')).toContainText('That passphrase is not right. Nothing has been changed');
  await changePassphrase(page, OLD, '12345678');
  await expect(page.getByRole('alert')).toContainText('at least 12 characters');
  await changePassphrase(page, OLD, NEW, 'a brand new yellow doors');
  await expect(page.getByRole('alert')).toContainText('not the same');

  await changePassphrase(page, OLD, NEW);
  await expect(page.getByRole('status').filter({ hasText: 'The passphrase has been changed.' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel('Current passphrase', { exact: true })).toHaveCount(0);
  // The tab goes on saving under the new passphrase.
  await newSession(page, 'Kit');
  await addWordsInHouse(page, 'House of Dreams', 'a trampoline');
  await leaveChildSpace(page, NEW);
  await page.goto('/#/');

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlock(page, OLD, { expectSuccess: false });
  await expect(page.getByRole('alert')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await unlock(page, NEW);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await wordsAreThere(page, 'Noor', 'House of Worries', 'when the shouting starts');
  await leaveChildSpace(page, NEW);
  await page.goto('/#/');
  await wordsAreThere(page, 'Kit', 'House of Dreams', 'a trampoline');
});

test('a second tab open during the change keeps saving, and its words open with the new passphrase', async ({ context, page }) => {
  test.slow();
  await page.goto('/');
  await setUpPassphrase(page, OLD);
  await newSession(page, 'Tomasz');
  const sessionHash = new URL(page.url()).hash;
  const other = await context.newPage();
  await other.goto(`/${sessionHash}`);
  await unlock(other, OLD);
  await expect(other.getByRole('heading', { name: /Tomasz/ })).toBeVisible();

  await page.goto('/#/');
  await page.getByRole('button', { name: 'Change passphrase', exact: true }).click();
  await changePassphrase(page, OLD, NEW);
  await expect(page.getByRole('status').filter({ hasText: 'The passphrase has been changed.' })).toBeVisible({ timeout: 20_000 });

  // The other tab was not asked for anything, and what it saves now is readable.
  await addWordsInHouse(other, 'House of Good Things', 'football with my brother');
  await expect(other.getByRole('alert')).toHaveCount(0);

  const fresh = await context.newPage();
  await fresh.goto('/#/');
  await unlock(fresh, NEW);
  await expect(fresh.getByRole('alert')).toHaveCount(0);
  await wordsAreThere(fresh, 'Tomasz', 'House of Good Things', 'football with my brother');
});
