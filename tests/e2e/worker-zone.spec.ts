import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { drawingArea, leaveChildSpace, newSession, setUpPassphrase } from './helpers';

// Issue "The child's space", part 3: the worker's help beside the child sits in one compact
// place, and a switch (or the keyboard's order through the child's controls) never lands on it.

/** What the scanner has highlighted: its name, and whether it is a worker's control. */
async function highlighted(page: Page) {
  return page.locator('.scan-focus').evaluate((el) => ({
    name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
    worker: !!el.closest('[data-worker-zone], .worker-exit, .button--worker'),
  }));
}

/** Moves the two-switch scan (Tab, which moves even from a text field) round one whole cycle; returns every control it highlighted. */
async function scanOneCycle(page: Page) {
  await expect(page.locator('.scan-focus')).toHaveCount(1);
  const first = await page.locator('.scan-focus').evaluate((el) => {
    el.setAttribute('data-scan-start', '');
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });
  const seen = [{ name: first, worker: false }];
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    await expect(page.locator('.scan-focus')).toHaveCount(1);
    if (await page.locator('.scan-focus[data-scan-start]').count()) return seen;
    seen.push(await highlighted(page));
  }
  throw new Error('The scan never came back to where it started');
}

const WORKER_NAMES = [
  'Lock',
  'Language',
  'For the worker',
  'Another question',
  'Name and picture',
  'Worker',
  'Ask another question',
  'Ask a follow-up question',
];

test('switch scanning never reaches a worker control, on a house page and on the scale', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await setUpPassphrase(page, 'zone pass 12');
  await newSession(page, 'Sami');
  await page.getByText('Settings for this child').click();
  await page.getByLabel('Switch access').selectOption('step');
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
  await expect(drawingArea(page)).toBeVisible();

  // The worker opens their help beside the child, so its controls are on screen.
  await page.getByRole('button', { name: 'For the worker', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Another question', exact: true })).toBeVisible();
  const onPage = await scanOneCycle(page);
  expect(onPage.filter((s) => s.worker)).toEqual([]);
  expect(onPage.map((s) => s.name).filter((n) => WORKER_NAMES.includes(n))).toEqual([]);
  // The child's own controls are all in the cycle.
  for (const name of ['Stop', 'Stickers', 'Add words', 'Record', 'Read it back', 'House of Dreams']) {
    expect(onPage.map((s) => s.name)).toContain(name);
  }

  // The scale, after the child rated: the worker's help there is out of reach too.
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('button', { name: 'Carry on', exact: true }).click();
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await page.getByRole('button', { name: 'We have finished', exact: true }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await leaveChildSpace(page, 'zone pass 12');
  await page.getByRole('button', { name: 'Safety scale', exact: true }).click();
  const slider = page.getByRole('slider', { name: /^How safe/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', /\d/);
  await expect(page.getByRole('textbox', { name: 'Why this number?' })).toBeVisible();
  await page.getByRole('button', { name: 'For the worker', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Ask a follow-up question', exact: true })).toBeVisible();
  const onScale = await scanOneCycle(page);
  expect(onScale.filter((s) => s.worker)).toEqual([]);
  expect(onScale.map((s) => s.name).filter((n) => WORKER_NAMES.includes(n))).toEqual([]);
  expect(onScale.map((s) => s.name)).toContain('We have finished');
});

test("the keyboard reaches every child's control before the worker's help", async ({ page }) => {
  await page.goto('/#/practice/three-houses/house-of-worries');
  await expect(drawingArea(page)).toBeVisible();
  const zone = page.getByRole('button', { name: 'For the worker', exact: true });
  await expect(zone).toBeVisible();
  const names: string[] = [];
  await page.getByRole('button', { name: 'Stop', exact: true }).focus();
  for (let i = 0; i < 120 && !(await zone.evaluate((el) => el === document.activeElement)); i++) {
    names.push(await page.evaluate(() => (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '').trim()));
    await page.keyboard.press('Tab');
  }
  await expect(zone).toBeFocused();
  for (const name of ['Stop', 'Read aloud', 'Read it back', 'Stickers', 'Add words', 'Record', 'Pen']) expect(names).toContain(name);
  // The worker's help holds no worker-only information: opened, it has only controls.
  await zone.click();
  await expect(page.getByRole('group', { name: 'For the worker' })).not.toContainText(/safeguarding|reminder/i);
});
