import { expect, test } from '@playwright/test';
import { canvasInkPixels, drawingArea, newSession, reach, setUpPassphrase } from './helpers';

test('a child draws a line with two switches alone', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, 'switch draw 1');
  await newSession(page, 'Sami');
  await page.getByText('Settings for this child').click();
  await page.getByLabel('Switch access').selectOption('step');
  // The worker starts the activity; the child's screens scan from here on.
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  // From here only the two switches: Space moves, Enter chooses.
  await reach(page, 'House of Worries', 'Space');
  await expect(drawingArea(page)).toBeVisible();
  await expect(drawingArea(page)).toHaveAttribute('data-strokes', '0');
  const before = await canvasInkPixels(page);

  await reach(page, 'Start a line', 'Space');
  for (let i = 0; i < 3; i++) await reach(page, 'Move right', 'Space');
  await reach(page, 'Move down', 'Space');
  // Nothing is on the page until the line is finished.
  await expect(drawingArea(page)).toHaveAttribute('data-strokes', '0');
  await reach(page, 'Finish the line', 'Space');

  await expect(drawingArea(page)).toHaveAttribute('data-strokes', '1');
  await expect.poll(() => canvasInkPixels(page)).toBeGreaterThan(before + 500);
  // The toggle is ready for the next line, and the highlight is still on it.
  await expect(page.getByRole('button', { name: 'Start a line', exact: true })).toBeFocused();
  await expect(page.locator('.scan-focus')).toHaveCount(1);
});
