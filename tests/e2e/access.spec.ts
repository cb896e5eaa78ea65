import { expect, test } from '@playwright/test';
import { drawingArea, expectNoSeriousA11yViolations, newSession, reach, setUpPassphrase, waitForSettledScreen } from './helpers';

test('a whole Three Houses session by keyboard alone', async ({ page }) => {
  // Hundreds of single key presses, each checked: slow by nature, not a hang.
  test.setTimeout(180_000);
  await page.goto('/#/practice/three-houses');
  await reach(page, 'House of Good Things', 'Tab');
  await expect(drawingArea(page)).toBeVisible();
  await reach(page, 'Stickers', 'Tab');
  await reach(page, 'Dog', 'Tab');
  await expect(page.getByRole('button', { name: 'Sticker: Dog' })).toHaveCount(1);
  await reach(page, 'Close stickers', 'Tab');
  // Move the placed sticker with the arrow keys.
  await reach(page, 'Sticker: Dog', 'Tab', 'ArrowRight');
  await reach(page, 'Add words', 'Tab');
  await page.keyboard.type('I like my dog');
  await reach(page, 'Save words', 'Tab');
  await expect(page.getByText('I like my dog', { exact: true })).toBeVisible();
  await reach(page, 'Stop', 'Shift+Tab');
  await expect(page.getByRole('button', { name: 'Carry on' })).toBeFocused();
  // Focus is always visible.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await reach(page, 'All', 'Tab');
  await reach(page, 'We have finished', 'Tab');
  await expect(page.getByRole('heading', { name: 'Thank you for showing me your houses.' })).toBeVisible();
});

test('switch scanning reaches every step of a Three Houses session with two switches', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await setUpPassphrase(page, 'switch pass 1');
  await newSession(page, 'Sami');
  await page.getByText('Settings for this child').click();
  await page.getByLabel('Switch access').selectOption('step');
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  // From here only the two switches: Space moves, Enter chooses.
  await reach(page, 'House of Worries', 'Space');
  await reach(page, 'Stickers', 'Space');
  await reach(page, 'Heart', 'Space');
  await expect(page.getByRole('button', { name: 'Sticker: Heart' })).toHaveCount(1);
  await reach(page, 'Close stickers', 'Space');
  await reach(page, 'Stop', 'Space');
  await reach(page, 'Carry on', 'Space');
  await reach(page, 'All', 'Space');
  await reach(page, 'House of Dreams', 'Space');
  await expect(drawingArea(page)).toBeVisible();
  await expect(page.locator('.scan-focus')).toHaveCount(1);
});

for (const [language, name] of [
  ['en-GB', 'English'],
  ['pl', 'Polski'],
  ['ar', 'العربية'],
] as const) {
  test(`axe finds nothing serious on the child's screens in ${name}`, async ({ page }) => {
    await page.goto('/#/practice/three-houses');
    await page.getByLabel('Language').selectOption({ label: name });
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoSeriousA11yViolations(page);
    await page.locator('.place-card').first().click();
    // Names are translated too, so find the drawing area by what it carries.
    await expect(page.locator('[data-strokes]')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

for (const [language, name] of [
  ['pl', 'Polski'],
  ['ar', 'العربية'],
] as const) {
  test(`axe finds nothing serious on the worker's screens in ${name}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await setUpPassphrase(page, 'axe pass 123');
    await page.getByLabel('Language').selectOption({ label: name });
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoSeriousA11yViolations(page);
    // Names are translated: find controls by their place rather than their English names.
    await page.locator('.worker-screen > .button--primary').click();
    await expectNoSeriousA11yViolations(page);
    await page.locator('.new-session input[type="text"]').first().fill('Ola');
    await page.locator('.new-session button[type="submit"]').click();
    await expect(page.locator('.activity-grid')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.locator('.worker-screen .row .button--primary').click();
    await expect(page.locator('.export-panel')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test('Arabic mirrors the layout, not the drawing', async ({ page }) => {
  await page.goto('/#/practice/three-houses/house-of-worries');
  await page.getByLabel('Language').selectOption({ label: 'العربية' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The toolbar moves to the right; the drawing page keeps its orientation.
  const toolbar = (await page.getByRole('toolbar').boundingBox())!;
  const area = (await page.locator('[data-strokes]').boundingBox())!;
  expect(toolbar.x).toBeGreaterThan(area.x);
  await waitForSettledScreen(page);
  await expect(page).toHaveScreenshot('three-houses-rtl.png', { animations: 'disabled', maxDiffPixelRatio: 0.02 });
});
