#!/usr/bin/env node
// Copies exactly the sticker catalogue's SVGs (tone alternatives included) from the
// @twemoji/svg package into assets/stickers, and removes any SVG there that the
// catalogue no longer lists. The copies are committed so the app ships them without
// the package; run this after editing src/stickers/catalogue.json.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cataloguePath = join(root, 'src', 'stickers', 'catalogue.json');
const outDir = join(root, 'assets', 'stickers');
// Resolve through Node so a hoisted or nested install both work.
const sourceDir = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));

/** @type {{ id: string, file: string, tones?: { id: string, file: string }[] }[]} */
const catalogue = JSON.parse(readFileSync(cataloguePath, 'utf8'));

const files = new Set();
for (const entry of catalogue) {
  files.add(entry.file);
  for (const tone of entry.tones ?? []) files.add(tone.file);
}

const missing = [...files].filter((file) => !existsSync(join(sourceDir, file)));
if (missing.length > 0) {
  // Fail before touching assets/stickers, so a typo never leaves a half-updated set.
  console.error(`Not in @twemoji/svg: ${missing.join(', ')}`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
for (const file of files) copyFileSync(join(sourceDir, file), join(outDir, file));

// Stale files would still be bundled by the catalogue's import.meta.glob.
let removed = 0;
for (const file of readdirSync(outDir)) {
  if (file.endsWith('.svg') && !files.has(file)) {
    unlinkSync(join(outDir, file));
    removed += 1;
  }
}

console.log(`Copied ${files.size} sticker files for ${catalogue.length} stickers; removed ${removed} stale.`);
