// Reusable steps for the end-to-end suites: drawing strokes, the passphrase and
// session flows from the UI contract, storage inspection, canvas pixels,
// accessibility checks and reading exported files.

import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export type Point = [x: number, y: number];

/** The element that takes drawing input, as named in the UI contract. */
export const DRAWING_AREA_SELECTOR = '[aria-label="Drawing area"]';

export function drawingArea(page: Page): Locator {
  return page.getByLabel('Drawing area', { exact: true });
}

async function boxOf(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`No bounding box for ${locator}: is it visible?`);
  return box;
}

// ---------------------------------------------------------------------------
// Strokes
// ---------------------------------------------------------------------------

export interface TouchStrokeOptions {
  /**
   * true (default): send all touchMove events without waiting for each to be
   * acknowledged. Chromium acknowledges input once per frame (~17 ms), so
   * awaiting every event makes long strokes slow. The browser may then coalesce
   * several moves into one frame, exactly as with a fast real finger.
   * false: await each event, so every point arrives in its own frame.
   */
  batch?: boolean;
  /** Identifies the finger; use different ids for simultaneous touches. */
  touchId?: number;
}

/**
 * Draws a real touch stroke (trusted touch + pointer events, pointerType
 * 'touch') through CDP `Input.dispatchTouchEvent`. Points are relative to the
 * element's bounding box. The page's context must have `hasTouch: true`
 * (the tablet-touch project).
 */
export async function touchStroke(page: Page, locator: Locator, points: Point[], options: TouchStrokeOptions = {}): Promise<void> {
  if (points.length === 0) throw new Error('touchStroke needs at least one point');
  const { batch = true, touchId = 1 } = options;
  const box = await boxOf(locator);
  const touchPoint = ([x, y]: Point) => ({
    x: box.x + x,
    y: box.y + y,
    id: touchId,
    radiusX: 4,
    radiusY: 4,
    force: 0.5,
  });

  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [touchPoint(points[0])],
    });
    const moves = points.slice(1).map((point) => ({
      type: 'touchMove' as const,
      touchPoints: [touchPoint(point)],
    }));
    if (batch) {
      // CDP handles commands in the order sent, so the stroke keeps its shape.
      await Promise.all(moves.map((move) => cdp.send('Input.dispatchTouchEvent', move)));
    } else {
      for (const move of moves) await cdp.send('Input.dispatchTouchEvent', move);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}

/** Draws a stroke with the real (trusted) mouse, left button held. */
export async function mouseStroke(page: Page, locator: Locator, points: Point[]): Promise<void> {
  if (points.length === 0) throw new Error('mouseStroke needs at least one point');
  const box = await boxOf(locator);
  const [first, ...rest] = points;
  await page.mouse.move(box.x + first[0], box.y + first[1]);
  await page.mouse.down();
  for (const [x, y] of rest) await page.mouse.move(box.x + x, box.y + y);
  await page.mouse.up();
}

export interface InPageStrokeOptions {
  /** Milliseconds between events; 0 (default) sends each event in its own task, back to back. */
  intervalMs?: number;
  pointerId?: number;
  /** Pressure while in contact; pens get a slight natural variation around it. */
  pressure?: number;
}

/**
 * Draws a stroke by dispatching synthetic PointerEvents inside the page
 * (pointerdown, pointermove per point, pointerup). Much faster than real input
 * for long strokes and the benchmark, but the events are untrusted: use the
 * real-input helpers above when testing input handling itself.
 *
 * Points are relative to the element matched by `selector` (usually
 * DRAWING_AREA_SELECTOR). Events go to the element under the first point, as a real
 * pointer's would, and stay with it (implicit capture). setPointerCapture is
 * made a no-op for the synthetic pointer, because browsers throw for pointer
 * ids they do not know about.
 */
