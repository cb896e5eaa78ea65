import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { drawingArea, newSession, pdfText, setUpPassphrase } from './helpers';
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
  await page.getByRole('button', { name: 'Make summary', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'What will be shared' })).toBeVisible();

  // The child's part: the words with whose they are, the recording with its length and transcript.
  const worries = page.getByRole('region', { name: /House of Worries/ });
  await expect(worries.getByText(CHILD_WORDS, { exact: true })).toBeVisible();
  await expect(worries.getByRole('button', { name: 'Read these words aloud' })).toHaveCount(1);
  await expect(worries.getByText(WORKER_WORDS)).toHaveCount(0);
  const recording = worries.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: /^Share recording/ }) });
  await expect(recording.getByRole('button', { name: 'Play recording', exact: true })).toHaveAccessibleDescription(/^Recording \(Child\), 00:0[12] long$/);
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
