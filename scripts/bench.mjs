// `npm run bench`: drawing performance of the built app in the system Chromium.
// What the numbers mean, and the last full run: docs/BENCHMARKS.md.
//
// Part 1, drawing (practice mode, Three Houses, House of Worries). With 0, then 500, then
// 2,000 strokes on the page, and with the CPU at normal speed and slowed 4x, it draws a
// 600-point touch stroke three times and reports the medians of:
//   - main-thread busy time per frame while drawing (median and 95th percentile),
//   - how many of the stroke's 600 points the app kept,
//   - time from lifting the finger to the frame that shows the committed stroke.
// Each measured stroke is undone afterwards (with the Undo button), so every measurement
// sees exactly the stated number of strokes. One unreported stroke goes first (the first
// stroke after loading pays for compiling the drawing code). The measured stroke is touch
// input at 120 Hz sent through Chrome's own input pipeline (the DevTools protocol's
// Input.dispatchTouchEvent), so the page gets what a touch screen gives it: a touchmove beside
// every pointermove, moves coalesced to one per frame, and no script of the bench's own running
// in the page while it draws. The strokes put on the page beforehand are pointer events
// dispatched from a script in the page, each event in its own task, as a (very fast) child
// would draw them; how long each one takes to draw and commit is reported as well.
//
// Part 2, opening a saved session (field-ready): a real, encrypted session whose page holds
// 5,000 strokes is reloaded and unlocked with the CPU slowed 4x. Reported: time from the
// Unlock click until the drawing area shows all 5,000 strokes and the next frame is painted
// (with the steps on the way), and the JS heap after that (after a forced garbage collection).
//
// Also reported: the gzipped size of the JavaScript loaded before the first screen.
// Results are printed and written to bench-results/latest.md.
//
// How busy time is measured (and why): a Chrome trace records every top-level task on the
// renderer's main thread, and marks where the finger went down and came up. The time between is
// cut into the frames of a 60 Hz screen (16.7 ms each), and each frame's busy time is how much
// of it the main thread spent running a task (input handlers, React, canvas drawing,
// style/layout/paint, handing canvases to the compositor). This counts every frame, including
// the many short ones; Long Animation Frame or longtask entries only exist for frames over 50 ms.
// Fixed intervals rather than the page's own frames: a frame callback of the bench's in the page
// would itself ask for a frame every 16.7 ms and run work the app would not.
// The CPU slowdown is Chrome's CPUThrottlingRate, which stretches main-thread work the way
// a slower device would (work on other threads, such as key derivation, is not slowed).
//
// The app is built into its own folder (.bench-dist/) and served on a free port, so a
// preview server that tests keep running on dist/ and port 4173 is left alone. Service
// workers are blocked: precaching in the background would disturb the measurements.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { QUIET_CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = '.bench-dist';
const distDir = join(repoRoot, OUT_DIR);
const resultsFile = join(repoRoot, 'bench-results', 'latest.md');

const PRACTICE_ROUTE = '#/practice/three-houses/house-of-worries';
const AREA_SELECTOR = '[aria-label="Drawing area"]';

// 10,000 strokes is far past any child's page: it shows where drawing would start to slow.
const PRELOAD_COUNTS = [0, 500, 2000, 10000];
const CPU_RATES = [1, 4];
/** Each row is measured this many times and the median taken: a shared machine has hiccups. */
const REPEATS = 3;
const STROKE_POINTS = 600;
const STROKE_HZ = 120;
const PRELOAD_POINTS_PER_STROKE = 8;

/**
 * `--part=drawing` or `--part=session` runs one part only (while working on it); the report
 * in bench-results/ is written by a full run only, so it always holds both parts.
 */
const ONLY_PART = process.argv.find((arg) => arg.startsWith('--part='))?.slice('--part='.length) ?? null;
if (ONLY_PART !== null && ONLY_PART !== 'drawing' && ONLY_PART !== 'session') {
  console.error(`[bench] Unknown --part=${ONLY_PART}; use --part=drawing or --part=session.`);
  process.exit(2);
}

