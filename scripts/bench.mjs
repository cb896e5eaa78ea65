// `npm run bench`: drawing performance of the built app in the system Chromium.
//
// For each number of strokes already on the page (0, 500, 2000) and each CPU
// slowdown (1x, 4x) it draws one long touch stroke and reports:
//   - main-thread busy time per frame while drawing (median and 95th percentile),
//   - how many of the stroke's 600 points the app kept,
//   - time from lifting the finger to the frame that shows the committed stroke.
// It also reports the gzipped size of the JavaScript loaded before the first screen.
// Results are printed and written to bench-results/latest.md.
//
// How busy time is measured (and why): a requestAnimationFrame loop in the page
// calls performance.mark() once per frame, while a Chrome trace records every
// top-level task on the renderer's main thread. Both land on the same trace
// clock, so each frame's busy time is the part of the interval between two
// consecutive frame marks during which the main thread was running a task
// (input handlers, React, canvas drawing, style/layout/paint). This counts every
// frame, including the many short ones; Long Animation Frame or longtask entries
// only exist for frames over 50 ms and would hide everything below that.
// The CPU slowdown is Chrome's CPUThrottlingRate, which stretches main-thread
// work the way a slower device would.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(repoRoot, 'dist');
const resultsFile = join(repoRoot, 'bench-results', 'latest.md');

const PORT = 4174;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ROUTE = '#/practice/three-houses';
const AREA_SELECTOR = '[aria-label="Drawing area"]';

const PRELOAD_COUNTS = [0, 500, 2000];
const CPU_RATES = [1, 4];
const STROKE_POINTS = 600;
const STROKE_HZ = 120;
const PRELOAD_POINTS_PER_STROKE = 8;

// A tablet-sized, high-density screen: canvas cost depends on device pixels.
const VIEWPORT = { width: 1180, height: 820 };
const DEVICE_SCALE_FACTOR = 2;

const PRELOAD_TIMEOUT_MS = 90_000;
const COMMIT_TIMEOUT_MS = 15_000;
// The bench must end by itself even if the app hangs.
const OVERALL_DEADLINE_MS = 7 * 60_000;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function log(message) {
  console.log(`[bench] ${message}`);
}

// ---------------------------------------------------------------------------
// Preview server lifecycle
// ---------------------------------------------------------------------------

let server = null;
let browser = null;

function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  try {
    // The server runs in its own process group (npx -> node vite), so the whole
    // group goes, not just the npx wrapper.
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

process.on('exit', stopServer);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`[bench] ${signal}: stopping.`);
    stopServer();
    process.exit(1);
  });
}

