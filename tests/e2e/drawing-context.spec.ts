import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { drawingArea, leaveChildSpace, mouseStroke, newSession, setUpPassphrase } from './helpers';

const PASS = 'context pass 1';

/** The colour of one pixel of a PNG, decoded by the browser (a real PNG reader). */
async function pixelOf(page: Page, png: Uint8Array, x: number, y: number): Promise<[number, number, number]> {
  return page.evaluate(
    async ({ bytes, x, y }) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
      return [r, g, b] as [number, number, number];
    },
    { bytes: [...png], x, y },
  );
}

async function drawingInZip(page: Page): Promise<Uint8Array> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all', exact: true }).click()]);
  const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const names = Object.keys(zip).filter((n) => n.endsWith('.png'));
  expect(names).toHaveLength(1);
  return zip[names[0]];
}

test('a drawing is exported in its house, as the child saw it, and plain when the worker chooses', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Amira');
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Good Things', exact: true }).click();
  // A line along the bottom of the page, away from the roof the test looks at.
  const area = drawingArea(page);
  const box = (await area.boundingBox())!;
  await mouseStroke(page, area, [
    [box.width * 0.05, box.height * 0.95],
    [box.width * 0.2, box.height * 0.93],
  ]);
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await page.getByRole('button', { name: 'We have finished' }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await leaveChildSpace(page, PASS);
  await page.getByRole('button', { name: 'Make summary', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: /^Share drawing/ })).toBeChecked();

  // The page is 1200 x 800 and exported at three quarters: the roof of the House of Good Things
  // (warm orange, #ffd9a0) is at the page's (600, 200), the corner (20, 20) is outside the house.
  const inHouse = await drawingInZip(page);
  expect(await pixelOf(page, inHouse, 450, 150)).toEqual([0xff, 0xd9, 0xa0]);
  expect(await pixelOf(page, inHouse, 15, 15)).toEqual([255, 255, 255]);

  await page.getByRole('checkbox', { name: 'Plain drawings, without the house or bubble behind them' }).check();
  const plain = await drawingInZip(page);
  expect(await pixelOf(page, plain, 450, 150)).toEqual([255, 255, 255]);
  // The child's line is in both.
  const inkAt = (png: Uint8Array) => pixelOf(page, png, Math.round(900 * 0.1), Math.round(600 * 0.94));
  expect(await inkAt(plain)).not.toEqual([255, 255, 255]);
  expect(await inkAt(inHouse)).toEqual(await inkAt(plain));
});