export async function penStrokeInPage(
  page: Page,
  selector: string,
  points: Point[],
  pointerType: 'pen' | 'touch' | 'mouse' = 'pen',
  options: InPageStrokeOptions = {},
): Promise<void> {
  if (points.length === 0) throw new Error('penStrokeInPage needs at least one point');
  await page.locator(selector).first().waitFor();
  await page.evaluate(
    async ({ selector, points, pointerType, intervalMs, pointerId, pressure }) => {
      const area = document.querySelector(selector);
      if (!area) throw new Error(`No element matches ${selector}`);

      type Patched = typeof globalThis & { __syntheticPointerIds?: Set<number> };
      const g = globalThis as Patched;
      if (!g.__syntheticPointerIds) {
        const ids = new Set<number>();
        g.__syntheticPointerIds = ids;
        const proto = Element.prototype;
        const set = proto.setPointerCapture;
        const release = proto.releasePointerCapture;
        proto.setPointerCapture = function (this: Element, id: number) {
          if (!ids.has(id)) set.call(this, id);
        };
        proto.releasePointerCapture = function (this: Element, id: number) {
          if (!ids.has(id)) release.call(this, id);
        };
      }
      g.__syntheticPointerIds.add(pointerId);

      const rect = area.getBoundingClientRect();
      const toClient = ([x, y]: [number, number]) => [rect.left + x, rect.top + y] as const;
      const [x0, y0] = toClient(points[0]);
      const hit = document.elementFromPoint(x0, y0);
      const target = hit && area.contains(hit) ? hit : area;

      const channel = new MessageChannel();
      const nextTask = () =>
        new Promise<void>((resolve) => {
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        });
      const wait = (ms: number) => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : nextTask());

      const send = (type: string, index: number, down: boolean) => {
        const [clientX, clientY] = toClient(points[index]);
        const wobble = pointerType === 'pen' ? 0.1 * Math.sin(index / 5) : 0;
        target.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            cancelable: true,
            composed: true,
            pointerId,
            pointerType,
            isPrimary: true,
            clientX,
            clientY,
            screenX: clientX,
            screenY: clientY,
            button: type === 'pointermove' ? -1 : 0,
            buttons: down ? 1 : 0,
            pressure: down ? Math.min(1, Math.max(0.05, pressure + wobble)) : 0,
            width: pointerType === 'touch' ? 8 : 1,
            height: pointerType === 'touch' ? 8 : 1,
          }),
        );
      };

      // Each event in its own task, like real input, so frameworks that update
      // state between events (React) see every step.
      send('pointerdown', 0, true);
      for (let i = 1; i < points.length; i++) {
        await wait(intervalMs);
        send('pointermove', i, true);
      }
      await wait(intervalMs);
      send('pointerup', points.length - 1, false);
      channel.port1.close();
      g.__syntheticPointerIds.delete(pointerId);
    },
    {
      selector,
      points,
      pointerType,
      intervalMs: options.intervalMs ?? 0,
      pointerId: options.pointerId ?? (pointerType === 'mouse' ? 1 : 1000 + Math.floor(Math.random() * 1000)),
      pressure: options.pressure ?? 0.5,
    },
  );
}

/** Evenly spaced points along a gentle wave across a box of the given size. */
export function wavePoints(width: number, height: number, count = 20): Point[] {
  return Array.from({ length: count }, (_, i) => {
    const t = count === 1 ? 0 : i / (count - 1);
    return [width * (0.2 + 0.6 * t), height * (0.5 + 0.2 * Math.sin(t * Math.PI * 2))] as Point;
  });
}

/** The drawing area's committed stroke count (`data-strokes`). */
export async function committedStrokes(page: Page): Promise<number> {
  const value = await drawingArea(page).getAttribute('data-strokes');
  return Number(value ?? NaN);
}

// ---------------------------------------------------------------------------
// Passphrase and sessions (names from the UI contract)
// ---------------------------------------------------------------------------

// Deriving a key from a passphrase is deliberately slow.
const KEY_DERIVATION_TIMEOUT = 20_000;

