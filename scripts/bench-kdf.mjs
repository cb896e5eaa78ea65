// `node scripts/bench-kdf.mjs`: how long key derivation takes in the system Chromium, at
// normal speed and with the CPU slowed 4x (Chrome's CPUThrottlingRate, as scripts/bench.mjs).
//
// Compared (issue: consider Argon2id for new vaults and backups):
//   - PBKDF2-SHA-256, 600,000 iterations, through WebCrypto (what the vault uses today),
//   - Argon2id through hash-wasm's WebAssembly build, with OWASP's parameter sets:
//     m=19 MiB t=2 p=1, and the stronger m=64 MiB t=3 p=1.
// Each is run three times per CPU rate and the median printed (milliseconds).
//
// Caveat printed with the results: CPUThrottlingRate slows the renderer's main thread. WebCrypto
// runs PBKDF2 off the main thread, so its figure at 4x is NOT slowed the way a slow tablet
// would be; Argon2id in WebAssembly runs on the main thread here and is slowed. For a fair
// slow-device figure for PBKDF2, scale the 1x figure by the same factor.
//
// Nothing is served: Playwright answers a localhost page, hash-wasm's UMD bundle is injected.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const require = createRequire(import.meta.url);
const argonBundle = readFileSync(require.resolve('hash-wasm/dist/argon2.umd.min.js'), 'utf8');

const CASES = [
  { name: 'PBKDF2-SHA-256, 600,000 iterations (WebCrypto)', kind: 'pbkdf2', iterations: 600_000 },
  { name: 'Argon2id m=19 MiB t=2 p=1 (hash-wasm)', kind: 'argon2id', memoryKiB: 19 * 1024, t: 2 },
  { name: 'Argon2id m=64 MiB t=3 p=1 (hash-wasm)', kind: 'argon2id', memoryKiB: 64 * 1024, t: 3 },
];
const RATES = [1, 4];
const REPEATS = 3;

const browser = await chromium.launch({ executablePath: findChromium() });
const page = await browser.newPage();
// WebCrypto needs a secure context: a localhost address answered by Playwright, no server.
await page.route('http://localhost/kdf', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>kdf</title>' }));
await page.goto('http://localhost/kdf');
await page.addScriptTag({ content: argonBundle });
const cdp = await page.context().newCDPSession(page);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const rate of RATES) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  for (const c of CASES) {
    const times = [];
    for (let i = 0; i < REPEATS; i += 1) {
      times.push(
        await page.evaluate(async (c) => {
          const salt = crypto.getRandomValues(new Uint8Array(16));
          const t0 = performance.now();
          if (c.kind === 'pbkdf2') {
            const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('correct horse battery staple'), 'PBKDF2', false, ['deriveBits']);
            await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: c.iterations }, material, 256);
          } else {
            // eslint-disable-next-line no-undef
            await hashwasm.argon2id({
              password: 'correct horse battery staple',
              salt,
              parallelism: 1,
              iterations: c.t,
              memorySize: c.memoryKiB,
              hashLength: 32,
              outputType: 'binary',
            });
          }
          return performance.now() - t0;
        }, c),
      );
    }
    rows.push({ rate, name: c.name, ms: Math.round(median(times)), all: times.map(Math.round) });
    console.log(`${rate}x  ${c.name}: median ${Math.round(median(times))} ms (${times.map(Math.round).join(', ')})`);
  }
}
await browser.close();
console.log('\nNote: the 4x rate slows the main thread only; WebCrypto PBKDF2 runs elsewhere, so scale its 1x figure for a slow device.');