async function startServer() {
  server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));

  const started = Date.now();
  while (Date.now() - started < 30_000) {
    if (server.exitCode !== null) {
      throw new Error(`vite preview exited early (code ${server.exitCode}):\n${output}`);
    }
    try {
      const response = await fetch(`${ORIGIN}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${ORIGIN} within 30 s:\n${output}`);
}

// ---------------------------------------------------------------------------
// First-screen JavaScript size
// ---------------------------------------------------------------------------

/** Entry scripts and modulepreloads in dist/index.html, plus their static imports, gzipped. */
function firstScreenJsSize() {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const pending = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi)) pending.push(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*>/gi)) {
    const href = /\bhref=["']([^"']+)["']/i.exec(match[0]);
    if (href) pending.push(href[1]);
  }
  let inlineBytes = 0;
  for (const match of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    inlineBytes += gzipSync(match[1], { level: 9 }).length;
  }

  const toDistPath = (url, fromFile) => {
    if (/^[a-z]+:\/\//i.test(url)) return null;
    const clean = url.split(/[?#]/)[0];
    return clean.startsWith('/') ? posix.normalize(clean.slice(1)) : posix.join(posix.dirname(fromFile), clean);
  };

  // Minified static imports look like `import{a as b}from"./x.js"`, `import"./x.js"`
  // or `export*from"./x.js"`; dynamic `import("./x.js")` is deliberately not matched.
  const staticImport = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;

  const files = new Map();
  const queue = pending.map((url) => toDistPath(url, 'index.html')).filter(Boolean);
  while (queue.length > 0) {
    const file = queue.shift();
    if (files.has(file)) continue;
    const fullPath = join(distDir, file);
    if (!existsSync(fullPath)) continue;
    const source = readFileSync(fullPath);
    files.set(file, gzipSync(source, { level: 9 }).length);
    for (const match of source.toString('utf8').matchAll(staticImport)) {
      if (!/^(\.{1,2})?\//.test(match[1])) continue;
      const imported = toDistPath(match[1], file);
      if (imported && !files.has(imported)) queue.push(imported);
    }
  }
  const total = [...files.values()].reduce((sum, n) => sum + n, 0) + inlineBytes;
  return { total, files, inlineBytes };
}

// ---------------------------------------------------------------------------
// In-page drivers (run inside the page via page.evaluate)
// ---------------------------------------------------------------------------

/** Lets synthetic pointers use setPointerCapture (browsers throw for unknown ids). */
function installPointerCaptureShim() {
  if (globalThis.__benchPointerIds) return;
  const ids = new Set();
  globalThis.__benchPointerIds = ids;
  const proto = Element.prototype;
  const set = proto.setPointerCapture;
  const release = proto.releasePointerCapture;
  proto.setPointerCapture = function (id) {
    if (!ids.has(id)) set.call(this, id);
  };
  proto.releasePointerCapture = function (id) {
    if (!ids.has(id)) release.call(this, id);
  };
}

/**
 * Draws up to `count` short mouse strokes spread over the area, each event in
 * its own task, and stops early when `budgetMs` runs out. Returns how many it drew.
 */
async function preloadStrokesInPage({ selector, count, pointsPerStroke, budgetMs }) {
  const stopAt = performance.now() + budgetMs;
  const area = document.querySelector(selector);
  const rect = area.getBoundingClientRect();
  const channel = new MessageChannel();
  let wake = null;
  channel.port1.onmessage = () => wake();
  // A message-channel hop yields to the event loop without setTimeout's 4 ms clamp.
  const nextTask = () =>
    new Promise((resolve) => {
      wake = resolve;
      channel.port2.postMessage(null);
    });
  let seed = 12345;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;

  let drawn = 0;
  for (; drawn < count && performance.now() < stopAt; drawn++) {
    const cx = rect.left + rect.width * (0.05 + 0.9 * random());
    const cy = rect.top + rect.height * (0.05 + 0.9 * random());
    const angle = random() * Math.PI * 2;
    const points = Array.from({ length: pointsPerStroke }, (_, i) => [
      cx + Math.cos(angle) * i * 4,
      cy + Math.sin(angle) * i * 4 + Math.sin(i) * 2,
    ]);
    const hit = document.elementFromPoint(points[0][0], points[0][1]);
    const target = hit && area.contains(hit) ? hit : area;
    const send = (type, [clientX, clientY], down) =>
      target.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          cancelable: true,
          composed: true,
          pointerId: 1,
          pointerType: 'mouse',
          isPrimary: true,
          clientX,
          clientY,
          button: type === 'pointermove' ? -1 : 0,
          buttons: down ? 1 : 0,
          pressure: down ? 0.5 : 0,
        }),
      );
    send('pointerdown', points[0], true);
    for (let i = 1; i < points.length; i++) {
      await nextTask();
      send('pointermove', points[i], true);
    }
    await nextTask();
    send('pointerup', points[points.length - 1], false);
    await nextTask();
  }
  channel.port1.close();
  return drawn;
}

/**
 * Draws one long touch stroke at a fixed input rate and returns timings.
 * Events are scheduled on an absolute clock: if the main thread falls behind,
 * the overdue events are delivered back to back, as queued input would be.
 */
