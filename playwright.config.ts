import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { QUIET_CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

// E2E_PORT lets two checkouts on one machine run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}/`;

// `npm run test:e2e` passes CHROMIUM_PATH. When Playwright is started directly,
// ask the finder script (it may install Debian's chromium when running as root)
// and store the answer so the worker processes, which re-read this file, reuse it.
function systemChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return fromEnv;
  const finder = fileURLToPath(new URL('./scripts/find-chromium.mjs', import.meta.url));
  const found = execFileSync(process.execPath, [finder], {
    encoding: 'utf8',
    stdio: ['inherit', 'pipe', 'inherit'],
  }).trim();
  process.env.CHROMIUM_PATH = found;
  return found;
}

const chromiumLaunchOptions = {
  executablePath: systemChromium(),
  args: [
    // The same quiet, software-rendered Chromium the benches measure.
    ...QUIET_CHROMIUM_ARGS,
    // getUserMedia/MediaRecorder work without a microphone or a permission prompt.
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
  ],
};

// Both projects keep Chromium's own user agent (Playwright's device presets would
// claim Windows), so any platform detection in the app sees the real browser.

// Tests tagged @touch run only on the touch tablet, all others only on desktop,
// so the suite does not run twice.
const TOUCH_TAG = /@touch/;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Flaky tests must be fixed, not retried into passing.
  retries: 0,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // 'list' ends with the "N passed" line that people and CI logs look for.
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    acceptDownloads: true,
    // The UI contract's names are en-GB; the app may follow the browser language.
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    permissions: ['microphone'],
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      grepInvert: TOUCH_TAG,
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        deviceScaleFactor: 1,
      },
    },
    {
      name: 'tablet-touch',
      grep: TOUCH_TAG,
      use: {
        browserName: 'chromium',
        viewport: { width: 1180, height: 820 },
        deviceScaleFactor: 1,
        hasTouch: true,
        isMobile: false,
      },
    },
  ],
  // Serves the production build made by `npm run test:e2e` (or `npx vite build`).
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