/** First run: sets the device passphrase and waits for the worker screen. */
export async function setUpPassphrase(page: Page, pass: string): Promise<void> {
  await page.getByLabel('New passphrase', { exact: true }).fill(pass);
  await page.getByLabel('Repeat passphrase', { exact: true }).fill(pass);
  await page.getByRole('button', { name: 'Set passphrase', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({
    timeout: KEY_DERIVATION_TIMEOUT,
  });
}

/**
 * Unlocks with the passphrase. By default waits until the passphrase screen has gone;
 * pass `{ expectSuccess: false }` when testing a wrong passphrase.
 */
export async function unlock(page: Page, pass: string, { expectSuccess = true } = {}): Promise<void> {
  const field = page.getByLabel('Passphrase', { exact: true });
  await field.fill(pass);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  // A worker screen (with Lock), or the child's activity the address asked for (with Worker).
  if (expectSuccess) await expect(field).toBeHidden({ timeout: KEY_DERIVATION_TIMEOUT });
}

/** In a Three Houses session: opens `house` and adds `words` there (the child's), stored. */
export async function addWordsInHouse(page: Page, house: string, words: string) {
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: house, exact: true }).click();
  await expect(drawingArea(page)).toBeVisible();
  await page.getByRole('button', { name: 'Add words', exact: true }).click();
  await page.getByRole('textbox', { name: 'Words', exact: true }).fill(words);
  await page.getByRole('button', { name: 'Save words', exact: true }).click();
  await expect(page.getByText(words, { exact: true })).toBeVisible();
  await expectSaved(page);
}

/** Starts a new session for a child from the start screen. */
export async function newSession(page: Page, childName: string): Promise<void> {
  await page.getByRole('button', { name: 'New session', exact: true }).click();
  const nameField = page.getByLabel("Child's name", { exact: true });
  await nameField.fill(childName);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(nameField).toBeHidden();
}

// ---------------------------------------------------------------------------
// Save state (UI contract: data-save-state on the root element)
// ---------------------------------------------------------------------------

/**
 * Waits until everything made so far is stored: the root element says `saved`. A change only
 * counts once it is committed, so call this after the step's visible result (a stroke counted,
 * words shown) has been awaited. A failed write ends the wait at once, with a clear message.
 */
export async function expectSaved(page: Page, timeout = 10_000): Promise<void> {
  const root = page.locator('#root');
  await expect(root).toHaveAttribute('data-save-state', /^(saved|error)$/, { timeout });
  expect(await root.getAttribute('data-save-state'), 'a write failed (data-save-state="error")').toBe('saved');
}

/**
 * For practice mode, which must store nothing: moves the page's clock (installed with
 * `page.clock.install()` before the page loaded) past every autosave delay at once, so a
 * write that should not happen would have happened by now. No real time passes.
 */
export async function runPastAutosave(page: Page): Promise<void> {
  await page.clock.runFor(2_000);
}

