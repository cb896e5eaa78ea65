import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectSaved, newSession, setUpPassphrase, unlock } from './helpers';

// Soak (issue 13): two tabs, 1,000 random edits (words cards added in random houses of random
// sessions, from both tabs at once), random Locks and reloads; then a fresh tab must show every
// edit exactly once. Edits go through the app's test hook (src/app/testHook.ts): the same
// commands, store, autosave, merge and vault as Save words, without typing a thousand cards.

const PASS = 'soak two tabs for long';
const EDITS = 1_000;
const HOUSES = ['house-of-worries', 'house-of-good-things', 'house-of-dreams'];
const SEED = Number(process.env.SOAK_SEED ?? 13);

/** A small seeded generator, so a failing run can be repeated with SOAK_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Hooked {
  __voicemapTestHooks?: boolean;
  __voicemapTest: {
    addWords(sessionId: string, place: string, text: string): boolean;
    sessions(): { id: string; childName: string; words: string[] }[];
  };
}

async function sessions(page: Page) {
  await page.waitForFunction(() => (window as unknown as Partial<Hooked>).__voicemapTest !== undefined);
  return page.evaluate(() => (window as unknown as Hooked).__voicemapTest.sessions());
}

async function unlockHere(page: Page) {
  await unlock(page, PASS);
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
}

test('soak: two tabs, 1,000 random edits with locks and reloads, every edit accounted for', async ({ context, page }) => {
  test.setTimeout(300_000);
  const rand = random(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  await context.addInitScript(() => {
    (window as unknown as Partial<Hooked>).__voicemapTestHooks = true;
  });

  await page.goto('/');
  await setUpPassphrase(page, PASS);
  for (const name of ['Ada', 'Ben', 'Cy']) {
    await newSession(page, name);
    await page.goto('/#/');
  }
  await expectSaved(page);
  const ids = (await sessions(page)).map((s) => s.id);
  expect(ids).toHaveLength(3);
  const tabB = await context.newPage();
  await tabB.goto('/#/');
  await unlockHere(tabB);
  const tabs = [page, tabB];

  const made: string[] = [];
  let locks = 0;
  let reloads = 0;
  while (made.length < EDITS) {
    await Promise.all(
      tabs.map(async (tab, t) => {
        const batch: { id: string; place: string; text: string }[] = [];
        const size = 1 + Math.floor(rand() * 12);
        for (let i = 0; i < size && made.length < EDITS; i++) {
          const text = `edit ${made.length} from tab ${t}`;
          made.push(text);
          batch.push({ id: pick(ids), place: pick(HOUSES), text });
        }
        await sessions(tab);
        const applied = await tab.evaluate((edits) => edits.map((e) => (window as unknown as Hooked).__voicemapTest.addWords(e.id, e.place, e.text)), batch);
        expect(applied.every(Boolean), 'every session is open in both tabs').toBe(true);
        const roll = rand();
        if (roll < 0.03) {
          // Lock at once, whatever is pending: Lock must finish it first.
          locks++;
          await tab.getByRole('button', { name: 'Lock', exact: true }).click();
          await unlockHere(tab);
        } else if (roll < 0.05) {
          // A reload after the work is stored (an unload cannot wait for a write).
          reloads++;
          await expectSaved(tab);
          await tab.reload();
          await unlockHere(tab);
        }
      }),
    );
  }
  await Promise.all(tabs.map((tab) => expectSaved(tab)));

  const fresh = await context.newPage();
  await fresh.goto('/#/');
  await unlockHere(fresh);
  const stored = await sessions(fresh);
  const counts = new Map<string, number>();
  for (const s of stored) for (const w of s.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const missing = made.filter((text) => !counts.has(text));
  const twice = made.filter((text) => (counts.get(text) ?? 0) > 1);
  test.info().annotations.push({
    type: 'soak',
    description: `seed ${SEED}: ${made.length} edits, ${locks} locks, ${reloads} reloads, ${stored.length} sessions stored`,
  });
  expect(missing, 'edits lost').toEqual([]);
  expect(twice, 'edits stored twice').toEqual([]);
  // Only additions: a merge never needs to keep a second copy of a session.
  expect(stored.map((s) => s.childName).sort()).toEqual(['Ada', 'Ben', 'Cy']);
});
