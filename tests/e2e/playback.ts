// Recording and hearing recordings back in end-to-end suites: Chromium's fake microphone
// records, and real playback is seen on the media element itself.

import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/**
 * Counts real playback: every media element the app plays reports its 'playing' event and how
 * far it got. howler plays through an Audio element that is never put in the page, so the
 * count is kept on window rather than read from the DOM.
 */
export async function watchPlayback(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __played: { playing: number; furthest: number } };
    w.__played = { playing: 0, furthest: 0 };
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (!(this as unknown as { __watched?: boolean }).__watched) {
        (this as unknown as { __watched?: boolean }).__watched = true;
        this.addEventListener('playing', () => void (w.__played.playing += 1));
        this.addEventListener('timeupdate', () => void (w.__played.furthest = Math.max(w.__played.furthest, this.currentTime)));
      }
      return play.call(this);
    };
  });
}

export const played = (page: Page) => page.evaluate(() => (window as unknown as { __played: { playing: number; furthest: number } }).__played);

/** Plays with the button in `scope`, and waits until sound really plays and time moves on. */
export async function expectPlays(page: Page, scope: Locator) {
  const before = await played(page);
  await scope.getByRole('button', { name: 'Play recording', exact: true }).click();
  await expect.poll(async () => (await played(page)).playing).toBeGreaterThan(before.playing);
  await expect.poll(async () => (await played(page)).furthest).toBeGreaterThan(0.2);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

/** Records about a second and a half with Chromium's fake microphone (a steady tone). */
export async function record(page: Page) {
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  const stop = page.getByRole('button', { name: 'Stop recording', exact: true });
  await expect(stop).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^00:(?!00)\d\d$/);
  await stop.click();
  await expect(page.getByRole('button', { name: 'Play recording', exact: true })).toHaveCount(1);
}