/**
 * `--profile=FILE` (with --part=session): also records a CPU profile of the opening and writes
 * it to FILE (open it in Chrome's DevTools, Performance panel); the build is left unminified
 * so the profile names the app's functions.
 */
const PROFILE_FILE = process.argv.find((arg) => arg.startsWith('--profile='))?.slice('--profile='.length) ?? null;

const SESSION_STROKES = 5000;
const SESSION_CPU_RATE = 4;
const PASSPHRASE = 'bench passphrase 2024';
/** The app's PBKDF2 work factor (src/storage/crypto.ts), to time key derivation on its own. */
const PBKDF2_ITERATIONS = 600_000;

// A tablet-sized, high-density screen: canvas cost depends on device pixels.
const VIEWPORT = { width: 1180, height: 820 };
const DEVICE_SCALE_FACTOR = 2;

const PRELOAD_BUDGET_MS = 150_000;
const COMMIT_TIMEOUT_MS = 15_000;
const OPEN_TIMEOUT_MS = 60_000;
// The bench must end by itself even if the app hangs.
const OVERALL_DEADLINE_MS = 30 * 60_000;

const CONTEXT_OPTIONS = {
  viewport: VIEWPORT,
  deviceScaleFactor: DEVICE_SCALE_FACTOR,
  hasTouch: true,
  locale: 'en-GB',
  // The service worker would precache every asset in the background while we measure.
  serviceWorkers: 'block',
};

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

/** A TCP port nobody is listening on right now. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function startServer(port) {
  const origin = `http://127.0.0.1:${port}`;
  server = spawn('npx', ['vite', 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
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
      const response = await fetch(`${origin}/`);
      if (response.ok) return origin;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${origin} within 30 s:\n${output}`);
}

// ---------------------------------------------------------------------------
// First-screen JavaScript size
// ---------------------------------------------------------------------------

/** Entry scripts and modulepreloads in index.html, plus their static imports, gzipped. */
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
 * Draws up to `count` short mouse strokes spread over the area, each event in its own
 * task, and stops early when `budgetMs` runs out. Returns how many it drew and when
 * (wall clock) the last one was lifted.
 */
async function preloadStrokesInPage({ selector, count, pointsPerStroke, budgetMs, seed: initialSeed }) {
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
  let seed = initialSeed;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;

  let drawn = 0;
  for (; drawn < count && performance.now() < stopAt; drawn++) {
    const cx = rect.left + rect.width * (0.05 + 0.9 * random());
    const cy = rect.top + rect.height * (0.05 + 0.9 * random());
    const angle = random() * Math.PI * 2;
    const points = Array.from({ length: pointsPerStroke }, (_, i) => [cx + Math.cos(angle) * i * 4, cy + Math.sin(angle) * i * 4 + Math.sin(i) * 2]);
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
  return { drawn, lastAt: Date.now() };
}

/**
 * Gets the page ready for one measured stroke given through Chrome's real input pipeline:
 * the frame marks, marks at pointer down and up, and a promise (globalThis.__benchStroke)
 * that settles once the stroke is committed and painted. Returns the stroke's points.
 */
function armMeasuredStrokeInPage({ selector, pointCount, commitTimeoutMs }) {
  const area = document.querySelector(selector);
  const rect = area.getBoundingClientRect();
  const strokesBefore = Number(area.getAttribute('data-strokes'));
  const points = Array.from({ length: pointCount }, (_, i) => {
    const t = i / (pointCount - 1);
    return [rect.left + rect.width * (0.08 + 0.84 * t), rect.top + rect.height * (0.5 + 0.3 * Math.sin(t * Math.PI * 3))];
  });
  let downAt = 0;
  const strokeCount = () => Number(document.querySelector(selector)?.getAttribute('data-strokes'));
  globalThis.__benchStroke = new Promise((resolveStroke) => {
    window.addEventListener(
      'pointerdown',
      () => {
        performance.mark('bench:down');
        downAt = performance.now();
      },
      { capture: true, once: true },
    );
    window.addEventListener(
      'pointerup',
      async () => {
        const upAt = performance.now();
        performance.mark('bench:up');
        const committedAt = await new Promise((resolve) => {
          let done = false;
          const deadline = setTimeout(() => finish(null), commitTimeoutMs);
          function finish(value) {
            if (done) return;
            done = true;
            clearTimeout(deadline);
            resolve(value);
          }
          const poll = () => {
            if (strokeCount() > strokesBefore) finish(performance.now());
            else if (!done) requestAnimationFrame(poll);
          };
          // After this event's own handlers (the app commits the stroke in its pointerup handler).
          setTimeout(poll, 0);
        });
        let paintedAt = null;
        if (committedAt !== null) {
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          paintedAt = performance.now();
        }
        const pointsAttr = document.querySelector(selector)?.getAttribute('data-last-stroke-points');
        performance.clearMarks();
        resolveStroke({
          upToPaintMs: paintedAt === null ? null : paintedAt - upAt,
          commitMs: committedAt === null ? null : committedAt - upAt,
          pointsKept: pointsAttr === null || pointsAttr === undefined ? null : Number(pointsAttr),
          strokeMs: upAt - downAt,
        });
      },
      { capture: true, once: true },
    );
  });
  return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(points))));
}