async function drawMeasuredStrokeInPage({ selector, pointCount, hz, commitTimeoutMs }) {
  const POINTER_ID = 4242;
  globalThis.__benchPointerIds.add(POINTER_ID);
  const area = document.querySelector(selector);
  const rect = area.getBoundingClientRect();
  const strokesBefore = Number(area.getAttribute('data-strokes'));
  const points = Array.from({ length: pointCount }, (_, i) => {
    const t = i / (pointCount - 1);
    return [
      rect.left + rect.width * (0.08 + 0.84 * t),
      rect.top + rect.height * (0.5 + 0.3 * Math.sin(t * Math.PI * 3)),
    ];
  });
  const hit = document.elementFromPoint(points[0][0], points[0][1]);
  const target = hit && area.contains(hit) ? hit : area;
  const send = (type, [clientX, clientY], down) =>
    target.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        cancelable: true,
        composed: true,
        pointerId: POINTER_ID,
        pointerType: 'touch',
        isPrimary: true,
        clientX,
        clientY,
        button: type === 'pointermove' ? -1 : 0,
        buttons: down ? 1 : 0,
        pressure: down ? 0.5 : 0,
        width: 8,
        height: 8,
      }),
    );

  let framesRunning = true;
  const frameLoop = () => {
    if (!framesRunning) return;
    performance.mark('bench:frame');
    requestAnimationFrame(frameLoop);
  };
  requestAnimationFrame(frameLoop);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

  const interval = 1000 / hz;
  let lateEvents = 0;
  performance.mark('bench:down');
  const t0 = performance.now();
  send('pointerdown', points[0], true);
  let next = 1;
  await new Promise((resolve) => {
    const tick = () => {
      const due = Math.min(pointCount - 1, Math.floor((performance.now() - t0) / interval));
      if (due - next >= 1) lateEvents += due - next;
      while (next <= due) send('pointermove', points[next++], true);
      if (next >= pointCount) resolve();
      else setTimeout(tick, Math.max(0, t0 + next * interval - performance.now()));
    };
    setTimeout(tick, interval);
  });
  await new Promise((r) => setTimeout(r, Math.max(0, t0 + pointCount * interval - performance.now())));

  // The element may be re-rendered, so look it up again rather than only
  // observing the original node.
  const strokeCount = () => Number(document.querySelector(selector)?.getAttribute('data-strokes'));
  const committed = new Promise((resolve) => {
    let done = false;
    const observer = new MutationObserver(check);
    const deadline = setTimeout(() => finish(null), commitTimeoutMs);
    function finish(value) {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(deadline);
      resolve(value);
    }
    function check() {
      if (strokeCount() > strokesBefore) finish(performance.now());
    }
    observer.observe(document.body, { attributes: true, attributeFilter: ['data-strokes'], subtree: true });
    const poll = () => {
      check();
      if (!done) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });

  const upAt = performance.now();
  send('pointerup', points[pointCount - 1], false);
  performance.mark('bench:up');
  const committedAt = await committed;
  let paintedAt = null;
  if (committedAt !== null) {
    // The first frame callback after the commit runs before that frame is
    // drawn; the second one runs once it has been produced.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    paintedAt = performance.now();
  }
  framesRunning = false;
  globalThis.__benchPointerIds.delete(POINTER_ID);
  const pointsAttr = document.querySelector(selector)?.getAttribute('data-last-stroke-points');
  performance.clearMarks();
  return {
    upToPaintMs: paintedAt === null ? null : paintedAt - upAt,
    commitMs: committedAt === null ? null : committedAt - upAt,
    pointsKept: pointsAttr === null || pointsAttr === undefined ? null : Number(pointsAttr),
    lateEvents,
    strokeMs: upAt - t0,
  };
}

// ---------------------------------------------------------------------------
// Trace analysis
// ---------------------------------------------------------------------------

