/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// Everything the app needs comes from its own folder: no remote origins, no inline
// scripts or styles, no eval, no network calls except to itself (docs/PRACTICE.md rule 11).
// React and Konva set styles through the DOM (el.style), which style-src does not
// restrict, so no 'unsafe-inline' is needed; a style="..." in HTML markup would be.
// blob: and data: images are thumbnails and stickers (small SVGs are inlined as data:);
// blob: media are recordings; howler parks idle audio elements on a tiny data: WAV.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// frame-ancestors is ignored (with a console warning) in a <meta> policy: header only.
const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** The headers a host should send; docs/HOSTING.md shows the same for nginx, IIS and Apache. */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'microphone=(self), camera=(), geolocation=()',
  'X-Frame-Options': 'DENY',
  // Cross-origin isolation: no other site's window keeps a handle on Voicemap's, and nothing from
  // another origin loads into it (the app loads nothing from anywhere else). Browsers give only
  // such pages shared memory, which the live ink uses (src/canvas/sharedPoints.ts).
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** The isolation headers for the dev server too, so it draws the way the built app does. */
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': SECURITY_HEADERS['Cross-Origin-Opener-Policy'],
  'Cross-Origin-Embedder-Policy': SECURITY_HEADERS['Cross-Origin-Embedder-Policy'],
};

const THEME_COLOUR = '#2456a6';
const BACKGROUND_COLOUR = '#fbfaf7';

/**
 * The policy also travels inside dist/index.html, so a host that cannot set headers
 * (a plain intranet folder) still gets it. Build only: the dev server needs inline
 * scripts (React Fast Refresh) and a websocket.
 */
function contentSecurityPolicyMeta(): Plugin {
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  return {
    name: 'voicemap:csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      // A meta policy covers only what comes after it, so it goes straight after the charset.
      if (!charset.test(html)) throw new Error('index.html needs <meta charset> for the CSP to follow');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
    },
  };
}

// The manifest names its icons by fixed paths, so they are copied unhashed.
const APP_ICONS = ['icon-192.png', 'icon-512.png', 'icon-maskable-512.png'];

function appIcons(): Plugin {
  return {
    name: 'voicemap:app-icons',
    apply: 'build',
    generateBundle() {
      for (const file of APP_ICONS) {
        this.emitFile({
          type: 'asset',
          fileName: `icons/${file}`,
          source: readFileSync(new URL(`./assets/icons/${file}`, import.meta.url)),
        });
      }
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    appIcons(),
    VitePWA({
      // A new version waits until the worker chooses to update (src/app/UpdatePrompt.tsx):
      // it never reloads the page in the middle of a child's session.
      registerType: 'prompt',
      // Registered from the app's code, so no inline script lands in index.html.
      injectRegister: false,
      manifest: {
        id: './',
        name: 'Voicemap',
        short_name: 'Voicemap',
        description: "The child's voice, in their own words, for the family's safety map.",
        lang: 'en-GB',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: THEME_COLOUR,
        background_color: BACKGROUND_COLOUR,
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The whole app, so a tablet with no signal works after one visit: code, styles,
        // stickers, sounds, screen and PDF fonts, locale chunks and icons. A new kind of
        // file must be added here; tests/e2e/offline.spec.ts fails on any file left out.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,wav,mp3,m4a,ogg,webm,ttf,woff,woff2,json,webmanifest}'],
        // The main chunk and each PDF font are several hundred KB; stay well above them.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // Fonts stay files, however small (some of Noto Emoji's subsets are about 5 KB): the PDF
    // fetches them, and the policy allows fetching only from the app's own origin, not data: URLs.
    assetsInlineLimit: (file) => (/\.(ttf|woff2?)$/.test(file) ? false : undefined),
  },
  server: { headers: ISOLATION_HEADERS },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
  },
});
