#!/usr/bin/env node
// Draws Voicemap's app icon (a speech bubble with a heart: the child's voice, said
// with care) and writes the files the web app manifest, the favicon and iPad home
// screens use, into assets/icons/:
//
//   icon.svg                  favicon and the source drawing
//   icon-192.png, icon-512.png   "any" purpose: rounded tile, transparent corners
//   icon-maskable-512.png     "maskable": full-bleed, the picture inside the safe zone
//   apple-touch-icon-180.png  iOS/iPadOS home screen (opaque; the system rounds it)
//
// There is no text in the picture, so it needs no translation. The PNGs are rendered
// by the system Chromium (the same one the end-to-end tests use), so no image library
// is needed. The output is committed; run again only after changing the drawing:
//   node scripts/make-icons.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icons');

// The app's own accent and a warm heart, so the icon matches the screens.
const TILE = '#2456a6';
const BUBBLE = '#ffffff';
const HEART = '#e0584e';

// Drawn on a 512 x 512 canvas. The bubble's tail points down-left, like a child speaking.
const HEART_PATH = 'M12 21s-7.5-4.6-9.6-9.2C.9 8.3 3 4.5 6.6 4.5c2.1 0 3.8 1.2 5.4 3.1 1.6-1.9 3.3-3.1 5.4-3.1 3.6 0 5.7 3.8 4.2 7.3C19.5 16.4 12 21 12 21z';

const picture = `
  <rect x="96" y="112" width="320" height="240" rx="72" fill="${BUBBLE}"/>
  <path d="M164 330 L128 418 L236 346 Z" fill="${BUBBLE}" stroke="${BUBBLE}" stroke-width="12" stroke-linejoin="round"/>
  <path d="${HEART_PATH}" transform="translate(256 236) scale(6.2) translate(-12 -12.75)" fill="${HEART}"/>`;

/**
 * @param {{ fullBleed: boolean, scale: number }} layout
 *   fullBleed: background to the edges (maskable and Apple icons) instead of a rounded tile;
 *   scale: the picture's size around the centre (maskable icons keep it in the middle 80%).
 */
function iconSvg({ fullBleed, scale }) {
  const background = fullBleed ? `<rect width="512" height="512" fill="${TILE}"/>` : `<rect width="512" height="512" rx="112" fill="${TILE}"/>`;
  const content = scale === 1 ? picture : `<g transform="translate(256 256) scale(${scale}) translate(-256 -256)">${picture}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${background}${content}</svg>\n`;
}

const anyPurpose = iconSvg({ fullBleed: false, scale: 1 });
// The maskable safe zone is a circle of 40% radius; the tail's tip is the farthest point.
const maskable = iconSvg({ fullBleed: true, scale: 0.8 });
const apple = iconSvg({ fullBleed: true, scale: 0.9 });

const pngs = [
  { file: 'icon-192.png', size: 192, svg: anyPurpose },
  { file: 'icon-512.png', size: 512, svg: anyPurpose },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
  { file: 'apple-touch-icon-180.png', size: 180, svg: apple },
];

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'icon.svg'), anyPurpose);
console.log('wrote assets/icons/icon.svg');

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, svg } of pngs) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><html><body style="margin:0">${sized}</body></html>`);
    // omitBackground keeps the rounded tile's corners transparent.
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(outDir, file), png);
    console.log(`wrote assets/icons/${file}`);
  }
} finally {
  await browser.close();
}