/** Sends the stroke as touch input at `hz`, on an absolute clock, without waiting for each event's acknowledgement. */
async function touchStroke(cdp, points, hz) {
  const interval = 1000 / hz;
  const touch = ([x, y]) => [{ x, y, radiusX: 4, radiusY: 4, force: 0.5, id: 1 }];
  const sent = [cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touch(points[0]) })];
  const t0 = performance.now();
  let lateEvents = 0;
  for (let i = 1; i < points.length; i++) {
    const wait = t0 + i * interval - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    else if (wait < -interval) lateEvents++;
    sent.push(cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: touch(points[i]) }));
  }
  const wait = t0 + points.length * interval - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  sent.push(cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }));
  await Promise.all(sent);
  return lateEvents;
}

/**
 * Arms a watcher for opening a page: resolves `globalThis.__benchOpen` once a click on the
 * button named `buttonName` has happened and the drawing area then shows `strokes` strokes
 * and the next frame has been produced.
 */
function armOpenWatcherInPage({ selector, strokes, buttonName, timeoutMs }) {
  let clickAt = null;
  let areaAt = null;
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (clickAt === null && button?.textContent?.trim() === buttonName) clickAt = performance.now();
    },
    { capture: true },
  );
  globalThis.__benchOpen = new Promise((resolve) => {
    let seen = false;
    const finish = (paintedAt) => {
      observer.disconnect();
      clearTimeout(deadline);
      const shown = Number(document.querySelector(selector)?.getAttribute('data-strokes'));
      resolve({ clickAt, areaAt, paintedAt, shown });
    };
    const check = () => {
      if (seen || clickAt === null) return;
      const area = document.querySelector(selector);
      if (area && areaAt === null) areaAt = performance.now();
      if (!area || Number(area.getAttribute('data-strokes')) < strokes) return;
      seen = true;
      // The first frame callback runs before that frame is drawn; the second once it has been produced.
      requestAnimationFrame(() => requestAnimationFrame(() => finish(performance.now())));
    };
    const deadline = setTimeout(() => finish(null), timeoutMs);
    const observer = new MutationObserver(check);
    observer.observe(document.body, { attributes: true, childList: true, subtree: true, attributeFilter: ['data-strokes'] });
  });
}

/**
 * Records, in the page, when each IndexedDB store last had a record written (wall-clock ms, at
 * the end of the writing transaction) and how large its sealed data was. Stored records carry no
 * times of their own (the times were removed from storage in format 2), so the bench watches
 * the writes themselves.
 */
function watchWritesInPage() {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    const request = key === undefined ? put.call(this, value) : put.call(this, value, key);
    const store = this.name;
    this.transaction.addEventListener('complete', () => {
      (globalThis.__benchWrites ??= {})[store] = { at: Date.now(), bytes: value?.data?.byteLength ?? 0 };
    });
    return request;
  };
}

/** When the session store was last written (wall-clock ms), or 0. */
function lastSavedAtInPage() {
  return globalThis.__benchWrites?.sessions?.at ?? 0;
}

/** When a page picture was last written (wall-clock ms), and its sealed size. */
function lastPictureInPage() {
  return globalThis.__benchWrites?.pictures ?? { at: 0, bytes: 0 };
}