/** Resolves after the page has painted twice more: whatever was queued for the next frame has run. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Waits until no animation runs and nothing is mid-fade, so a scan or screenshot sees the screen at rest. */
export async function waitForSettledScreen(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(
    () =>
      document.getAnimations().every((a) => a.playState !== 'running') &&
      Array.from(document.querySelectorAll<HTMLElement>('[style*="opacity"]')).every((el) => getComputedStyle(el).opacity === '1'),
  );
  // A screen that has just mounted may not have started its fade yet: check once more a frame or two later.
  await nextFrames(page);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

// ---------------------------------------------------------------------------
// Storage inspection
// ---------------------------------------------------------------------------

export interface StoredText {
  /** e.g. "indexedDB voicemap/sessions", "localStorage", "opfs /recordings/a.webm" */
  where: string;
  /** The key (or file path) the value is stored under. */
  key: string;
  /** Every string found in the value, binary data decoded several ways, newline-joined. */
  text: string;
}

/**
 * Reads everything the page's origin stores: every record of every IndexedDB
 * database and object store (keys and values), localStorage, sessionStorage,
 * cookies and files in the origin private file system. Binary data
 * (ArrayBuffer, typed arrays, Blobs) is decoded as UTF-8, UTF-16LE and latin1,
 * and base64-looking strings are decoded too, so words stored in clear are
 * found whatever the encoding. Compressed-then-stored plaintext would not be.
 */
export async function readAllStorage(page: Page): Promise<StoredText[]> {
  return page.evaluate(async () => {
    const out: { where: string; key: string; text: string }[] = [];
    const utf8 = new TextDecoder('utf-8', { fatal: false });
    const utf16 = new TextDecoder('utf-16le', { fatal: false });

    const decodeBytes = (bytes: Uint8Array): string[] => {
      let latin1 = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        latin1 += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return [utf8.decode(bytes), utf16.decode(bytes), latin1];
    };

    const maybeBase64 = (s: string): string[] => {
      const compact = s.trim();
      if (compact.length < 8 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact)) return [];
      try {
        const normal = compact.replace(/-/g, '+').replace(/_/g, '/');
        const binary = atob(normal.padEnd(Math.ceil(normal.length / 4) * 4, '='));
        return decodeBytes(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
      } catch {
        return [];
      }
    };

    const stringsIn = async (value: unknown): Promise<string[]> => {
      const found: string[] = [];
      const seen = new Set<unknown>();
      const walk = async (v: unknown): Promise<void> => {
        if (v === null || v === undefined) return;
        if (typeof v === 'string') {
          found.push(v, ...maybeBase64(v));
          return;
        }
        if (typeof v !== 'object') {
          found.push(String(v));
          return;
        }
        if (seen.has(v)) return;
        seen.add(v);
        if (v instanceof ArrayBuffer) return void found.push(...decodeBytes(new Uint8Array(v)));
        if (ArrayBuffer.isView(v)) {
          return void found.push(...decodeBytes(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)));
        }
        if (v instanceof Blob) {
          found.push(v.type, ...(v instanceof File ? [v.name] : []));
          return void found.push(...decodeBytes(new Uint8Array(await v.arrayBuffer())));
        }
        if (v instanceof Date) return void found.push(v.toISOString());
        if (typeof CryptoKey !== 'undefined' && v instanceof CryptoKey) {
          return void found.push(`[CryptoKey ${v.type} ${JSON.stringify(v.algorithm)}]`);
        }
        if (v instanceof Map) {
          for (const [k, item] of v) {
            await walk(k);
            await walk(item);
          }
          return;
        }
        if (v instanceof Set || Array.isArray(v)) {
          for (const item of v) await walk(item);
          return;
        }
        for (const [k, item] of Object.entries(v)) {
          found.push(k);
          await walk(item);
        }
      };
      await walk(value);
      return found;
    };

    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });

    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
        open.onblocked = () => reject(new Error(`Opening IndexedDB ${name} was blocked`));
      });
      try {
        for (const storeName of Array.from(db.objectStoreNames)) {
          const store = db.transaction(storeName, 'readonly').objectStore(storeName);
          const keysRequest = store.getAllKeys();
          const values = await request(store.getAll());
          const keys = keysRequest.result;
          for (let i = 0; i < values.length; i++) {
            const keyStrings = await stringsIn(keys[i]);
            const valueStrings = await stringsIn(values[i]);
            out.push({
              where: `indexedDB ${name}/${storeName}`,
              key: keyStrings.join(' '),
              text: [...keyStrings, ...valueStrings].join('\n'),
            });
          }
        }
      } finally {
        db.close();
      }
    }

    for (const [where, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) ?? '';
        const value = storage.getItem(key) ?? '';
        out.push({ where, key, text: [key, value, ...maybeBase64(value)].join('\n') });
      }
    }

    if (document.cookie) out.push({ where: 'cookie', key: '', text: document.cookie });

    if (navigator.storage?.getDirectory) {
      type DirectoryWithEntries = FileSystemDirectoryHandle & {
        entries(): AsyncIterable<[string, FileSystemHandle]>;
      };
      const walkDir = async (dir: FileSystemDirectoryHandle, path: string): Promise<void> => {
        for await (const [entryName, handle] of (dir as DirectoryWithEntries).entries()) {
          const entryPath = `${path}/${entryName}`;
          if (handle.kind === 'directory') {
            await walkDir(handle as FileSystemDirectoryHandle, entryPath);
          } else {
            const file = await (handle as FileSystemFileHandle).getFile();
            out.push({ where: 'opfs', key: entryPath, text: [entryPath, ...(await stringsIn(file))].join('\n') });
          }
        }
      };
      try {
        await walkDir(await navigator.storage.getDirectory(), '');
      } catch {
        // No origin private file system in this context: nothing stored there.
      }
    }

    return out;
  });
}

/** Fails, naming where, if any stored value contains `secret` in clear. */
export async function expectNotStoredInClear(page: Page, secret: string): Promise<void> {
  const needle = secret.toLowerCase();
  const leaks = (await readAllStorage(page)).filter((entry) => entry.text.toLowerCase().includes(needle)).map((entry) => `${entry.where} [${entry.key}]`);
  expect(leaks, `"${secret}" is stored in clear in:\n${leaks.join('\n')}`).toEqual([]);
}

