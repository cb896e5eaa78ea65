import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  DRAWING_AREA_SELECTOR,
  canvasInkPixels,
  drawingArea,
  expectNoSeriousA11yViolations,
  expectNotStoredInClear,
  mouseStroke,
  newSession,
  penStrokeInPage,
  readAllStorage,
  setUpPassphrase,
  unlock,
  wavePoints,
  expectSaved,
  runPastAutosave,
} from './helpers';

const PASS = 'blue kettle 42';
const WORDS = `She said "don't" & I'm <b>sad</b> 😢 zażółć gęślą jaźń`;

async function openHouse(page: Page, house: string) {
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: house, exact: true }).click();
  await expect(drawingArea(page)).toBeVisible();
}

test('a session keeps strokes, stickers and exact words across reload, encrypted at rest', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Amira');
  await openHouse(page, 'House of Worries');

  const area = drawingArea(page);
  const blank = await canvasInkPixels(page);
  const box = (await area.boundingBox())!;
  await mouseStroke(page, area, wavePoints(box.width, box.height, 25));
  await expect(area).toHaveAttribute('data-strokes', '1');
  expect(await canvasInkPixels(page)).toBeGreaterThan(blank + 200);

  await page.getByRole('button', { name: 'Stickers', exact: true }).click();
  await page.getByRole('button', { name: 'Dad', exact: true }).click();
  await page.getByRole('button', { name: 'Close stickers' }).click();

  await page.getByRole('button', { name: 'Add words', exact: true }).click();
  await page.getByRole('textbox', { name: 'Words', exact: true }).fill(WORDS);
  await page.getByRole('button', { name: 'Save words', exact: true }).click();
  // Shown as page text, exactly as typed, never as HTML.
  await expect(page.getByText(WORDS, { exact: true })).toBeVisible();
  await expect(page.locator('b', { hasText: 'sad' })).toHaveCount(0);

  const inked = await canvasInkPixels(page);
  // Reload once everything is stored.
  await expectSaved(page);
  await page.reload();
  await unlock(page, PASS);
  await expect(drawingArea(page)).toHaveAttribute('data-strokes', '1');
  await expect(page.getByText(WORDS, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sticker: Dad' })).toBeVisible();
  // The stroke is really painted again, not only counted.
  await expect.poll(() => canvasInkPixels(page)).toBeGreaterThan(inked - 50);

  for (const secret of ['Amira', 'zażółć', "don't", 'sad']) await expectNotStoredInClear(page, secret);
});

test('undo, redo and the eraser each act on whole gestures', async ({ page }) => {
  await page.goto('/#/practice/three-houses/house-of-dreams');
  const area = drawingArea(page);
  await expect(area).toBeVisible();
  const box = (await area.boundingBox())!;
  await mouseStroke(page, area, [
    [100, 100],
    [200, 120],
    [300, 140],
  ]);
  await mouseStroke(page, area, [
    [100, 300],
    [200, 320],
    [300, 340],
  ]);
  await expect(area).toHaveAttribute('data-strokes', '2');

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(area).toHaveAttribute('data-strokes', '1');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(area).toHaveAttribute('data-strokes', '2');

  // One wipe across both lines cuts each in two, and is one undo step.
  await page.getByRole('button', { name: 'Eraser', exact: true }).click();
  await mouseStroke(page, area, [
    [200, 60],
    [200, 200],
    [200, 400],
  ]);
  await expect(area).toHaveAttribute('data-strokes', '4');
  // Wiping over the whole of a line takes it away.
  await mouseStroke(page, area, [
    [60, 300],
    [360, 345],
  ]);
  await expect(area).toHaveAttribute('data-strokes', '2');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(area).toHaveAttribute('data-strokes', '4');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(area).toHaveAttribute('data-strokes', '2');
  expect(box.width).toBeGreaterThan(300);
});

test('stickers: tap places in the middle, drag places where dropped, the bin removes', async ({ page }) => {
  await page.goto('/#/practice/three-houses/house-of-good-things');
  const area = drawingArea(page);
  const box = (await area.boundingBox())!;
  await page.getByRole('button', { name: 'Stickers', exact: true }).click();
  await page.getByRole('button', { name: 'Heart', exact: true }).click();
  const heart = page.getByRole('button', { name: 'Sticker: Heart' });
  const hb = (await heart.boundingBox())!;
  expect(Math.abs(hb.x + hb.width / 2 - (box.x + box.width / 2))).toBeLessThan(4);
  expect(Math.abs(hb.y + hb.height / 2 - (box.y + box.height / 2))).toBeLessThan(4);

  // Drag the Dog from the tray to the top-left part of the page.
  const dog = page.getByRole('button', { name: 'Dog', exact: true });
  await dog.scrollIntoViewIfNeeded();
  const db = (await dog.boundingBox())!;
  const drop = { x: box.x + box.width * 0.2, y: box.y + box.height * 0.25 };
  await page.mouse.move(db.x + db.width / 2, db.y + db.height / 2);
  await page.mouse.down();
  await page.mouse.move(drop.x - 40, drop.y - 40, { steps: 5 });
  await page.mouse.move(drop.x, drop.y, { steps: 5 });
  await page.mouse.up();
  const placed = page.getByRole('button', { name: 'Sticker: Dog' });
  await expect(placed).toHaveCount(1);
  const pb = (await placed.boundingBox())!;
  expect(Math.abs(pb.x + pb.width / 2 - drop.x)).toBeLessThan(4);
  expect(Math.abs(pb.y + pb.height / 2 - drop.y)).toBeLessThan(4);

  // The drawing area did not move or change size while stickers were added.
  expect(await area.boundingBox()).toEqual(box);

  // Drag the heart to the bin.
  await page.getByRole('button', { name: 'Close stickers' }).click();
  const bin = (await page.getByRole('button', { name: 'Bin' }).boundingBox())!;
  await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
  await page.mouse.down();
  await page.mouse.move(bin.x + bin.width / 2, bin.y + bin.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(heart).toHaveCount(0);
  await expect(placed).toHaveCount(1);
});

test('a wrong passphrase gets a calm message and changes nothing', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Bilal');
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  const before = await readAllStorage(page);
  await unlock(page, 'not the passphrase', { expectSuccess: false });
  await expect(page.getByRole('alert')).toContainText('not right');
  expect(await readAllStorage(page)).toEqual(before);
  await unlock(page, PASS);
  await expect(page.getByRole('heading', { name: 'Bilal' })).toBeVisible();
});

test('practice mode says so and stores nothing anywhere', async ({ page }) => {
  await page.clock.install();
  await page.goto('/#/practice/three-houses');
  await expect(page.getByText('Practice - nothing is saved')).toBeVisible();
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
  await mouseStroke(page, drawingArea(page), [
    [50, 50],
    [150, 90],
    [250, 60],
  ]);
  await page.getByRole('button', { name: 'Add words', exact: true }).click();
  await page.getByRole('textbox', { name: 'Words', exact: true }).fill('practice words');
  await page.getByRole('button', { name: 'Save words', exact: true }).click();
  await expect(page.getByText('practice words', { exact: true })).toBeVisible();
  await runPastAutosave(page);
  const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(databases).toEqual([]);
  const local = await page.evaluate(() => Object.keys(localStorage));
  expect(local).toEqual([]);
});

test('Stop pauses calmly and Carry on returns with nothing lost', async ({ page }) => {
  await page.goto('/#/practice/three-houses/house-of-worries');
  const area = drawingArea(page);
  await mouseStroke(page, area, [
    [50, 50],
    [150, 90],
    [250, 60],
  ]);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('rest');
  await page.getByRole('button', { name: 'Carry on', exact: true }).click();
  await expect(area).toHaveAttribute('data-strokes', '1');
});

test('every screen passes an axe scan with no serious or critical violations', async ({ page }) => {
  // Eleven full-page scans, one of them over the sticker tray's hundreds of buttons: several
  // seconds each on a busy 2-core machine, so the default minute is not enough.
  test.setTimeout(180_000);
  await page.goto('/');
  await expectNoSeriousA11yViolations(page);
  await setUpPassphrase(page, PASS);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'New session', exact: true }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Child's name", { exact: true }).fill('Cara');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Make summary' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Which house would you like to start with?' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'House of Good Things', exact: true }).click();
  await expect(drawingArea(page)).toBeVisible();
  await penStrokeInPage(
    page,
    DRAWING_AREA_SELECTOR,
    [
      [40, 40],
      [80, 60],
      [120, 50],
    ],
    'mouse',
  );
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Stickers', exact: true }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Close stickers' }).click();
  await page.getByRole('button', { name: 'Add words', exact: true }).click();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Carry on', exact: true }).click();
  // The gate out of the child's space, then the worker's Lock.
  await page.getByRole('button', { name: 'Worker', exact: true }).click();
  await expectNoSeriousA11yViolations(page);
  await unlock(page, PASS);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expectNoSeriousA11yViolations(page);
});