/** Removes every page picture, as if none had been taken. */
async function deletePicturesInPage() {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('voicemap');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    await new Promise((resolve, reject) => {
      const tx = db.transaction('pictures', 'readwrite');
      tx.objectStore('pictures').clear();
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** How long PBKDF2 with the app's work factor takes here (it runs while unlocking). */
async function keyDerivationMsInPage({ iterations }) {
  const started = performance.now();
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('bench'), 'PBKDF2', false, ['deriveKey']);
  await crypto.subtle.deriveKey({ name: 'PBKDF2', salt: new Uint8Array(16), iterations, hash: 'SHA-256' }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  return performance.now() - started;
}

// ---------------------------------------------------------------------------
// Trace analysis
// ---------------------------------------------------------------------------

/** A frame of a 60 Hz screen, in the trace's microseconds. */
const FRAME_US = 1e6 / 60;

/** Main-thread busy time (ms) in each 60 Hz frame interval from 'bench:down' to 'bench:up'. */
function busyTimePerFrame(traceEvents) {
  const marks = traceEvents.filter((e) => e.name?.startsWith('bench:') && e.cat?.includes('blink.user_timing'));
  const down = marks.find((e) => e.name === 'bench:down');
  const up = marks.find((e) => e.name === 'bench:up');
  if (!down || !up) throw new Error('The trace has no bench marks; cannot measure frame busy time.');
  const { pid, tid } = down;
  const frameTimes = [];
  for (let t = down.ts; t <= up.ts; t += FRAME_US) frameTimes.push(t);

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

function median(values) {
  return values.length === 0 ? NaN : percentile(values, 50);
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
// Part 1: drawing
// ---------------------------------------------------------------------------

const strokeCountOn = async (page) => Number(await page.locator(AREA_SELECTOR).first().getAttribute('data-strokes'));

async function waitForStrokeCount(page, target, timeout) {
  await page.waitForFunction(
    ({ selector, target: n }) => Number(document.querySelector(selector)?.getAttribute('data-strokes')) === n,
    { selector: AREA_SELECTOR, target },
    { timeout, polling: 100 },
  );
}

/** Draws strokes until the page holds `target`; returns how long each one took to draw and commit. */
async function topUp(page, target, seed) {
  const before = await strokeCountOn(page);
  if (before >= target) return { added: 0, msPerStroke: null };
  const started = Date.now();
  const { drawn } = await page.evaluate(preloadStrokesInPage, {
    selector: AREA_SELECTOR,
    count: target - before,
    pointsPerStroke: PRELOAD_POINTS_PER_STROKE,
    // The budget grows with the strokes to draw: 8,000 more take far longer than 1,500.
    budgetMs: PRELOAD_BUDGET_MS * Math.max(1, (target - before) / 2000),
    seed,
  });
  try {
    await waitForStrokeCount(page, before + drawn, 10_000);
  } catch {
    // Measure anyway and say how far it got.
  }
  const after = await strokeCountOn(page);
  const seconds = (Date.now() - started) / 1000;
  log(`  added ${after - before} strokes (now ${after}) in ${seconds.toFixed(1)} s`);
  return { added: after - before, msPerStroke: (Date.now() - started) / Math.max(1, after - before) };
}

async function measureStroke(page, cdp, rate) {
  // Garbage from drawing the strokes before is not what is measured.
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(300);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  let measured;
  try {
    measured = await traced(cdp, async () => {
      const points = await page.evaluate(armMeasuredStrokeInPage, { selector: AREA_SELECTOR, pointCount: STROKE_POINTS, commitTimeoutMs: COMMIT_TIMEOUT_MS });
      const lateEvents = await touchStroke(cdp, points, STROKE_HZ);
      return { ...(await page.evaluate(() => globalThis.__benchStroke)), lateEvents };
    });
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  const frames = busyTimePerFrame(measured.events);
  return {
    rate,
    frames: frames.length,
    frameMedian: percentile(frames, 50),
    frameP95: percentile(frames, 95),
    ...measured.result,
  };
}

async function drawingBench(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${globalThis.benchOrigin}/${PRACTICE_ROUTE}`, { waitUntil: 'load' });
  try {
    await page.locator(AREA_SELECTOR).first().waitFor({ state: 'visible', timeout: 30_000 });
  } catch {
    throw new Error(`No element with aria-label "Drawing area" on ${PRACTICE_ROUTE} after 30 s. Is the app built?`);
  }
  if (!Number.isFinite(await strokeCountOn(page))) throw new Error('The Drawing area has no numeric data-strokes attribute.');
  // The canvas measured is the one a child sees: its size on this screen is reported with the figures.
  const areaBox = await page.locator(AREA_SELECTOR).first().boundingBox();
  await page.evaluate(installPointerCaptureShim);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });

  // One stroke first, not reported: the first one after loading pays for compiling the drawing code.
  await measureStroke(page, cdp, 1);
  await undo.click();
  await waitForStrokeCount(page, 0, 10_000);

  const rows = [];
  const preloads = [];
  for (const [index, preload] of PRELOAD_COUNTS.entries()) {
    log(`${preload} strokes on the page...`);
    const top = await topUp(page, preload, 12345 + index);
    if (top.added > 0) preloads.push({ from: preload - top.added, to: preload, msPerStroke: top.msPerStroke });
    const present = await strokeCountOn(page);
    for (const rate of CPU_RATES) {
      const runs = [];
      let failure = null;
      for (let run = 0; run < REPEATS; run++) {
        try {
          runs.push(await measureStroke(page, cdp, rate));
        } catch (error) {
          failure = error instanceof Error ? error.message : String(error);
          console.error(`[bench]   CPU ${rate}x failed: ${failure}`);
        }
        // Back to exactly `present` strokes for the next measurement.
        if ((await strokeCountOn(page)) > present) {
          await undo.click();
          await waitForStrokeCount(page, present, 10_000);
        }
      }
      if (runs.length === 0) {
        rows.push({ preload, present, rate, error: failure ?? 'no run' });
        continue;
      }
      const kept = runs.map((r) => r.pointsKept);
      const row = {
        preload,
        present,
        rate,
        runs,
        frames: runs.reduce((sum, r) => sum + r.frames, 0),
        frameMedian: median(runs.map((r) => r.frameMedian)),
        frameP95: median(runs.map((r) => r.frameP95)),
        upToPaintMs: median(runs.map((r) => r.upToPaintMs).filter((v) => v !== null)),
        pointsKept: kept.includes(null) ? null : Math.min(...kept),
      };
      rows.push(row);
      log(
        `  CPU ${rate}x: busy median ${fmt(row.frameMedian)} ms, p95 ${fmt(row.frameP95)} ms, ` +
          `points kept ${row.pointsKept ?? 'n/a'}, up-to-paint ${fmt(row.upToPaintMs)} ms ` +
          `(runs: ${runs.map((r) => `${fmt(r.frameMedian)}/${fmt(r.frameP95)}/${fmt(r.upToPaintMs, 0)}`).join(', ')})`,
      );
    }
  }
  await page.close();
  return { rows, preloads, areaBox };
}

// ---------------------------------------------------------------------------
// Part 2: opening a saved session with 5,000 strokes
// ---------------------------------------------------------------------------

async function sessionBench(context) {
  const page = await context.newPage();
  await page.addInitScript(watchWritesInPage);
  const cdp = await context.newCDPSession(page);
  const origin = globalThis.benchOrigin;
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set passphrase', exact: true }).click();
  await page.getByRole('button', { name: 'New session', exact: true }).click({ timeout: 30_000 });
  await page.getByLabel("Child's name", { exact: true }).fill('Bench');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click({ timeout: 15_000 });
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click({ timeout: 15_000 });
  await page.locator(AREA_SELECTOR).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.evaluate(installPointerCaptureShim);
  const pageUrl = page.url();

  log(`Drawing ${SESSION_STROKES} strokes in a saved session...`);
  const started = Date.now();
  const { drawn, lastAt } = await page.evaluate(preloadStrokesInPage, {
    selector: AREA_SELECTOR,
    count: SESSION_STROKES,
    pointsPerStroke: PRELOAD_POINTS_PER_STROKE,
    budgetMs: PRELOAD_BUDGET_MS * 2,
    seed: 777,
  });
  await waitForStrokeCount(page, drawn, 30_000);
  const drawSeconds = (Date.now() - started) / 1000;
  log(`  drew ${drawn} strokes in ${drawSeconds.toFixed(1)} s`);

  // Autosave promises a save within 1 s of a change; wait for the record to be newer than the last stroke.
  let savedAt = 0;
  const saveDeadline = Date.now() + 15_000;
  while (Date.now() < saveDeadline) {
    savedAt = await page.evaluate(lastSavedAtInPage);
    if (savedAt >= lastAt) break;
    await page.waitForTimeout(100);
  }
  const saveDelayMs = savedAt >= lastAt ? savedAt - lastAt : null;
  log(`  saved ${saveDelayMs === null ? 'NOT within 15 s' : `${saveDelayMs} ms after the last stroke`}`);

  // The page's picture (taken once the ink has been still for 2 s) is what a later visit opens with.
  let picture = { at: 0, bytes: 0 };
  const pictureDeadline = Date.now() + 30_000;
  while (Date.now() < pictureDeadline) {
    picture = await page.evaluate(lastPictureInPage);
    if (picture.at >= lastAt) break;
    await page.waitForTimeout(200);
  }
  const pictureDelayMs = picture.at >= lastAt ? picture.at - lastAt : null;
  const pictureKb = picture.bytes / 1024;
  log(
    `  page picture ${pictureDelayMs === null ? 'NOT saved within 30 s' : `saved ${pictureDelayMs} ms after the last stroke, ${pictureKb.toFixed(0)} KB encrypted`}`,
  );

  const withPicture = await openSessionOnce(page, cdp, drawn, { keyDerivation: true, profile: PROFILE_FILE });
  log(
    `  with its picture: unlock to ${withPicture.shown} strokes shown at ${SESSION_CPU_RATE}x: ${fmt(withPicture.openMs, 0)} ms ` +
      `(drawing area in the page after ${fmt(withPicture.areaMs, 0)} ms; key derivation alone ${fmt(withPicture.keyDerivationMs, 0)} ms); ` +
      `JS heap ${fmt(withPicture.heapMb)} MB after GC (${fmt(withPicture.heapBeforeGcMb)} MB before)`,
  );
  // The same session when the picture is missing (a restored backup, or the tab closed within
  // two seconds of the last stroke): every stroke is traced and painted.
  await page.evaluate(deletePicturesInPage);
  const withoutPicture = await openSessionOnce(page, cdp, drawn, { keyDerivation: false, profile: null });
  log(`  without a picture: unlock to ${withoutPicture.shown} strokes painted: ${fmt(withoutPicture.openMs, 0)} ms`);
  await page.close();
  return {
    strokes: drawn,
    drawSeconds,
    saveDelayMs,
    pictureDelayMs,
    pictureKb,
    url: pageUrl.replace(origin, ''),
    withPicture,
    withoutPicture,
  };
}

/** Reloads the page, unlocks with the CPU slowed, and times the Unlock click to the strokes shown. */
async function openSessionOnce(page, cdp, strokes, { keyDerivation, profile }) {
  await page.reload({ waitUntil: 'load' });
  const field = page.getByLabel('Passphrase', { exact: true });
  await field.fill(PASSPHRASE);
  await page.evaluate(armOpenWatcherInPage, {
    selector: AREA_SELECTOR,
    strokes,
    buttonName: 'Unlock',
    timeoutMs: OPEN_TIMEOUT_MS,
  });
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SESSION_CPU_RATE });
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  let open;
  let keyDerivationMs = null;
  let heapMb;
  let heapBeforeGcMb;
  try {
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    open = await page.evaluate(() => globalThis.__benchOpen);
    if (profile) {
      const { profile: recorded } = await cdp.send('Profiler.stop');
      writeFileSync(profile, JSON.stringify(recorded));
      log(`  CPU profile written to ${profile}`);
    }
    heapBeforeGcMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
    await cdp.send('HeapProfiler.collectGarbage');
    heapMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
    if (keyDerivation) keyDerivationMs = await page.evaluate(keyDerivationMsInPage, { iterations: PBKDF2_ITERATIONS });
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  return {
    shown: open?.shown ?? null,
    openMs: open?.paintedAt != null && open.clickAt != null ? open.paintedAt - open.clickAt : null,
    areaMs: open?.areaAt != null && open.clickAt != null ? open.areaAt - open.clickAt : null,
    keyDerivationMs,
    heapMb,
    heapBeforeGcMb,
  };
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

const fmt = (n, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));

function drawingTable(rows) {
  const lines = [
    '| strokes on page | CPU | frame busy median (ms) | frame busy p95 (ms) | points kept | pointer-up to painted (ms) |',
    '|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const strokes = row.present === row.preload ? `${row.preload}` : `${row.present} (of ${row.preload})`;
    if (row.error) {
      lines.push(`| ${strokes} | ${row.rate}x | error: ${row.error.replace(/\|/g, '/').split('\n')[0]} | | | |`);
      continue;
    }
    const kept = row.pointsKept === null ? 'n/a' : `${row.pointsKept}/${STROKE_POINTS}`;
    lines.push(`| ${strokes} | ${row.rate}x | ${fmt(row.frameMedian)} | ${fmt(row.frameP95)} | ${kept} | ${fmt(row.upToPaintMs)} |`);
  }
  return lines.join('\n');
}

function sessionTable(session) {
  if (!session) return '(not measured)';
  if (session.error) return `error: ${session.error}`;
  const { withPicture: a, withoutPicture: b } = session;
  return [
    `| opening | strokes shown | CPU | unlock click to strokes shown (ms) | of which key derivation (ms) | JS heap after GC (MB) |`,
    '|---|---:|---:|---:|---:|---:|',
    `| with the page's saved picture | ${a.shown ?? 'n/a'} of ${session.strokes} | ${SESSION_CPU_RATE}x | ${fmt(a.openMs, 0)} | ${fmt(a.keyDerivationMs, 0)} | ${fmt(a.heapMb)} |`,
    `| without it (strokes traced and painted) | ${b.shown ?? 'n/a'} of ${session.strokes} | ${SESSION_CPU_RATE}x | ${fmt(b.openMs, 0)} | (same) | ${fmt(b.heapMb)} |`,
  ].join('\n');
}

async function main() {
  const deadline = setTimeout(() => {
    console.error(`[bench] Still running after ${OVERALL_DEADLINE_MS / 60_000} minutes; giving up.`);
    stopServer();
    process.exit(1);
  }, OVERALL_DEADLINE_MS);
  deadline.unref();
  const benchStarted = Date.now();
  // Other work on the machine slows the browser down: the report says how busy it was.
  const loadAtStart = loadavg()[0];

  const executablePath = findChromium();

  log(`Building the app into ${OUT_DIR}/ (npx vite build)...`);
  const buildArgs = ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'];
  if (PROFILE_FILE) buildArgs.push('--minify', 'false');
  const build = spawnSync('npx', buildArgs, {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status ?? build.signal}).`);

  const jsSize = firstScreenJsSize();
  const sizeLine = `First-screen JavaScript: ${(jsSize.total / 1024).toFixed(1)} KB gzipped (${[...jsSize.files.keys()].join(', ') || 'no files found'}${jsSize.inlineBytes ? ` + ${jsSize.inlineBytes} B inline` : ''})`;
  log(sizeLine);

  const port = await freePort();
  log(`Starting vite preview on port ${port}...`);
  globalThis.benchOrigin = await startServer(port);

  browser = await chromium.launch({ executablePath, headless: true, args: QUIET_CHROMIUM_ARGS });

  if (ONLY_PART === 'session') {
    const sessionContext = await browser.newContext(CONTEXT_OPTIONS);
    const session = await sessionBench(sessionContext);
    await sessionContext.close();
    console.log(`\n${sessionTable(session)}\n`);
    return 0;
  }

  const drawingContext = await browser.newContext(CONTEXT_OPTIONS);
  const { rows, preloads, areaBox } = await drawingBench(drawingContext);
  await drawingContext.close();
  if (ONLY_PART === 'drawing') {
    console.log(`\n${drawingTable(rows)}\n`);
    return rows.some((row) => row.error) ? 1 : 0;
  }

  let session;
  const sessionContext = await browser.newContext(CONTEXT_OPTIONS);
  try {
    session = await sessionBench(sessionContext);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[bench] Session benchmark failed: ${message}`);
    session = { error: message.split('\n')[0] };
  }
  await sessionContext.close();

  const minutes = (Date.now() - benchStarted) / 60_000;
  const drawing = drawingTable(rows);
  const opening = sessionTable(session);
  const details = [
    ...preloads.map(
      (p) =>
        `- Adding strokes ${p.from + 1} to ${p.to} (8-point mouse strokes, every event in its own task): ${fmt(p.msPerStroke)} ms per stroke, draw and commit`,
    ),
    ...rows
      .filter((row) => !row.error)
      .map(
        (row) =>
          `- ${row.present} strokes, CPU ${row.rate}x, ${row.runs.length} runs (frame median / p95 / pointer-up to painted, ms): ` +
          row.runs
            .map((r) => `${fmt(r.frameMedian)} / ${fmt(r.frameP95)} / ${fmt(r.upToPaintMs, 0)} (${r.frames} frames, ${r.lateEvents} events late)`)
            .join('; '),
      ),
  ];
  if (session && !session.error) {
    details.push(
      `- Session: ${session.strokes} strokes drawn in ${fmt(session.drawSeconds)} s; autosave wrote them ${session.saveDelayMs ?? 'n/a'} ms after the last one`,
      `- Session: the page's picture was saved ${session.pictureDelayMs ?? 'n/a'} ms after the last stroke (${fmt(session.pictureKb, 0)} KB encrypted)`,
      `- Session with its picture, after the Unlock click: drawing area in the page after ${fmt(session.withPicture.areaMs, 0)} ms, all ${session.strokes} strokes shown after ${fmt(session.withPicture.openMs, 0)} ms; JS heap before GC ${fmt(session.withPicture.heapBeforeGcMb)} MB`,
      `- Session without its picture: drawing area after ${fmt(session.withoutPicture.areaMs, 0)} ms, strokes painted after ${fmt(session.withoutPicture.openMs, 0)} ms`,
    );
  }
  const report = [
    '# Drawing benchmark',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Browser: Chromium ${browser.version()} (headless, --disable-gpu: software rendering), ${cpus().length} CPU cores`,
    `- Viewport ${VIEWPORT.width}x${VIEWPORT.height} at ${DEVICE_SCALE_FACTOR}x device pixels; run took ${minutes.toFixed(1)} min`,
    `- Machine load (1-minute load average) at the start and end of the run: ${loadAtStart.toFixed(1)} and ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
    '',
    `## Drawing (${PRACTICE_ROUTE})`,
    '',
    `Per row: one ${STROKE_POINTS}-point touch stroke (real touch input through Chrome's input pipeline, Input.dispatchTouchEvent, at ${STROKE_HZ} Hz), drawn ${REPEATS} times; the median of the runs.`,
    areaBox
      ? `The drawing area is ${Math.round(areaBox.width)}x${Math.round(areaBox.height)} CSS px (${Math.round((100 * areaBox.width * areaBox.height) / (VIEWPORT.width * VIEWPORT.height))}% of the screen), so its canvases are ${Math.round(areaBox.width * DEVICE_SCALE_FACTOR)}x${Math.round(areaBox.height * DEVICE_SCALE_FACTOR)} device pixels.`
      : 'The drawing area could not be measured.',
    '',
    drawing,
    '',
    `## Opening a saved session (${SESSION_STROKES} strokes on one page)`,
    '',
    opening,
    '',
    `- ${sizeLine}`,
    '',
    '## Details',
    '',
    ...details,
    '',
  ].join('\n');

  console.log(`\n${drawing}\n\n${opening}\n\n${sizeLine}\n`);
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, report);
  log(`Written to ${posix.join('bench-results', 'latest.md')} (${minutes.toFixed(1)} min)`);
  return rows.some((row) => row.error) || !session || session.error ? 1 : 0;
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