// ---------------------------------------------------------------------------
// Canvas pixels
// ---------------------------------------------------------------------------

export interface InkOptions {
  /** Background colour to ignore; default: each canvas's dominant opaque colour if it covers ≥30 %. */
  background?: [r: number, g: number, b: number];
  /** How far (max channel difference) a pixel must be from the background to count. */
  tolerance?: number;
}

/**
 * Counts the painted ("ink") pixels of all canvases inside the drawing area:
 * pixels that are not (nearly) transparent and differ from the background.
 * Templates painted on the canvas count too, so compare against a baseline.
 */
export async function canvasInkPixels(page: Page, locatorOrSelector: Locator | string = DRAWING_AREA_SELECTOR, options: InkOptions = {}): Promise<number> {
  const locator = typeof locatorOrSelector === 'string' ? page.locator(locatorOrSelector) : locatorOrSelector;
  return locator.first().evaluate(
    (root, { background, tolerance }) => {
      // The live ink's tiles are left out: they are empty between strokes, and where the browser
      // paints them in a worker the page cannot read them (transferControlToOffscreen).
      const canvases: HTMLCanvasElement[] = root instanceof HTMLCanvasElement ? [root] : Array.from(root.querySelectorAll('canvas:not(.live-ink canvas)'));
      if (canvases.length === 0) throw new Error('No <canvas> inside the drawing area');

      const pixelsOf = (canvas: HTMLCanvasElement): Uint8ClampedArray => {
        const { width, height } = canvas;
        if (width === 0 || height === 0) return new Uint8ClampedArray();
        const ctx = canvas.getContext('2d');
        if (ctx) return ctx.getImageData(0, 0, width, height).data;
        // A WebGL/bitmaprenderer canvas: copy it onto a 2D canvas to read it.
        const copy = document.createElement('canvas');
        copy.width = width;
        copy.height = height;
        const copyCtx = copy.getContext('2d');
        if (!copyCtx) throw new Error('Cannot create a 2D canvas');
        copyCtx.drawImage(canvas, 0, 0);
        return copyCtx.getImageData(0, 0, width, height).data;
      };

      const ALPHA_MIN = 16;
      let ink = 0;
      for (const canvas of canvases) {
        const data = pixelsOf(canvas);
        const pixels = data.length / 4;
        let bg = background ?? null;
        if (!bg) {
          const counts = new Map<number, number>();
          for (let i = 0; i < data.length; i += 4) {
            if (data[i + 3] < 250) continue;
            const rgb = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
            counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
          }
          let best = -1;
          let bestCount = 0;
          for (const [rgb, count] of counts) {
            if (count > bestCount) [best, bestCount] = [rgb, count];
          }
          if (best >= 0 && bestCount >= pixels * 0.3) bg = [best >> 16, (best >> 8) & 255, best & 255];
        }
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] < ALPHA_MIN) continue;
          if (bg && Math.abs(data[i] - bg[0]) <= tolerance && Math.abs(data[i + 1] - bg[1]) <= tolerance && Math.abs(data[i + 2] - bg[2]) <= tolerance) {
            continue;
          }
          ink++;
        }
      }
      return ink;
    },
    { background: options.background ?? null, tolerance: options.tolerance ?? 24 },
  );
}

// ---------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------

export interface A11yOptions {
  include?: string[];
  exclude?: string[];
  disableRules?: string[];
}

