import { expect, test } from '@playwright/test';
import { canvasInkPixels, drawingArea, expectSaved, newSession, nextFrames, setUpPassphrase, touchStroke, unlock, wavePoints } from './helpers';

const PASS = 'touch pass 123';

test('@touch draws by finger in each house and every stroke is back after reload', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Dev');
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  const houses = ['House of Worries', 'House of Good Things', 'House of Dreams'];
  const ink: number[] = [];
  for (const house of houses) {
    await page.getByRole('button', { name: house, exact: true }).click();
    const area = drawingArea(page);
    await expect(area).toBeVisible();
    const box = (await area.boundingBox())!;
    const blank = await canvasInkPixels(page);
    await touchStroke(page, area, wavePoints(box.width, box.height, 20));
    await expect(area).toHaveAttribute('data-strokes', '1');
    const painted = await canvasInkPixels(page);
    expect(painted).toBeGreaterThan(blank + 200);
    ink.push(painted);
  }
  await expectSaved(page);
  await page.reload();
  await unlock(page, PASS);
  for (const [i, house] of houses.entries()) {
    await page.getByRole('button', { name: house, exact: true }).click();
    const area = drawingArea(page);
    await expect(area).toHaveAttribute('data-strokes', '1');
    await expect.poll(() => canvasInkPixels(page)).toBeGreaterThan(ink[i] - 50);
  }
});

test('@touch a second finger during a short stroke cancels it (a pinch or a palm)', async ({ page }) => {
  await page.goto('/#/practice/three-houses/house-of-worries');
  const area = drawingArea(page);
  const box = (await area.boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const at = (x: number, y: number, id: number) => ({ x: box.x + x, y: box.y + y, id, radiusX: 4, radiusY: 4, force: 0.5 });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(100, 100, 1)] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(110, 105, 1)] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(110, 105, 1), at(300, 300, 2)] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(130, 110, 1), at(320, 320, 2)] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  // Anything the cancelled touches would have committed is done once the page has painted.
  await nextFrames(page);
  await expect(area).toHaveAttribute('data-strokes', '0');
  // A normal stroke afterwards still draws, and is the only one: the cancelled one never counted.
  await touchStroke(page, area, wavePoints(box.width, box.height, 15));
  await expect(area).toHaveAttribute('data-strokes', '1');
});

test('@touch a sticker dragged from the tray by finger lands where the finger lifts', async ({ page }) => {
  await page.goto('/#/practice/three-houses/house-of-good-things');
  const area = drawingArea(page);
  const box = (await area.boundingBox())!;
  await page.getByRole('button', { name: 'Stickers', exact: true }).click();
  const schoolButton = page.getByRole('button', { name: 'School', exact: true });
  await schoolButton.scrollIntoViewIfNeeded();
  const school = (await schoolButton.boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const start = { x: school.x + school.width / 2, y: school.y + school.height / 2 };
  const end = { x: box.x + box.width * 0.75, y: box.y + box.height * 0.2 };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...start, id: 1 }] });
  for (let i = 1; i <= 10; i++) {
    const p = { x: start.x + ((end.x - start.x) * i) / 10, y: start.y + ((end.y - start.y) * i) / 10, id: 1 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  const placed = page.getByRole('button', { name: 'Sticker: School' });
  await expect(placed).toHaveCount(1);
  const pb = (await placed.boundingBox())!;
  expect(Math.abs(pb.x + pb.width / 2 - end.x)).toBeLessThan(6);
  expect(Math.abs(pb.y + pb.height / 2 - end.y)).toBeLessThan(6);
  await expect(area).toHaveAttribute('data-strokes', '0');
});

test('@touch a tap straight after a quick stroke is not lost: the stroke is no fling', async ({ page }) => {
  await page.goto('/#/practice/three-houses/house-of-worries');
  const area = drawingArea(page);
  const box = (await area.boundingBox())!;
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  // A child's quick line that lifts at full speed. Chromium's gesture detector takes such a lift
  // for a fling, and its next tap anywhere only stops the fling: unless the page says the touch
  // is its own, the child's next tap does nothing.
  const flick = Array.from({ length: 16 }, (_, i) => [box.width * (0.1 + 0.05 * i), box.height * (0.3 + 0.02 * i)] as [number, number]);
  for (let round = 0; round < 3; round++) {
    await touchStroke(page, area, flick, { batch: false });
    await expect(area).toHaveAttribute('data-strokes', '1');
    await undo.tap();
    await expect(area, `the tap on Undo after stroke ${round + 1} did its work`).toHaveAttribute('data-strokes', '0', { timeout: 2000 });
  }
});
