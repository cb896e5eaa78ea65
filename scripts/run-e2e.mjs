// `npm run test:e2e`: builds the app and runs the Playwright suite against the
// built files with the system Chromium. Extra arguments go to `playwright test`,
// e.g. `npm run test:e2e -- --project=tablet-touch tests/e2e/smoke.spec.ts`.

import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDebianTool, findChromium } from './find-chromium.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function log(message) {
  console.log(`[e2e] ${message}`);
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  if (result.error) throw result.error;
  // A child killed by a signal has no status; report it as a failure.
  return result.status ?? 1;
}

let chromiumPath;
try {
  chromiumPath = findChromium();
  // PDF exports are checked the way a reader sees them.
  ensureDebianTool('pdftotext', 'poppler-utils');
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
log(`Chromium: ${chromiumPath}`);

// ffprobe only matters to tests that inspect recordings, so a missing ffmpeg
// should not block everything else; those tests explain what to install.
try {
  ensureDebianTool('ffprobe', 'ffmpeg');
} catch (error) {
  console.warn(`[e2e] warning: ${error instanceof Error ? error.message : error}`);
}

// Tests run against the production build (what people actually get, service
// worker included), so it has to be fresh.
log('Building the app (npx vite build)...');
const buildStatus = run('npx', ['vite', 'build']);
if (buildStatus !== 0) {
  console.error(`[e2e] vite build failed (exit ${buildStatus}).`);
  process.exit(buildStatus);
}

log('Running Playwright...');
const testStatus = run('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  ...process.env,
  CHROMIUM_PATH: chromiumPath,
});
process.exit(testStatus);
