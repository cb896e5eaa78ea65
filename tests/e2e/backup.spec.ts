import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { drawingArea, expectSaved, fillTheDisk, freeTheDisk, mouseStroke, newSession, passGate, readAllStorage, setUpPassphrase, unlock } from './helpers';

const PASS = 'backup pass 1';
const WORDS = 'Backups keep "this" safe – żółw';

async function sessionWithWords(page: Page, name: string) {
  await newSession(page, name);
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Dreams', exact: true }).click();
  await page.getByRole('button', { name: 'Add words', exact: true }).click();
  await page.getByRole('textbox', { name: 'Words', exact: true }).fill(WORDS);
  await page.getByRole('button', { name: 'Save words', exact: true }).click();
  await expect(page.getByText(WORDS, { exact: true })).toBeVisible();
  await expectSaved(page);
  await page.goto('/#/');
  await passGate(page, PASS);
}

async function backUp(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up', exact: true }).click()]);
  return download.path();
}

test('back up, delete, restore: everything comes back, and restoring twice adds nothing', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await sessionWithWords(page, 'Rosa');
  const file = await backUp(page);
  // The backup is encrypted: the child's words are not in it.
  const bytes = readFileSync(file);
  expect(bytes.toString('utf8')).not.toContain('żółw');
  expect(bytes.toString('utf8')).not.toContain('Rosa');

  await page.getByRole('link', { name: /^Rosa/ }).click();
  await page.getByRole('button', { name: 'Delete session', exact: true }).click();
  await page.getByRole('button', { name: "Delete Rosa's session" }).click();
  await expect(page.getByRole('link', { name: /^Rosa/ })).toHaveCount(0);

  await page.getByLabel('Restore from backup').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText('1 new');
  await expect(page.getByRole('link', { name: /^Rosa/ })).toHaveCount(1);
  await page.getByLabel('Restore from backup').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText('1 already here');
  await expect(page.getByRole('link', { name: /^Rosa/ })).toHaveCount(1);

  await page.getByRole('link', { name: /^Rosa/ }).click();
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Dreams', exact: true }).click();
  await expect(page.getByText(WORDS, { exact: true })).toBeVisible();
});

test('a broken, truncated or foreign backup file gets a clear message and changes nothing', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await sessionWithWords(page, 'Tomek');
  const good = readFileSync(await backUp(page));
  const dir = tmpdir();
  const files = {
    truncated: good.subarray(0, Math.floor(good.length * 0.6)),
    flipped: Buffer.from(good.map((b, i) => (i === good.length - 20 ? b ^ 0xff : b))),
    foreign: Buffer.from('{"hello": "this is not a backup"}'),
    random: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    empty: Buffer.alloc(0),
  };
  const before = await readAllStorage(page);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, `voicemap-${name}-${Date.now()}.vmbackup`);
    writeFileSync(path, content);
    await page.getByLabel('Restore from backup').setInputFiles(path);
    await expect(page.getByRole('alert')).toContainText('Nothing has been changed');
    expect(await readAllStorage(page), `after the ${name} file`).toEqual(before);
  }
  await expect(page.getByRole('link', { name: /^Tomek/ })).toHaveCount(1);
});

test('when storage is full the drawing stays on screen, the worker is told, and it is saved once there is room', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Ola');
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
  await fillTheDisk(page);
  const area = drawingArea(page);
  await mouseStroke(page, area, [
    [80, 80],
    [180, 120],
    [280, 90],
  ]);
  await expect(page.getByRole('alert')).toContainText('out of storage space');
  await expect(area).toHaveAttribute('data-strokes', '1');
  await freeTheDisk(page);
  await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 12_000 });
  await page.reload();
  await unlock(page, PASS);
  await expect(drawingArea(page)).toHaveAttribute('data-strokes', '1');
});

test('closing the tab in the middle of a stroke loses at most that stroke', async ({ page, context }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Kai');
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
  const area = drawingArea(page);
  await mouseStroke(page, area, [
    [80, 80],
    [180, 120],
    [280, 90],
  ]);
  await expect(area).toHaveAttribute('data-strokes', '1');
  // A second stroke is half drawn when the tab goes away.
  const box = (await area.boundingBox())!;
  await page.mouse.move(box.x + 100, box.y + 300);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 320);
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto('/');
  await unlock(again, PASS);
  await again.getByRole('link', { name: /^Kai/ }).click();
  await again.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await again.getByRole('button', { name: 'House of Worries', exact: true }).click();
  await expect(drawingArea(again)).toHaveAttribute('data-strokes', '1');
});
