// Field-ready: the app works with no signal after one visit, and nothing leaves the
// device. Runs against the production build (service worker, manifest and CSP included).
//
// Each test serves its own copy of dist/ with `vite preview`, from a sub-folder as on a
// council intranet. So the headers are always the current config's (a reused server may
// predate it), a test can publish a "new version" without touching dist/, and a rebuild
// of dist/ during the run cannot pull files from under a service worker that is installing.

import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { preview } from 'vite';
import { drawingArea, expectSaved, mouseStroke, newSession, passGate, setUpPassphrase, wavePoints } from './helpers';

const PASS = 'blue kettle 42';
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every file of a build, as URL paths relative to the app's folder (e.g. "assets/x.js"). */
function builtFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [relative(root, join(dir, entry.name)).split(sep).join('/')],
    );
  return walk(root);
}

interface Site {
  /** The app's address, ending in its folder, e.g. http://127.0.0.1:4181/intranet/voicemap/ */
  url: string;
  /** The served copy of dist/. */
  dir: string;
  /** An address inside the app, e.g. at('#/practice/three-houses'). */
  at(path: string): string;
  close(): Promise<void>;
}

/** The precache list in the copy's sw.js names only files that are there. */
function isCompleteBuild(dir: string): boolean {
  if (!existsSync(join(dir, 'sw.js'))) return false;
  const precached = [...readFileSync(join(dir, 'sw.js'), 'utf8').matchAll(/\burl:"([^"]+)"/g)].map((match) => match[1]);
  return precached.length > 0 && precached.every((url) => existsSync(join(dir, url)));
}

/** Copies dist/ to a new folder, again if a rebuild was half-way through (it empties dist/ first). */
async function copyCompleteBuild(): Promise<string> {
  for (let attempt = 0; attempt < 15; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'voicemap-dist-'));
    cpSync(DIST, dir, { recursive: true });
    if (isCompleteBuild(dir)) return dir;
    rmSync(dir, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  throw new Error('dist/ has no complete build with a service worker: run `npx vite build` first');
}

/**
 * Serves a copy of dist/ with `vite preview` (the project's config and headers) on a free
 * port, under a sub-folder: the build must not assume it sits at the root of a site.
 */
