import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { drawingArea, leaveChildSpace, mouseStroke, newSession, pdfText, setUpPassphrase } from './helpers';
import { expectPlays, record, watchPlayback } from './playback';

// Issue "The child's space", part 4: the review shows each item as the child made it, plays
// recordings, and keeps the worker's words and notes in the worker's part.

const PASS = 'review pass 12';
const CHILD_WORDS = 'dad shouts at mum wen he drinks';
const WORKER_WORDS = 'Amira smiled and pointed at the dog.';
const NOTE = 'Seen at home; Nan was in the kitchen.';
const TRANSCRIPT = 'i like the dog';

async function addWords(page: Page, text: string, whose?: string) {
  await page.getByRole('button', { name: 'Add words', exact: true }).click();
  await page.getByRole('textbox', { name: 'Words', exact: true }).fill(text);
  if (whose) await page.getByRole('radio', { name: whose, exact: true }).check();
  await page.getByRole('button', { name: 'Save words', exact: true }).click();
  await expect(page.getByText(text, { exact: true })).toBeVisible();
}

test('the review shows each item as made, plays the recording, and keeps the worker apart', async ({ page }) => {
  await watchPlayback(page);
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Amira');
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
  await expect(drawingArea(page)).toBeVisible();
  await addWords(page, CHILD_WORDS);
  await addWords(page, WORKER_WORDS, "The worker's");
  await record(page);
  await page.getByRole('textbox', { name: 'What was said (typed exactly)' }).fill(TRANSCRIPT);
  await page.getByRole('textbox', { name: 'What was said (typed exactly)' }).blur();

  await page.getByRole('button', { name: 'All', exact: true }).click();
  await page.getByRole('button', { name: 'We have finished' }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await leaveChildSpace(page, PASS);
  await page.getByRole('button', { name: 'Make summary', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'What will be shared' })).toBeVisible();

  // The child's part: the words with whose they are, the recording with its length and transcript.
  const worries = page.getByRole('region', { name: /House of Worries/ });
  await expect(worries.getByText(CHILD_WORDS, { exact: true })).toBeVisible();
  await expect(worries.getByRole('button', { name: 'Read these words aloud' })).toHaveCount(1);
  await expect(worries.getByText(WORKER_WORDS)).toHaveCount(0);
  const recording = worries.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: /^Share recording/ }) });
  await expect(recording.getByRole('button', { name: 'Play recording', exact: true })).toHaveAccessibleDescription(/^Recording \(Child\), 00:(?!00)\d\d long$/);
  await expect(recording.getByText(TRANSCRIPT)).toBeVisible();
  await expectPlays(page, recording);

  // Every share box is big enough for a child's finger.
  for (const box of await page.getByRole('checkbox', { name: /^Share/ }).all()) {
    const size = await box.boundingBox();
    expect(size!.width).toBeGreaterThanOrEqual(64);
    expect(size!.height).toBeGreaterThanOrEqual(64);
  }

  // The worker's part: the worker's words, labelled as the worker's, and the notes.
  const workerPart = page.getByRole('region', { name: "Worker's notes" });
  await expect(workerPart.getByText(WORKER_WORDS, { exact: true })).toBeVisible();
  await expect(workerPart.getByRole('listitem').filter({ hasText: WORKER_WORDS })).toContainText('Worker:');
  await expect(workerPart.getByRole('checkbox', { name: `Share ${WORKER_WORDS}` })).toBeChecked();
  await workerPart.getByRole('textbox', { name: 'Your notes, in your own words' }).fill(NOTE);

  // The PDF: the note only after the worker's heading, never among the child's words.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF', exact: true }).click()]);
  const text = pdfText(await download.path());
  const notesAt = text.search(/worker's notes/i);
  expect(notesAt).toBeGreaterThan(text.search(/worried about/i));
  expect(text.indexOf(NOTE)).toBeGreaterThan(notesAt);
  expect(text.slice(0, notesAt)).not.toContain('Seen at home');
  expect(text.slice(0, notesAt)).toContain(CHILD_WORDS);
});

test('Read it back shows and reads everything in the order it was made, and plays the recording', async ({ page }) => {
  await watchPlayback(page);
  await page.addInitScript(() => {
    // What read-aloud would say, in order (the real voice list may be empty on a test machine).
    const w = window as unknown as { __spoken: string[] };
    w.__spoken = [];
    const fakeVoice = { lang: 'en-GB', name: 'Test', localService: true, default: true, voiceURI: 'test' };
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
      getVoices: () => [fakeVoice],
      speak: (u: FakeUtterance) => void w.__spoken.push(u.text),
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
    });
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  });
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Jess');
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: 'House of Good Things', exact: true }).click();
  await expect(drawingArea(page)).toBeVisible();

  await page.getByRole('button', { name: 'Stickers', exact: true }).click();
  await page.getByRole('button', { name: 'Dog', exact: true }).click();
  await page.getByRole('button', { name: 'Close stickers' }).click();
  await mouseStroke(page, drawingArea(page), [
    [80, 80],
    [200, 140],
    [300, 90],
  ]);
  await addWords(page, 'my nan makes pancakes');
  await record(page);
  await page.getByRole('textbox', { name: 'What was said (typed exactly)' }).fill(TRANSCRIPT);
  await page.getByRole('textbox', { name: 'What was said (typed exactly)' }).blur();

  await page.getByRole('button', { name: 'Read it back', exact: true }).click();
  const readBack = page.getByRole('region', { name: 'Read it back' });
  const lines = readBack.getByRole('listitem');
  await expect(lines).toHaveCount(4);
  await expect(lines.nth(0)).toHaveText('Dog');
  await expect(lines.nth(1)).toHaveText('A drawing');
  await expect(lines.nth(2)).toHaveText('Child: my nan makes pancakes');
  await expect(lines.nth(3)).toContainText(/Recording \(Child\), 00:(?!00)\d\d long/);
  await expect(lines.nth(3)).toContainText(`What was said: ${TRANSCRIPT}`);
  await expectPlays(page, lines.nth(3));

  await readBack.getByRole('button', { name: 'Read it all aloud' }).click();
  const said = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
  expect(said).toEqual(['House of Good Things', 'Dog', 'A drawing', 'Child: my nan makes pancakes', 'A recording (Child)', TRANSCRIPT]);
});
