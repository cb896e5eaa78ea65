// Locates the system Chromium (and a few Debian command-line tools) for the
// end-to-end tests and the benchmark.
//
// Browsers are never downloaded: `npx playwright install` is not used. When
// nothing is found and we run as root on a machine with apt-get, Debian's own
// packages are installed; otherwise we stop with a message that says exactly
// what to install.
//
// Usage from the command line (prints the path on stdout, progress on stderr):
//   node scripts/find-chromium.mjs
//   node scripts/find-chromium.mjs --tool pdftotext poppler-utils

import { accessSync, constants, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Launch flags for measuring the built app: headless, software rendering, and none of the
 * browser's own background traffic (updates, sync, QUIC probes) competing with what is measured.
 */
export const QUIET_CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

const CHROMIUM_ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Absolute path of `binary` on PATH (or in the standard system bin dirs), or null. */
export function findOnPath(binary) {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  // Non-login shells of service accounts sometimes lack the sbin/bin dirs.
  for (const dir of [...dirs, '/usr/local/bin', '/usr/bin', '/bin', '/usr/sbin', '/sbin']) {
    const candidate = join(dir, binary);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

function canInstallWithApt() {
  return process.getuid?.() === 0 && findOnPath('apt-get') !== null;
}

// stdout is kept for the CLI's answer, so the installer's output goes to stderr;
// the person running the tests still sees everything apt prints.
const INSTALLER_STDIO = ['inherit', 2, 2];

let aptIndexUpdated = false;

function aptInstall(pkg, reason) {
  console.error(`\n[voicemap] ${reason}`);
  console.error(`[voicemap] Installing Debian's "${pkg}" package with apt-get (this can take a minute or two)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptIndexUpdated) {
    const update = spawnSync('apt-get', ['update'], { stdio: INSTALLER_STDIO, env });
    if (update.status !== 0) {
      throw new Error(`"apt-get update" failed (exit ${update.status ?? update.signal}); could not install ${pkg}.`);
    }
    aptIndexUpdated = true;
  }
  const install = spawnSync('apt-get', ['install', '-y', pkg], { stdio: INSTALLER_STDIO, env });
  if (install.status !== 0) {
    throw new Error(`"apt-get install -y ${pkg}" failed (exit ${install.status ?? install.signal}).`);
  }
  console.error(`[voicemap] Installed ${pkg}.\n`);
}

function chromiumFromEnv() {
  for (const name of CHROMIUM_ENV_VARS) {
    const value = process.env[name];
    if (!value) continue;
    const path = resolve(value);
    // A variable someone set on purpose must not be silently ignored.
    if (!isExecutableFile(path)) {
      throw new Error(`${name} is set to "${value}", but that is not an executable file.`);
    }
    return path;
  }
  return null;
}

function chromiumFromSystem() {
  return CHROMIUM_CANDIDATES.find(isExecutableFile) ?? null;
}

/**
 * Path of a Chromium executable: $CHROMIUM_PATH, $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
 * then the usual system locations. Installs Debian's `chromium` when missing and
 * allowed (root + apt-get); otherwise throws with instructions.
 */
export function findChromium() {
  const found = chromiumFromEnv() ?? chromiumFromSystem();
  if (found) return found;

  if (canInstallWithApt()) {
    aptInstall('chromium', 'No Chromium found for the end-to-end tests.');
    const installed = chromiumFromSystem();
    if (installed) return installed;
    throw new Error(`Installed "chromium" but found no executable at ${CHROMIUM_CANDIDATES.join(', ')}.`);
  }

  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Looked at $CHROMIUM_PATH,',
      `$PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH and ${CHROMIUM_CANDIDATES.join(', ')}.`,
      'Install it with:   sudo apt-get install chromium',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome executable.',
      '(Browser downloads via "npx playwright install" are not used by this project.)',
    ].join('\n'),
  );
}

/**
 * Makes sure a command-line tool from a Debian package is available, e.g.
 * ensureDebianTool('pdftotext', 'poppler-utils'). Returns its absolute path.
 */
export function ensureDebianTool(binary, pkg) {
  const found = findOnPath(binary);
  if (found) return found;

  if (canInstallWithApt()) {
    aptInstall(pkg, `"${binary}" is needed by the end-to-end tests and is missing.`);
    const installed = findOnPath(binary);
    if (installed) return installed;
    throw new Error(`Installed "${pkg}" but "${binary}" is still not on PATH.`);
  }

  throw new Error(`"${binary}" is needed by the end-to-end tests and is missing.\n` + `Install it with:   sudo apt-get install ${pkg}`);
}

function runCli(args) {
  try {
    if (args[0] === '--tool') {
      const [, binary, pkg] = args;
      if (!binary || !pkg) throw new Error('usage: find-chromium.mjs --tool <binary> <debian-package>');
      console.log(ensureDebianTool(binary, pkg));
    } else {
      console.log(findChromium());
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCli(process.argv.slice(2));
}