async function servePrivateCopy(folder = '/intranet/voicemap/'): Promise<Site> {
  const dir = await copyCompleteBuild();
  const server = await preview({
    logLevel: 'silent',
    base: folder,
    build: { outDir: dir },
    preview: { port: 4181, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url?.endsWith(folder)) throw new Error(`vite preview listens at ${url}, not under ${folder}`);
  return {
    url,
    dir,
    at: (path) => new URL(path, url).href,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Directive name -> its sources, so two policies compare regardless of spacing. */
function parsePolicy(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources.join(' ')]),
  );
}

function metaPolicy(html: string): string | undefined {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'");
}

interface Violation {
  url: string;
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Collects every CSP violation in every page of the context, across reloads: the page
 * reports each `securitypolicyviolation` event to the test as it happens.
 */
async function recordCspViolations(context: BrowserContext): Promise<Violation[]> {
  const violations: Violation[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, violation: Violation) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    type Reporter = (violation: { url: string; directive: string; blocked: string; sample: string }) => void;
    const report = (window as unknown as { __reportCspViolation: Reporter }).__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) => {
      report({
        url: location.href,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  return violations;
}

/**
 * Waits until the service worker is active (the whole app precached) and controls the
 * page. The first visit is not controlled ('prompt' mode never claims open pages), so
 * reload once, as a worker opening the app a second time would.
 */
async function waitForOfflineCopy(page: Page): Promise<void> {
  const state = await page.evaluate(async () => {
    const ready = navigator.serviceWorker.ready.then(() => 'active');
    const late = new Promise<string>((resolve) =>
      setTimeout(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        const installing = registration?.installing?.state ?? 'none';
        resolve(registration ? `not active after 30 s (installing: ${installing})` : 'not registered after 30 s');
      }, 30_000),
    );
    return Promise.race([ready, late]);
  });
  expect(state, 'the service worker').toBe('active');
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

let site: Site;

test.beforeEach(async () => {
  site = await servePrivateCopy();
});

test.afterEach(async () => {
  await site.close();
});

test.describe('offline and installable', () => {
  test('after one visit the app starts and draws with no network', async ({ page, context }) => {
    await page.goto(site.at('#/practice/three-houses'));
    await expect(page.getByText('Practice - nothing is saved')).toBeVisible();
    await waitForOfflineCopy(page);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText('Practice - nothing is saved')).toBeVisible();
    // The offline copy keeps the isolation headers, so the live ink still has shared memory.
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
    const area = drawingArea(page);
    const box = (await area.boundingBox())!;
    await mouseStroke(page, area, wavePoints(box.width, box.height, 15));
    await expect(area).toHaveAttribute('data-strokes', '1');

    await page.getByRole('button', { name: 'Stickers', exact: true }).click();
    const heart = page.getByRole('button', { name: 'Heart', exact: true }).locator('img');
    await expect.poll(() => heart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    // Every sticker in the tray is drawn, including those shipped as their own files.
    await expect
      .poll(() =>
        page
          .locator('.sticker-tray button img')
          .evaluateAll((imgs) => (imgs as HTMLImageElement[]).filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.src)),
      )
      .toEqual([]);
  });

  test('the offline copy is scoped to the app folder', async ({ page, context }) => {
    await page.goto(site.at('#/practice/three-houses'));
    await waitForOfflineCopy(page);
    // Scoped to the folder, so other apps on the same intranet server are left alone.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(site.url);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'House of Dreams', exact: true }).click();
    await mouseStroke(page, drawingArea(page), [
      [60, 60],
      [160, 100],
      [260, 70],
    ]);
    await expect(drawingArea(page)).toHaveAttribute('data-strokes', '1');
  });

  test('every built file is precached and served offline', async ({ page, context }) => {
    await page.goto(site.at('#/practice/three-houses'));
    await waitForOfflineCopy(page);
    await context.setOffline(true);

    // The service worker itself and its helper are fetched by the browser, not the cache.
    const files = builtFiles(site.dir).filter((file) => !/^(sw|workbox-[\w-]+)\.js$/.test(file));
    expect(
      files.some((file) => file.endsWith('.ttf')),
      'the PDF fonts are part of the build',
    ).toBe(true);
    expect(files).toContain('manifest.webmanifest');
    const failed = await page.evaluate(async (paths) => {
      const results = await Promise.all(
        paths.map(async (path) => {
          try {
            const response = await fetch(new URL(path, document.baseURI));
            return response.ok ? null : `${path} (${response.status})`;
          } catch (error) {
            return `${path} (${error instanceof Error ? error.message : String(error)})`;
          }
        }),
      );
      return results.filter((result) => result !== null);
    }, files);
    expect(failed, 'files not available offline').toEqual([]);
  });

  test('the web app manifest makes it installable from any folder', async ({ page, request }) => {
    await page.goto(site.url);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('./manifest.webmanifest');
    const manifest = (await (await request.get(site.at(href!))).json()) as {
      name: string;
      short_name: string;
      display: string;
      start_url: string;
      scope: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Voicemap', display: 'standalone', start_url: './', scope: './' });
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const response = await request.get(site.at(icon.src));
      expect(response.headers()['content-type'], icon.src).toBe('image/png');
    }

    // The favicon is shipped, so no page load asks for a missing /favicon.ico.
    const favicon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect((await request.get(site.at(favicon!))).ok()).toBe(true);
  });

  test('a new version waits for the worker and never reloads an open activity', async ({ page, context }) => {
    await page.goto(site.url);
    await waitForOfflineCopy(page);
    await setUpPassphrase(page, PASS);
    const child = await context.newPage();
    await child.goto(site.at('#/practice/three-houses'));
    await expect(child.getByText('Practice - nothing is saved')).toBeVisible();
    await child.evaluate(() => {
      const w = window as unknown as { notReloaded: boolean; newVersionInControl: boolean };
      w.notReloaded = true;
      // When the new version takes over this tab too; a reload, if any, would follow at once.
      navigator.serviceWorker.addEventListener('controllerchange', () => (w.newVersionInControl = true));
    });

    // Publish a new version: the same service worker with one byte changed.
    appendFileSync(join(site.dir, 'sw.js'), '\n// next version\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    const notice = page.getByText('A new version of Voicemap is ready');
    await expect(notice).toBeVisible();
    // Nothing is offered over a child's activity.
    await expect(child.getByText('A new version of Voicemap is ready')).toBeHidden();

    await page.getByRole('button', { name: 'Update now', exact: true }).click();
    // The worker's tab restarts on the new version and asks for the passphrase again.
    await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
    await expect(notice).toBeHidden();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();

    // The child's tab was not reloaded under them, and shows no notice.
    await child.waitForFunction(() => {
      const w = window as unknown as { notReloaded?: boolean; newVersionInControl?: boolean };
      // A reloaded tab has lost both marks: stop waiting and let the check below say so.
      return w.newVersionInControl === true || w.notReloaded !== true;
    });
    expect(await child.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await expect(child.getByText('A new version of Voicemap is ready')).toBeHidden();
    // Back on a worker screen, that tab offers the restart too.
    await child.evaluate(() => {
      window.location.hash = '#/';
    });
    await expect(child.getByText('A new version of Voicemap is ready')).toBeVisible();
  });
});

test.describe('nothing leaks', () => {
  test('a whole session sends no request outside the app and breaks no CSP rule', async ({ page, context }) => {
    const appOrigin = new URL(site.url).origin;
    const requested: string[] = [];
    let serviceWorkerRequests = 0;
    // The context sees every page's requests and the service worker's own fetches too.
    context.on('request', (request) => {
      requested.push(request.url());
      if (request.serviceWorker()) serviceWorkerRequests += 1;
    });
    page.on('request', (request) => requested.push(request.url()));
    const violations = await recordCspViolations(context);
    // Chromium also explains blocked or ignored policy parts on the console.
    const cspMessages: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspMessages.push(message.text());
    });

    await page.goto(site.url);
    await setUpPassphrase(page, PASS);
    await newSession(page, 'Amira');
    const sessionId = /#\/session\/([^/]+)/.exec(page.url())?.[1];
    expect(sessionId, 'the session screen has the session id in its route').toBeTruthy();

    await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
    await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
    const area = drawingArea(page);
    const box = (await area.boundingBox())!;
    await mouseStroke(page, area, wavePoints(box.width, box.height, 20));
    await expect(area).toHaveAttribute('data-strokes', '1');

    await page.getByRole('button', { name: 'Stickers', exact: true }).click();
    await page.getByRole('button', { name: 'Dog', exact: true }).click();
    await page.getByRole('button', { name: 'Close stickers' }).click();
    await expect(page.getByRole('button', { name: 'Sticker: Dog' })).toBeVisible();

    await page.getByRole('button', { name: 'Add words', exact: true }).click();
    await page.getByRole('textbox', { name: 'Words', exact: true }).fill('I worry when Dad shouts');
    await page.getByRole('button', { name: 'Save words', exact: true }).click();
    await expect(page.getByText('I worry when Dad shouts', { exact: true })).toBeVisible();

    // A short recording and its playback (blob: media), with the fake microphone.
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await expect(page.getByRole('timer')).toHaveText('00:01', { timeout: 15_000 });
    await page.getByRole('button', { name: 'Stop recording', exact: true }).click();
    await page.getByRole('button', { name: 'Play recording' }).first().click();

    await expectSaved(page);
    await page.goto(site.at(`#/session/${sessionId}/summary`));
    await passGate(page, PASS);
    await expect(page.getByRole('checkbox', { name: /^Share/ }).first()).toBeVisible();
    // The PDF fetches its fonts at run time; the text export is built in the page.
    for (const name of ['Download PDF', 'Download text']) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name, exact: true }).click();
      expect((await download).suggestedFilename()).toBeTruthy();
    }

    // The recorder really saw the service worker (precaching) and the PDF's font fetches.
    expect(serviceWorkerRequests).toBeGreaterThan(0);
    expect(requested.some((url) => url.endsWith('.ttf'))).toBe(true);
    const foreign = requested.filter((url) => {
      const { protocol, origin } = new URL(url);
      return protocol !== 'blob:' && protocol !== 'data:' && origin !== appOrigin;
    });
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
    expect(cspMessages, 'Content-Security-Policy console messages').toEqual([]);
  });

  test('the built page carries the CSP and has no inline script', async ({ request }) => {
    for (const html of [readFileSync(join(site.dir, 'index.html'), 'utf8'), await (await request.get(site.url)).text()]) {
      const policy = parsePolicy(metaPolicy(html) ?? '');
      expect(policy.get('script-src')).toBe("'self'");
      expect(policy.get('connect-src')).toBe("'self'");
      expect(policy.get('object-src')).toBe("'none'");
      const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      expect(
        scripts.filter((tag) => !/\ssrc=/.test(tag)),
        'inline scripts',
      ).toEqual([]);
      // No inline event handlers either (onload=..., onclick=...).
      expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i);
    }
  });

  test('vite preview sends the security headers, with the same policy as the page', async () => {
    const html = await fetch(site.url);
    const headers = html.headers;
    const headerPolicy = parsePolicy(headers.get('content-security-policy') ?? '');
    expect(headerPolicy.get('frame-ancestors')).toBe("'none'");
    headerPolicy.delete('frame-ancestors');
    expect(headerPolicy).toEqual(parsePolicy(metaPolicy(await html.text()) ?? ''));
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('permissions-policy')).toBe('microphone=(self), camera=(), geolocation=()');
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    // docs/HOSTING.md tells councils to send exactly these.
    const hosting = readFileSync(fileURLToPath(new URL('../../docs/HOSTING.md', import.meta.url)), 'utf8');
    for (const name of ['content-security-policy', 'permissions-policy', 'referrer-policy', 'cross-origin-opener-policy', 'cross-origin-embedder-policy']) {
      expect(hosting, `docs/HOSTING.md shows the ${name} header`).toContain(headers.get(name)!);
    }
    // The service worker script gets them too.
    const sw = await fetch(new URL('sw.js', site.url));
    expect(sw.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
