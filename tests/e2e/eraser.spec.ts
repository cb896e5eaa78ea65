import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DRAWING_AREA_SELECTOR, drawingArea, touchStroke } from './helpers';
import type { Point } from './helpers';

/** How much committed ink (alpha) lies in a small square around a point of the drawing area (CSS pixels). */
async function inkAt(page: Page, x: number, y: number, half = 6): Promise<number> {
  return page.locator(DRAWING_AREA_SELECTOR).evaluate(
    (area, { x, y, half }) => {
      // Konva's canvases: the background layer's, then the committed ink's.
      const canvas = area.querySelectorAll('.konvajs-content canvas')[1] as HTMLCanvasElement;
      const k = canvas.width / area.getBoundingClientRect().width;
      const size = Math.round(2 * half * k);
      const data = canvas.getContext('2d')!.getImageData(Math.round((x - half) * k), Math.round((y - half) * k), size, size).data;
      let sum = 0;
      for (let i = 3; i < data.length; i += 4) sum += data[i];
      return sum;
    },
    { x, y, half },
  );
}

const line = (y: number, x0: number, x1: number, steps: number): Point[] => Array.from({ length: steps + 1 }, (_, i) => [x0 + ((x1 - x0) * i) / steps, y]);

test('@touch the eraser rubs out only what it touches: a line cut in two stays two lines, and undo makes it whole', async ({ page }) => {
  await page.goto('/#/practice/three-houses/house-of-dreams');
  const area = drawingArea(page);
  await expect(area).toBeVisible();
  const box = (await area.boundingBox())!;
  const y = Math.round(box.height / 2);
  const left = Math.round(box.width * 0.2);
  const right = Math.round(box.width * 0.8);
  const middle = Math.round(box.width / 2);
  await touchStroke(page, area, line(y, left, right, 30));
  await expect(area).toHaveAttribute('data-strokes', '1');
  expect(await inkAt(page, middle, y)).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Eraser', exact: true }).click();
  await touchStroke(page, area, [
    [middle, y - 80],
    [middle, y - 20],
    [middle, y + 20],
    [middle, y + 80],
  ]);
  // Two lines now: the middle is gone, both ends are still there.
  await expect(area).toHaveAttribute('data-strokes', '2');
  await expect.poll(() => inkAt(page, middle, y)).toBe(0);
  expect(await inkAt(page, left + 10, y)).toBeGreaterThan(0);
  expect(await inkAt(page, right - 10, y)).toBeGreaterThan(0);

  // One wipe is one undo step, and undo brings back the line whole.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(area).toHaveAttribute('data-strokes', '1');
  await expect.poll(() => inkAt(page, middle, y)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(area).toHaveAttribute('data-strokes', '2');
  await expect.poll(() => inkAt(page, middle, y)).toBe(0);
});
