// `npm run bench` (second part): how long the summary PDF takes for a full session.
//
// A real, encrypted session is filled through the app's own controls: three houses with
// about 100 strokes each (drawn with pointer events), 7 stickers and 10 sets of words each
// (about 300 strokes, 21 stickers, 30 words). Then the review screen is opened with the CPU
// slowed 4x (Chrome's CPUThrottlingRate), as it stays for the rest of the run: the child's
// agreement is ticked, and 10 seconds later "Download PDF" is clicked and the time until the
// browser receives the file is measured: building the summary, drawing the pictures, embedding
// fonts and images, writing the PDF. Three runs; the first click, the median and the slowest
// are reported. The review gets ready for the first export while it is open (prepareExports in
// src/app/screens/review/exportSummary.ts), so that work is slowed 4x too; a review with a
// child takes minutes, not 10 seconds.
//
// Built into its own folder and served on a free port, so other servers are left alone.
//
// `--profile=FILE`: after the timed runs, one more click is made (same 4x slow-down) with a
// CPU profile recorded around it, written to FILE (open it in Chrome's DevTools, Performance
// panel). With `--profile-first` the profile is of the first timed click instead: the first
// export of a visit, which also loads the PDF code and the fonts. The build is then left
// unminified so the profile names the functions; the times of such a run are not the figures
// to report, and it writes nothing to bench-results/.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { QUIET_CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = '.bench-pdf-dist';
const STROKES_PER_HOUSE = 100;
const STICKERS = ['Heart', 'Dog', 'Mum', 'Dad', 'School', 'Home', 'Cat'];
const WORDS_PER_HOUSE = 10;
const RUNS = 3;
/** How long the bench spends on the review screen before the first click (see above). */
const REVIEW_MS = 10_000;
const CPU_RATE = 4;
const TIME_LIMIT_MS = 8 * 60 * 1000;
const PROFILE_FILE = process.argv.find((arg) => arg.startsWith('--profile='))?.slice('--profile='.length) || null;
const PROFILE_FIRST = process.argv.includes('--profile-first');
if (PROFILE_FIRST && !PROFILE_FILE) {
  console.error('bench-pdf: --profile-first needs --profile=FILE');
  process.exit(2);
}

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
    srv.on('error', fail);
  });
}

