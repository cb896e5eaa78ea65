import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { drawingArea } from './helpers';

/** How many pixels differ clearly between two screenshots of the same size (decoded by the browser). */
async function changedPixels(page: Page, before: Buffer, after: Buffer): Promise<number> {
  return page.evaluate(
    async ({ a, b }) => {
      const pixels = async (bytes: number[]) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [pa, pb] = await Promise.all([pixels(a), pixels(b)]);
      let changed = 0;
      for (let i = 0; i < Math.min(pa.length, pb.length); i += 4) {
        if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) > 90) changed++;
      }
      return changed;
    },
    { a: [...before], b: [...after] },
  );
}

/** Draws by touch without lifting, then lifts: the line must show before the lift and stay after it. */
async function drawAndLift(page: Page) {
  await page.goto('/#/practice/three-houses/house-of-worries');
  const area = drawingArea(page);
  await expect(area).toBeVisible();
  const box = (await area.boundingBox())!;
  const blank = await area.screenshot();

  const cdp = await page.context().newCDPSession(page);
  const at = (i: number) => [{ x: box.x + box.width * (0.2 + 0.03 * i), y: box.y + box.height * 0.5 + (i % 2) * 4, id: 1, radiusX: 4, radiusY: 4, force: 0.5 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= 20; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });

  // Still down: nothing is committed, yet the child sees the line.
  await expect(area).toHaveAttribute('data-strokes', '0');
  await expect.poll(async () => changedPixels(page, blank, await area.screenshot())).toBeGreaterThan(300);

  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(area).toHaveAttribute('data-strokes', '1');
  const drawn = await area.screenshot();
  expect(await changedPixels(page, blank, drawn)).toBeGreaterThan(300);

  await cdp.detach();
}

test('@touch the line shows under the finger before it lifts, and stays once it has', async ({ page }) => {
  await drawAndLift(page);
  // Served as the README and docs/HOSTING.md say, the page is cross-origin isolated, so the live
  // ink's worker reads the points from shared memory (src/canvas/sharedPoints.ts).
  expect(await page.evaluate(() => crossOriginIsolated && typeof SharedArrayBuffer === 'function')).toBe(true);
});

test('@touch on a host that does not isolate the page, the line still shows before the finger lifts', async ({ page }) => {
  // A plain file share cannot send the isolation headers: the page then has no shared memory and
  // the points go to the worker in messages.
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
    async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['cross-origin-opener-policy'];
      delete headers['cross-origin-embedder-policy'];
      await route.fulfill({ response, headers });
    },
  );
  await drawAndLift(page);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
});