/** Runs axe on the current page and fails on any 'serious' or 'critical' violation. */
export async function expectNoSeriousA11yViolations(page: Page, options: A11yOptions = {}): Promise<void> {
  // Scan the settled screen: mid-fade text would be reported for its transient low contrast.
  await waitForSettledScreen(page);
  let builder = new AxeBuilder({ page });
  for (const selector of options.include ?? []) builder = builder.include(selector);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((node) => `    - ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    ... and ${v.nodes.length - 5} more` : '';
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
  expect(serious.length, `Accessibility violations on ${page.url()}:\n${report}`).toBe(0);
}

// ---------------------------------------------------------------------------
// Exported files
// ---------------------------------------------------------------------------

function runTool(binary: string, pkg: string, args: string[]): string {
  try {
    return execFileSync(binary, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `"${binary}" is not installed. Install it with: sudo apt-get install ${pkg} ` + '(npm run test:e2e installs it automatically when run as root).',
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * The text of a PDF as a reader extracts it, via poppler's pdftotext.
 * - 'raw' (default): in the order the PDF draws it; best for "the words are there, in order".
 * - 'layout': keeps the physical layout (columns, indentation) using spaces.
 * - 'reading': pdftotext's default reading-order heuristics.
 */
export function pdfText(path: string, mode: 'raw' | 'layout' | 'reading' = 'raw'): string {
  const modeArgs = mode === 'raw' ? ['-raw'] : mode === 'layout' ? ['-layout'] : [];
  return runTool('pdftotext', 'poppler-utils', [...modeArgs, '-enc', 'UTF-8', path, '-']);
}

/** The fonts a PDF uses, as poppler's pdffonts lists them. */
export function pdfFonts(path: string): string {
  return runTool('pdffonts', 'poppler-utils', [path]);
}

/** Both extractions at once, for assertions that need either. */
export function pdfTexts(path: string): { raw: string; layout: string } {
  return { raw: pdfText(path, 'raw'), layout: pdfText(path, 'layout') };
}

/** Number of pages in a PDF (poppler's pdfinfo). */
export function pdfPageCount(path: string): number {
  const info = runTool('pdfinfo', 'poppler-utils', [path]);
  const match = /^Pages:\s+(\d+)/m.exec(info);
  if (!match) throw new Error(`pdfinfo did not report a page count for ${path}`);
  return Number(match[1]);
}

/** Container, codec and duration of an audio file (ffmpeg's ffprobe). */
export function audioInfo(path: string): { format: string; codec: string; durationSeconds: number } {
  const json = runTool('ffprobe', 'ffmpeg', ['-v', 'error', '-show_entries', 'format=format_name,duration:stream=codec_name,codec_type', '-of', 'json', path]);
  const parsed = JSON.parse(json) as {
    format?: { format_name?: string; duration?: string };
    streams?: { codec_name?: string; codec_type?: string }[];
  };
  const audio = parsed.streams?.find((s) => s.codec_type === 'audio');
  return {
    format: parsed.format?.format_name ?? '',
    codec: audio?.codec_name ?? '',
    // MediaRecorder webm files often carry no duration in the header: NaN then.
    durationSeconds: Number(parsed.format?.duration ?? NaN),
  };
}

// ---------------------------------------------------------------------------
// Keyboard and switch access
// ---------------------------------------------------------------------------

/**
 * Presses `key` until the control named `name` has focus, then presses `choose`: how a keyboard
 * user (Tab) or a two-switch user (Space) gets anywhere. The target is found by its accessible name.
 */
export async function reach(page: Page, name: string, key: string, choose = 'Enter', limit = 250): Promise<void> {
  const target = page.getByRole('button', { name, exact: true }).or(page.getByRole('link', { name, exact: true }));
  for (let i = 0; i < limit; i++) {
    const focused = await target.evaluateAll((els) => els.some((el) => el === document.activeElement));
    if (focused) {
      await page.keyboard.press(choose);
      return;
    }
    await page.keyboard.press(key);
  }
  throw new Error(`Could not reach "${name}" with ${key}`);
}

// ---------------------------------------------------------------------------
// The child's space and its gate
// ---------------------------------------------------------------------------

/**
 * From anywhere in the child's space back to the worker's: the `Worker` button (unless the gate
 * is already showing, e.g. after Back or a typed address), then the passphrase.
 */
export async function leaveChildSpace(page: Page, pass: string): Promise<void> {
  const field = page.getByLabel('Passphrase', { exact: true });
  if (!(await field.isVisible())) await page.getByRole('button', { name: 'Worker', exact: true }).click();
  await unlock(page, pass);
}

/** After leaving the child's space by an address or Back: the gate shows; the passphrase passes it. */
export async function passGate(page: Page, pass: string): Promise<void> {
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await unlock(page, pass);
}

// ---------------------------------------------------------------------------
// A full disk
// ---------------------------------------------------------------------------

/** From now on every IndexedDB write in the page fails as a full disk would. */
export async function fillTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    (window as unknown as { __restorePut: () => void }).__restorePut = () => {
      IDBObjectStore.prototype.put = original;
    };
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

/** Room again: writes work as before `fillTheDisk`. */
export async function freeTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __restorePut: () => void }).__restorePut());
}
