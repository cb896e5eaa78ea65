// Takes the screenshots in docs/TWO-SPACES.md from the built app (`npx vite build` first):
// `node scripts/screens-child-space.mjs`. Uses the system Chromium, like the tests.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const PORT = Number(process.env.SCREENS_PORT ?? 4191);
const PASS = 'two spaces one tablet';
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}/`;

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('preview server did not start');
}

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1180, height: 820 }, locale: 'en-GB' });
  const shot = (name, fullPage = false) => page.screenshot({ path: `docs/screens/${name}.png`, fullPage });
  await page.goto(base);
  await page.getByLabel('New passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('Repeat passphrase', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Set passphrase', exact: true }).click();
  await page.getByRole('button', { name: 'New session', exact: true }).click();
  await page.getByLabel("Child's name", { exact: true }).fill('Jess');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Safety scale', exact: true }).click();
  const slider = page.getByRole('slider', { name: /^How safe/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('textbox', { name: 'Why this number?' }).fill('people shout');
  await shot('child-space-scale');
  await page.getByRole('button', { name: 'We have finished', exact: true }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await shot('child-space-hand-back');
  await page.getByRole('button', { name: 'Worker', exact: true }).click();
  await shot('child-space-gate');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('button', { name: 'Make summary', exact: true }).waitFor();
  await shot('worker-space-session', true);
  await browser.close();
} finally {
  server.kill();
}
