import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { audioInfo, drawingArea, expectSaved, leaveChildSpace, mouseStroke, newSession, setUpPassphrase, unlock } from './helpers';

// Issue "Speak and listen": recording with the microphone (Chromium's fake device, see
// playwright.config.ts), playing back, exporting the sound, a blocked microphone, and reading
// the prompt aloud in a voice for the language.

const PASS = 'speak softly 88';
const WORRIES_PROMPT = 'Is there anything that worries you?';
const WORRIES_PROMPT_2 = 'What things make you feel sad, cross or scared?';

const hasFfprobe = (() => {
  try {
    execFileSync('ffprobe', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * Seconds of sound ffprobe can decode from a file: the end of the last decoded audio frame
 * minus the start of the first. Decoding every frame (-show_frames) fails on a broken file,
 * and works when the container has no duration in its header (MediaRecorder's webm).
 */
function decodedSeconds(path: string): number {
  const out = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'frame=pts_time,duration_time', '-of', 'json', path], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const frames = (JSON.parse(out).frames ?? []) as { pts_time?: string; duration_time?: string }[];
  const timed = frames.filter((f) => f.pts_time !== undefined);
  expect(timed.length, 'decoded audio frames').toBeGreaterThan(0);
  const first = Number(timed[0].pts_time);
  const last = timed[timed.length - 1];
  return Number(last.pts_time) + Number(last.duration_time ?? 0) - first;
}

async function openWorries(page: Page) {
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
  await expect(drawingArea(page)).toBeVisible();
}

/**
 * Replaces speech synthesis with a recorder of what would be said. The app sets each
 * utterance's `voice` to one from getVoices(); the real SpeechSynthesisUtterance only accepts
 * real voices, so the utterance class is replaced too.
 */
async function fakeSpeech(page: Page, voices: { lang: string; name: string; localService: boolean; default: boolean; voiceURI: string }[]) {
  await page.addInitScript((voiceList) => {
    type Spoken = { text: string; lang: string };
    const w = window as unknown as { __spoken: Spoken[] };
    w.__spoken = [];
    class FakeUtterance extends EventTarget {
      text: string;
      lang = '';
      voice: unknown = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      constructor(text = '') {
        super();
        this.text = text;
      }
    }
    const fake = Object.assign(new EventTarget(), {
      pending: false,
      speaking: false,
      paused: false,
      getVoices: () => voiceList,
      speak: (u: FakeUtterance) => void w.__spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
    });
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);

test('a recording made on a house page plays back, survives a reload, and exports as real sound', async ({ page }) => {
  // Records, plays back, reloads, and converts the sound to MP3 on export: more than the usual time.
  test.slow();
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Amira');
  await openWorries(page);

  // The test's own clock brackets the recording: it started after the Record click and ended
  // during the Stop click.
  const beforeRecord = Date.now();
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  const stop = page.getByRole('button', { name: 'Stop recording', exact: true });
  await expect(stop).toBeVisible();
  // The recorder's own clock has counted two seconds (a starved page may skip a tick).
  await expect(page.getByRole('timer')).toHaveText(/^00:(0[2-9]|[1-5]\d)$/, { timeout: 15_000 });
  await stop.click();
  const afterStop = Date.now();
  // The app keeps the length of the sound it decoded from the recording: at least the two seconds
  // the timer counted, at most the time between the two clicks.
  const recordedMs = { atLeast: 2000, atMost: afterStop - beforeRecord };
  await expect(page.getByRole('button', { name: 'Record', exact: true })).toBeVisible();

  const play = page.getByRole('button', { name: 'Play recording', exact: true });
  await expect(play).toHaveCount(1);
  await expect(play).toHaveAccessibleDescription(/^Recording 1 of 1, 00:\d\d long$/);
  await play.click();
  // It plays (the button offers to stop), then ends by itself with no problem reported.
  await expect(page.getByRole('button', { name: 'Stop playing', exact: true })).toBeVisible();
  await expect(play).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);

  await expectSaved(page);
  await page.reload();
  await unlock(page, PASS);
  await expect(drawingArea(page)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Recordings' }).getByRole('listitem')).toHaveCount(1);
  await expect(play).toHaveCount(1);

  await page.getByRole('button', { name: 'All', exact: true }).click();
  await page.getByRole('button', { name: 'We have finished' }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await leaveChildSpace(page, PASS);
  await page.getByRole('button', { name: 'Make summary', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: /^Share recording/ })).toBeChecked();

  const [dataDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download data', exact: true }).click()]);
  const json = JSON.parse(readFileSync(await dataDownload.path(), 'utf8'));
  const entry = json.map.worries.find((e: { kind: string }) => e.kind === 'recording');
  expect(entry).toEqual(expect.objectContaining({ activity: 'three-houses', place: 'house-of-worries', speaker: 'child' }));
  // Exported as MP3, named by its place and its order there.
  expect(entry.file).toMatch(/-house-of-worries-recording-1\.mp3$/);
  expect(entry.mimeType).toBe('audio/mpeg');
  // The app's measured length agrees with the test's clock.
  expect(entry.durationMs).toBeGreaterThanOrEqual(recordedMs.atLeast - 50);
  expect(entry.durationMs).toBeLessThanOrEqual(recordedMs.atMost + 50);

  const [zipDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all', exact: true }).click()]);
  const zip = unzipSync(new Uint8Array(readFileSync(await zipDownload.path())));
  expect(Object.keys(zip)).toContain(entry.file);
  const audio = zip[entry.file];
  expect(audio.length).toBeGreaterThan(1000);
  const audioPath = join(mkdtempSync(join(tmpdir(), 'voicemap-audio-')), entry.file);
  writeFileSync(audioPath, audio);

  test.skip(!hasFfprobe, 'ffprobe (ffmpeg) is not installed, so the exported sound could not be decoded; install ffmpeg to run this check');
  const info = audioInfo(audioPath);
  expect(info.codec, 'an audio stream ffprobe can name').not.toBe('');
  expect(info.format).toBe('mp3');
  expect(info.codec).toBe('mp3');
  // The file says how long it is (case systems and players show it), and the header agrees with
  // the sound in it within 0.2 s.
  const headerMs = info.durationSeconds * 1000;
  expect(Math.abs(headerMs - decodedSeconds(audioPath) * 1000), 'header against the decoded sound').toBeLessThan(200);
  // The MP3 lasts as long as the recording did, within 0.2 s: all of it was kept, and the length
  // the app shows and exports is the length of the sound.
  expect(Math.abs(headerMs - entry.durationMs), `MP3 of ${headerMs} ms for ${entry.durationMs} ms recorded`).toBeLessThan(200);
});

test.describe('with the microphone blocked', () => {
  test.use({ permissions: [] });

  test('Record explains calmly, and drawing and words still work', async ({ page }) => {
    await page.addInitScript(() => {
      MediaDevices.prototype.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await page.goto('/#/practice/three-houses/house-of-worries');
    const area = drawingArea(page);
    await expect(area).toBeVisible();

    await page.getByRole('button', { name: 'Record', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The microphone is blocked');
    await expect(alert).toContainText('You can still draw, type words and use stickers.');
    await expect(page.getByRole('button', { name: 'Stop recording', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Play recording', exact: true })).toHaveCount(0);

    await mouseStroke(page, area, [
      [60, 60],
      [160, 120],
      [260, 80],
    ]);
    await expect(area).toHaveAttribute('data-strokes', '1');
    await page.getByRole('button', { name: 'Add words', exact: true }).click();
    await page.getByRole('textbox', { name: 'Words', exact: true }).fill('I can still say it');
    await page.getByRole('button', { name: 'Save words', exact: true }).click();
    await expect(page.getByText('I can still say it', { exact: true })).toBeVisible();

    // Record stays usable, to try again once the microphone is allowed.
    await expect(page.getByRole('button', { name: 'Record', exact: true })).toBeEnabled();
  });
});

test('Read aloud reads the prompt on screen in an en-GB voice', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'en-GB', name: 'Test', localService: true, default: true, voiceURI: 'test' }]);
  await page.goto('/#/practice/three-houses/house-of-worries');
  await expect(page.getByText(WORRIES_PROMPT, { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Read aloud', exact: true }).click();
  await expect.poll(() => spoken(page)).toEqual([{ text: WORRIES_PROMPT, lang: 'en-GB' }]);

  // The next prompt on screen is the one read next (the worker asks it, from their own place).
  await page.getByRole('button', { name: 'For the worker', exact: true }).click();
  await page.getByRole('button', { name: 'Another question', exact: true }).click();
  await expect(page.getByText(WORRIES_PROMPT_2, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Read aloud', exact: true }).click();
  await expect.poll(async () => (await spoken(page)).at(-1)).toEqual({ text: WORRIES_PROMPT_2, lang: 'en-GB' });
  await expect(page.getByText('This tablet has no voice for this language.')).toHaveCount(0);
});

test('Read aloud with no voice for the language says so and speaks nothing', async ({ page }) => {
  await fakeSpeech(page, []);
  await page.goto('/#/practice/three-houses/house-of-worries');
  await expect(page.getByText(WORRIES_PROMPT, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Read aloud', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This tablet has no voice for this language.' })).toBeVisible();
  expect(await spoken(page)).toEqual([]);
});

test('on the scale the child can say why out loud: Record, then play it back', async ({ page }) => {
  await page.goto('/#/practice/scale');
  const slider = page.getByRole('slider', { name: /^How safe/ });
  await expect(slider).toBeVisible();
  // Record belongs to the answer, so it appears once there is a number to explain.
  await expect(page.getByRole('button', { name: 'Record', exact: true })).toHaveCount(0);
  await slider.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '6');

  const started = Date.now();
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  const stop = page.getByRole('button', { name: 'Stop recording', exact: true });
  await expect(stop).toBeVisible();
  // The recorder's own clock has counted at least a second (a starved page may skip a tick).
  await expect(page.getByRole('timer')).toHaveText(/^00:(0[1-9]|[1-5]\d)$/, { timeout: 15_000 });
  await stop.click();
  // On a busy machine the clicks themselves take a while: the length shown must fit the time
  // that really passed between them (at least the second counted, at most all of it).
  const passedSeconds = (Date.now() - started) / 1000;
  await expect(page.getByRole('button', { name: 'Record', exact: true })).toBeVisible();

  const play = page.getByRole('button', { name: 'Play recording', exact: true });
  await expect(play).toHaveCount(1);
  await expect(play).toHaveAccessibleDescription(/^Recording 1 of 1, 00:\d\d long$/);
  const description = await play.evaluate((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
  const shown = Number(/00:(\d\d)/.exec(description)?.[1]);
  expect(shown).toBeGreaterThanOrEqual(1);
  expect(shown).toBeLessThanOrEqual(Math.ceil(passedSeconds));
  await play.click();
  await expect(page.getByRole('button', { name: 'Stop playing', exact: true })).toBeVisible();
  await expect(play).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The number the child chose is still there.
  await expect(slider).toHaveAttribute('aria-valuenow', '6');
});

test('with Say the names on, tapping a sticker also says its name', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'en-GB', name: 'Test', localService: true, default: true, voiceURI: 'test' }]);
  await page.goto('/#/practice/three-houses/house-of-worries');
  await expect(drawingArea(page)).toBeVisible();
  await page.getByRole('button', { name: 'Stickers', exact: true }).click();

  const sayNames = page.getByRole('button', { name: 'Say the names', exact: true });
  await expect(sayNames).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Heart', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sticker: Heart' })).toHaveCount(1);
  expect(await spoken(page)).toEqual([]);

  await sayNames.click();
  await expect(sayNames).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Dog', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sticker: Dog' })).toHaveCount(1);
  await expect.poll(() => spoken(page)).toEqual([{ text: 'Dog', lang: 'en-GB' }]);
});