/** Per-frame main-thread busy time (ms) between frame marks from 'bench:down' to 'bench:up'. */
function busyTimePerFrame(traceEvents) {
  const marks = traceEvents.filter((e) => e.name?.startsWith('bench:') && e.cat?.includes('blink.user_timing'));
  const down = marks.find((e) => e.name === 'bench:down');
  const up = marks.find((e) => e.name === 'bench:up');
  if (!down || !up) throw new Error('The trace has no bench marks; cannot measure frame busy time.');
  const { pid, tid } = down;
  const frameTimes = marks
    .filter((e) => e.name === 'bench:frame' && e.pid === pid && e.tid === tid && e.ts >= down.ts && e.ts <= up.ts)
    .map((e) => e.ts)
    .sort((a, b) => a - b);

  // Union of top-level task intervals on the page's main thread.
  const tasks = traceEvents
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.cat?.split(',').includes('toplevel'))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)])
    .sort((a, b) => a[0] - b[0]);
  const busy = [];
  for (const [start, end] of tasks) {
    const last = busy.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else busy.push([start, end]);
  }

  const perFrame = [];
  let cursor = 0;
  for (let i = 0; i + 1 < frameTimes.length; i++) {
    const [from, to] = [frameTimes[i], frameTimes[i + 1]];
    while (cursor < busy.length && busy[cursor][1] <= from) cursor++;
    let total = 0;
    for (let j = cursor; j < busy.length && busy[j][0] < to; j++) {
      total += Math.min(to, busy[j][1]) - Math.max(from, busy[j][0]);
    }
    perFrame.push(total / 1000);
  }
  return perFrame;
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

async function traced(cdp, action) {
  const events = [];
  const collect = (params) => events.push(...params.value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: ['toplevel', 'blink.user_timing', '__metadata'],
    },
  });
  let result;
  try {
    result = await action();
  } finally {
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return { result, events };
}

// ---------------------------------------------------------------------------
// One run
// ---------------------------------------------------------------------------

async function openFresh(page) {
  // Practice mode keeps nothing, so a reload starts from an empty page. (A
  // second goto to the same hash URL would not reload the document.)
  if (page.url().startsWith(ORIGIN)) await page.reload({ waitUntil: 'load' });
  else await page.goto(`${ORIGIN}/${ROUTE}`, { waitUntil: 'load' });
  const area = page.locator(AREA_SELECTOR).first();
  // Three Houses may first ask which house to start with.
  const firstHouse = page.getByRole('button', { name: 'House of Worries', exact: true });
  try {
    await area.or(firstHouse).first().waitFor({ state: 'visible', timeout: 30_000 });
    if (!(await area.isVisible())) await firstHouse.click();
    await area.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    throw new Error(`No element with aria-label "Drawing area" on ${ROUTE} after 30 s. Is the app built?`);
  }
  return Number((await area.getAttribute('data-strokes')) ?? NaN);
}

