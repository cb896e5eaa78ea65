import { expect, test } from '@playwright/test';
import { drawingArea, expectSaved, mouseStroke, newSession, setUpPassphrase } from './helpers';

// Issue 14: words added to a page, the worker's above all, do not land on the child's drawing
// when there is room beside it.

test("the worker's words go beside the child's drawing, not over it, and stay there after a reload", async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, 'words beside the drawing');
  await newSession(page, 'Ines');
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
  const area = drawingArea(page);
  await expect(area).toBeVisible();
  const box = (await area.boundingBox())!;

  // The child draws across the top and down the left side: where new words went first.
  const lines: [number, number][][] = [
    [
      [box.width * 0.02, box.height * 0.08],
      [box.width * 0.6, box.height * 0.08],
    ],
    [
      [box.width * 0.05, box.height * 0.02],
      [box.width * 0.05, box.height * 0.6],
    ],
  ];
  for (const points of lines) await mouseStroke(page, area, points);
  await expect(area).toHaveAttribute('data-strokes', '2');

  await page.getByRole('button', { name: 'Add words', exact: true }).click();
  await page.getByRole('textbox', { name: 'Words', exact: true }).fill('Worker asked about the door');
  await page.getByRole('radio', { name: "The worker's", exact: true }).check();
  await page.getByRole('button', { name: 'Save words', exact: true }).click();
  const card = page.locator('.speech-bubble').filter({ hasText: 'Worker asked about the door' });
  await expect(card).toBeVisible();
  await expectSaved(page);

  const cardBox = async () => {
    const area = (await drawingArea(page).boundingBox())!;
    const c = (await card.boundingBox())!;
    return { x: c.x - area.x, y: c.y - area.y, w: c.width, h: c.height, areaW: area.width, areaH: area.height };
  };
  const crosses = (c: { x: number; y: number; w: number; h: number; areaW: number; areaH: number }) => {
    // The two lines, each widened by a pen's width on either side.
    const pen = 12;
    const horizontal = c.y < c.areaH * 0.08 + pen && c.y + c.h > c.areaH * 0.08 - pen && c.x < c.areaW * 0.6 + pen && c.x + c.w > c.areaW * 0.02 - pen;
    const vertical = c.x < c.areaW * 0.05 + pen && c.x + c.w > c.areaW * 0.05 - pen && c.y < c.areaH * 0.6 + pen && c.y + c.h > c.areaH * 0.02 - pen;
    return horizontal || vertical;
  };
  expect(crosses(await cardBox()), JSON.stringify(await cardBox())).toBe(false);

  await page.reload();
  await page.getByLabel('Passphrase', { exact: true }).fill('words beside the drawing');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(card).toBeVisible({ timeout: 20_000 });
  expect(crosses(await cardBox())).toBe(false);
});
