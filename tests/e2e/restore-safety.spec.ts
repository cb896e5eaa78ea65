import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { leaveChildSpace, newSession, passGate, setUpPassphrase } from './helpers';

const PASS = 'restore safety pass';
const WORDS = 'The words the child said';

/**
 * Opens a real backup file with its passphrase, lets `edit` change the sessions in it, and
 * seals it again exactly as the app would: a correctly encrypted file with hostile contents,
 * which is what a tampered backup made with the same passphrase looks like.
 */
async function craft(file: Buffer, edit: (sessions: Record<string, unknown>[]) => unknown[]): Promise<Buffer> {
  const subtle = webcrypto.subtle;
  const newline = file.indexOf(0x0a);
  const header = JSON.parse(file.subarray(0, newline).toString('utf8')) as Record<string, unknown> & { salt: string; iv: string; iterations: number };
  const body = file.subarray(newline + 1);
  const base = await subtle.importKey('raw', new TextEncoder().encode(PASS), 'PBKDF2', false, ['deriveKey']);
  const key = await subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from(header.salt, 'base64'), iterations: header.iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const additionalData = new TextEncoder().encode('voicemap-backup/1/payload');
  const plain = Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv: Buffer.from(header.iv, 'base64'), additionalData }, key, body));
  const manifestLength = plain.readUInt32BE(0);
  const manifest = JSON.parse(plain.subarray(4, 4 + manifestLength).toString('utf8')) as { sessions: Record<string, unknown>[] };
  const json = Buffer.from(JSON.stringify({ ...manifest, sessions: edit(manifest.sessions) }));
  const payload = Buffer.concat([Buffer.alloc(4), json, plain.subarray(4 + manifestLength)]);
  payload.writeUInt32BE(json.length, 0);
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const sealed = Buffer.from(await subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, payload));
  const line = JSON.stringify({ ...header, iv: Buffer.from(iv).toString('base64'), length: sealed.length });
  return Buffer.concat([Buffer.from(`${line}\n`), sealed]);
}

async function openWords(page: Page, name: string) {
  await page.goto('/#/');
  await page.getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Dreams', exact: true }).click();
}

test('crafted restores leave the session on the tablet readable, and say what was not restored', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Rosa');
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Dreams', exact: true }).click();
  await page.getByRole('button', { name: 'Add words', exact: true }).click();
  await page.getByRole('textbox', { name: 'Words', exact: true }).fill(WORDS);
  await page.getByRole('button', { name: 'Save words', exact: true }).click();
  await expect(page.getByText(WORDS, { exact: true })).toBeVisible();
  await page.goto('/#/');
  await passGate(page, PASS);
  // Back up flushes every pending save first, so the file holds the words.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up', exact: true }).click()]);
  const good = readFileSync(await download.path());

  const later = '2099-01-01T00:00:00.000Z';
  const cases: [string, (s: Record<string, unknown>[]) => unknown[], string][] = [
    [
      'newer format',
      (s) => s.map((x) => ({ ...x, schemaVersion: 99, updatedAt: later, childName: 'Future' })),
      'newer version of Voicemap, so not restored: 1',
    ],
    ['only an id', (s) => s.map((x) => ({ id: x.id })), 'could not be read in the backup, so not restored: 1'],
    ['wrong types', (s) => s.map((x) => ({ ...x, updatedAt: later, childName: 7, pages: 'lots' })), 'could not be read in the backup, so not restored: 1'],
  ];
  for (const [name, edit, says] of cases) {
    const path = join(tmpdir(), `voicemap-crafted-${name.replace(/ /g, '-')}-${Date.now()}.vmbackup`);
    writeFileSync(path, await craft(good, edit));
    // After the first case the child's words are open: the worker goes back through the gate.
    if (name !== cases[0][0]) await leaveChildSpace(page, PASS);
    await page.goto('/#/');
    await page.getByLabel('Restore from backup').setInputFiles(path);
    const status = page.getByRole('status').filter({ hasText: 'Restored' });
    await expect(status, name).toContainText('0 new, 0 updated');
    await expect(status, name).toContainText(new RegExp(says, 'i'));
    await expect(page.getByText(/could not be read/i).and(page.getByRole('alert'))).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Rosa/ })).toHaveCount(1);
    await openWords(page, 'Rosa');
    await expect(page.getByText(WORDS, { exact: true }), name).toBeVisible();
  }

  // The device's copy after reload too: what was stored is what the app reads.
  await page.reload();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText(WORDS, { exact: true })).toBeVisible({ timeout: 20_000 });
});