async function runOne(page, cdp, preload, rate) {
  const base = await openFresh(page);
  if (!Number.isFinite(base)) throw new Error('The Drawing area has no numeric data-strokes attribute.');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.evaluate(installPointerCaptureShim);

  // Preloading is not what is measured, so it runs at full speed.
  let reached = base;
  if (preload > 0) {
    const started = Date.now();
    const drawn = await page.evaluate(preloadStrokesInPage, {
      selector: AREA_SELECTOR,
      count: preload,
      pointsPerStroke: PRELOAD_POINTS_PER_STROKE,
      budgetMs: PRELOAD_TIMEOUT_MS,
    });
    try {
      await page.waitForFunction(
        ({ selector, target }) => Number(document.querySelector(selector)?.getAttribute('data-strokes')) >= target,
        { selector: AREA_SELECTOR, target: base + drawn },
        { timeout: Math.max(5_000, PRELOAD_TIMEOUT_MS - (Date.now() - started)), polling: 100 },
      );
    } catch {
      // Measure anyway and say how far the preload got.
    }
    reached = Number(await page.locator(AREA_SELECTOR).first().getAttribute('data-strokes'));
    log(`  preloaded ${reached - base}/${preload} strokes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  // Let pending saves, renders and garbage settle before measuring.
  await page.waitForTimeout(500);

  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  let measured;
  try {
    measured = await traced(cdp, () =>
      page.evaluate(drawMeasuredStrokeInPage, {
        selector: AREA_SELECTOR,
        pointCount: STROKE_POINTS,
        hz: STROKE_HZ,
        commitTimeoutMs: COMMIT_TIMEOUT_MS,
      }),
    );
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  const frames = busyTimePerFrame(measured.events);
  return {
    preload,
    preloaded: reached - base,
    rate,
    frames: frames.length,
    frameMedian: percentile(frames, 50),
    frameP95: percentile(frames, 95),
    ...measured.result,
  };
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

const fmt = (n, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));

function markdownTable(rows) {
  const lines = [
    '| preload | CPU rate | frame median ms | frame p95 ms | points kept | up-to-paint ms |',
    '|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    if (row.error) {
      lines.push(`| ${row.preload} | ${row.rate}x | error: ${row.error.replace(/\|/g, '/').split('\n')[0]} | | | |`);
      continue;
    }
    const preload = row.preloaded === row.preload ? `${row.preload}` : `${row.preload} (only ${row.preloaded})`;
    const kept = row.pointsKept === null ? 'n/a' : `${row.pointsKept}/${STROKE_POINTS}`;
    lines.push(
      `| ${preload} | ${row.rate}x | ${fmt(row.frameMedian)} | ${fmt(row.frameP95)} | ${kept} | ${fmt(row.upToPaintMs)} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const deadline = setTimeout(() => {
    console.error(`[bench] Still running after ${OVERALL_DEADLINE_MS / 60_000} minutes; giving up.`);
    stopServer();
    process.exit(1);
  }, OVERALL_DEADLINE_MS);
  deadline.unref();

  const executablePath = findChromium();

  log('Building the app (npx vite build)...');
  const build = spawnSync('npx', ['vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status ?? build.signal}).`);

  const jsSize = firstScreenJsSize();
  const sizeLine = `First-screen JavaScript: ${(jsSize.total / 1024).toFixed(1)} KB gzipped (${[...jsSize.files.keys()].join(', ') || 'no files found'}${jsSize.inlineBytes ? ` + ${jsSize.inlineBytes} B inline` : ''})`;
  log(sizeLine);

  log(`Starting vite preview on ${ORIGIN}...`);
  await startServer();

  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: DEVICE_SCALE_FACTOR,
    hasTouch: true,
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);

  const rows = [];
  for (const preload of PRELOAD_COUNTS) {
    for (const rate of CPU_RATES) {
      log(`preload ${preload}, CPU ${rate}x...`);
      try {
        const row = await runOne(page, cdp, preload, rate);
        rows.push(row);
        log(
          `  frames ${row.frames}, busy median ${fmt(row.frameMedian)} ms, p95 ${fmt(row.frameP95)} ms, ` +
            `points kept ${row.pointsKept ?? 'n/a'}, up-to-paint ${fmt(row.upToPaintMs)} ms, late events ${row.lateEvents}`,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // Without a drawing area nothing else can be measured either.
        if (message.includes('Drawing area')) throw error;
        console.error(`[bench]   failed: ${message}`);
        rows.push({ preload, rate, error: message });
      }
    }
  }

  const table = markdownTable(rows);
  const details = rows
    .filter((row) => !row.error)
    .map(
      (row) =>
        `- preload ${row.preload}, CPU ${row.rate}x: ${row.frames} frames measured, stroke took ` +
        `${fmt(row.strokeMs, 0)} ms, ${row.lateEvents} events sent late (main thread behind), ` +
        `commit seen ${fmt(row.commitMs)} ms after pointerup`,
    );
  const report = [
    '# Drawing benchmark',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Browser: Chromium ${browser.version()} (headless, software rendering), ${cpus().length} CPU cores`,
    `- Page: ${ROUTE}, viewport ${VIEWPORT.width}x${VIEWPORT.height} at ${DEVICE_SCALE_FACTOR}x`,
    `- Stroke: ${STROKE_POINTS} touch points at ${STROKE_HZ} Hz (synthetic pointer events); preload strokes have ${PRELOAD_POINTS_PER_STROKE} points`,
    '- Frame ms: main-thread busy time per frame while drawing (Chrome trace, between requestAnimationFrame marks)',
    '- Up-to-paint ms: pointerup to the second animation frame after `data-strokes` changes',
    '',
    table,
    '',
    `- ${sizeLine}`,
    '',
    '## Details',
    '',
    ...details,
    '',
  ].join('\n');

  console.log(`\n${table}\n\n${sizeLine}`);
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, report);
  log(`Written to ${posix.join('bench-results', 'latest.md')}`);
  return rows.some((row) => row.error) ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`[bench] ${error instanceof Error ? error.message : error}`);
} finally {
  await browser?.close().catch(() => {});
  stopServer();
}
process.exit(exitCode);
