import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { drawingArea, expectSaved, mouseStroke, newSession, setUpPassphrase, unlock, wavePoints } from './helpers';

const PASS = 'green ladder 7';

/** Every value data-save-state takes on #root from now on, in order, collected in the page. */
async function recordSaveStates(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const root = document.getElementById('root')!;
    const seen: string[] = [];
    (window as unknown as { saveStates: string[] }).saveStates = seen;
    new MutationObserver(() => seen.push(root.dataset.saveState ?? '')).observe(root, {
      attributes: true,
      attributeFilter: ['data-save-state'],
    });
  });
  return () => page.evaluate(() => [...(window as unknown as { saveStates: string[] }).saveStates]);
}

async function openWorries(page: Page) {
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
  await expect(drawingArea(page)).toBeVisible();
}

test('the root says saving after a stroke, then saved once it is stored; the worker sees "Saved"', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await newSession(page, 'Noor');
  await openWorries(page);
  await expectSaved(page);

  const states = await recordSaveStates(page);
  const area = drawingArea(page);
  const box = (await area.boundingBox())!;
  await mouseStroke(page, area, wavePoints(box.width, box.height, 12));
  await expect(area).toHaveAttribute('data-strokes', '1');
  await expectSaved(page);
  expect(await states()).toEqual(['saving', 'saved']);

  // "saved" meant stored: the stroke is there after a reload.
  await page.reload();
  await unlock(page, PASS);
  await expect(drawingArea(page)).toHaveAttribute('data-strokes', '1');
});

test('the root says error when the browser refuses to write, and saved again once it accepts', async ({ page }) => {
  // Writes to IndexedDB fail while window.refuseWrites is true, as on a broken or full disk.
  await page.addInitScript(() => {
    const w = window as unknown as { refuseWrites: boolean };
    w.refuseWrites = false;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (w.refuseWrites) throw new DOMException('Refused by the test', 'UnknownError');
      return put.apply(this, args);
    };
  });
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Noor');
  await openWorries(page);
  await expectSaved(page);

  await page.evaluate(() => ((window as unknown as { refuseWrites: boolean }).refuseWrites = true));
  const area = drawingArea(page);
  const box = (await area.boundingBox())!;
  await mouseStroke(page, area, wavePoints(box.width, box.height, 12));
  await expect(area).toHaveAttribute('data-strokes', '1');
  const root = page.locator('#root');
  await expect(root).toHaveAttribute('data-save-state', 'error');
  await expect(page.getByRole('alert')).toContainText('could not be saved yet');

  // The stroke stayed in memory; the next retry stores it.
  await page.evaluate(() => ((window as unknown as { refuseWrites: boolean }).refuseWrites = false));
  await expect(root).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
  await page.reload();
  await unlock(page, PASS);
  await expect(drawingArea(page)).toHaveAttribute('data-strokes', '1');
});

test('practice mode stores nothing and says saved', async ({ page }) => {
  await page.goto('/#/practice/three-houses');
  await expect(page.getByText('Practice - nothing is saved')).toBeVisible();
  await expect(page.locator('#root')).toHaveAttribute('data-save-state', 'saved');
});