async function main() {
  const guard = setTimeout(() => {
    console.error('bench-pdf: gave up after 8 minutes');
    process.exit(1);
  }, TIME_LIMIT_MS);
  guard.unref();

  const buildArgs = ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir'];
  if (PROFILE_FILE) buildArgs.push('--minify', 'false');
  const build = spawnSync('npx', buildArgs, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('vite build failed');
  const port = await freePort();
  const server = spawn('npx', ['vite', 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: repoRoot,
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));

  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: QUIET_CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, acceptDownloads: true });
    const page = await context.newPage();
    const base = `http://127.0.0.1:${port}/`;
    for (let i = 0; i < 50; i++) {
      try {
        await page.goto(base);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    await page.getByLabel('New passphrase', { exact: true }).fill('bench passphrase');
    await page.getByLabel('Repeat passphrase', { exact: true }).fill('bench passphrase');
    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await page.getByRole('button', { name: 'New session' }).click({ timeout: 30_000 });
    await page.getByLabel("Child's name", { exact: true }).fill('Amira');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Three Houses', exact: true }).click();

    let n = 0;
    for (const house of ['House of Good Things', 'House of Worries', 'House of Dreams']) {
      await page.getByRole('button', { name: house, exact: true }).click();
      const area = page.locator('[aria-label="Drawing area"]');
      await area.waitFor();
      // Synthetic pointers have ids the browser does not know; capture would throw for them.
      await page.evaluate(async (count) => {
        Element.prototype.setPointerCapture = () => undefined;
        const el = document.querySelector('[aria-label="Drawing area"]');
        const r = el.getBoundingClientRect();
        const fire = (type, x, y, id) =>
          el.dispatchEvent(
            new PointerEvent(type, { bubbles: true, pointerId: id, pointerType: 'mouse', isPrimary: true, clientX: x, clientY: y, pressure: 0.5, buttons: 1 }),
          );
        for (let s = 0; s < count; s++) {
          const x0 = r.left + 20 + ((s * 37) % (r.width - 140));
          const y0 = r.top + 20 + ((s * 53) % (r.height - 60));
          fire('pointerdown', x0, y0, 1);
          for (let p = 1; p < 10; p++) fire('pointermove', x0 + p * 10, y0 + Math.sin(p + s) * 12, 1);
          fire('pointerup', x0 + 100, y0, 1);
          await new Promise((res) => setTimeout(res, 0));
        }
      }, STROKES_PER_HOUSE);
      await page.waitForFunction((c) => document.querySelector('[aria-label="Drawing area"]').dataset.strokes === String(c), STROKES_PER_HOUSE);
      await page.getByRole('button', { name: 'Stickers', exact: true }).click();
      for (const sticker of STICKERS) await page.getByRole('button', { name: sticker, exact: true }).click();
      await page.getByRole('button', { name: 'Close stickers' }).click();
      for (let w = 0; w < WORDS_PER_HOUSE; w++) {
        await page.getByRole('button', { name: 'Add words', exact: true }).click();
        await page.getByRole('textbox', { name: 'Words', exact: true }).fill(`Words number ${++n}: I like playing with my dog – zażółć`);
        await page.getByRole('button', { name: 'Save words', exact: true }).click();
      }
    }
    await page.waitForTimeout(1500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    await page.goto(page.url().replace(/three-houses.*$/, 'summary'));
    // Leaving the child's space by an address shows the passphrase gate (docs/TWO-SPACES.md).
    const gate = page.getByLabel('Passphrase', { exact: true });
    const download = page.getByRole('button', { name: 'Download PDF' });
    await Promise.race([gate.waitFor({ timeout: 60_000 }), download.waitFor({ timeout: 60_000 })]).catch(() => undefined);
    if (await gate.isVisible()) {
      await gate.fill('bench passphrase');
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    }
    await download.waitFor({ timeout: 60_000 });
    // The review as a worker does it: the child's agreement is recorded, which takes far longer
    // than the few seconds allowed here (the app gets its first export ready meanwhile).
    await page.getByRole('checkbox', { name: 'Amira agreed to share what is ticked' }).check();
    await page.waitForTimeout(REVIEW_MS);

    const times = [];
    let size = 0;
    /** One click on Download PDF; milliseconds until the browser has the file. */
    const downloadPdf = async () => {
      const started = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Download PDF' }).click()]);
      const ms = Date.now() - started;
      const path = await download.path();
      size = Number(spawnSync('stat', ['-c', '%s', path]).stdout.toString().trim()) || size;
      await page.getByRole('button', { name: 'Download PDF' }).waitFor();
      await page.waitForFunction(() => !document.querySelector('.export-buttons button[disabled]'));
      return ms;
    };
    const profiled = async () => {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      const ms = await downloadPdf();
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(PROFILE_FILE, JSON.stringify(profile));
      console.log(`bench-pdf: profiled click took ${ms} ms; CPU profile written to ${PROFILE_FILE}`);
      return ms;
    };
    for (let i = 0; i < RUNS; i++) times.push(PROFILE_FIRST && i === 0 ? await profiled() : await downloadPdf());
    // The first click of a visit may still wait for the PDF code and fonts: reported on its own too.
    console.log(`bench-pdf: runs in order ${times.join(', ')} ms`);
    if (PROFILE_FILE && !PROFILE_FIRST) await profiled();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const first = times[0];
    times.sort((a, b) => a - b);
    const table = [
      '',
      '## Summary PDF (3 houses: 300 strokes, 21 stickers, 30 words)',
      '',
      '| CPU | runs | first click (ms) | median (ms) | slowest (ms) | PDF size (KB) |',
      '|---|---|---|---|---|---|',
      `| ${CPU_RATE}x slower | ${RUNS} | ${first} | ${times[Math.floor(times.length / 2)]} | ${times[times.length - 1]} | ${Math.round(size / 1024)} |`,
      '',
    ].join('\n');
    console.log(table);
    // An unminified build's times are not the app's: they stay out of the report.
    if (PROFILE_FILE) return;
    const dir = join(repoRoot, 'bench-results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'latest.md');
    if (existsSync(file)) appendFileSync(file, table);
    else writeFileSync(file, table);
  } finally {
    await browser.close();
    stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error('bench-pdf failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
