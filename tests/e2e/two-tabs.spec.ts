import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { addWordsInHouse, drawingArea, expectSaved, leaveChildSpace, newSession, setUpPassphrase, unlock } from './helpers';

// Two tabs of one browser on one session (issue 13, cases 1 and 5): neither tab's words are lost
// to the other's, a deleted session stays deleted, and an old record written back while the app
// is locked is reported at unlock.

const PASS = 'two tabs one session';

/**
 * Each case runs twice: with the browser's BroadcastChannel and Web Locks, and without them
 * (older browsers), where only the check inside each write's transaction protects the work.
 */
const VARIANTS = [
  { name: 'with BroadcastChannel and Web Locks', bare: false },
  { name: 'without BroadcastChannel or Web Locks', bare: true },
];

async function withoutCoordination(context: BrowserContext) {
  await context.addInitScript(() => {
    delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
    Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
  });
}

/** A second tab of the same browser, unlocked at `hash`. */
async function openTab(context: BrowserContext, hash: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/${hash}`);
  await unlock(page, PASS);
  return page;
}

for (const variant of VARIANTS) {
  test(`two tabs add words to one session, and a fresh tab shows both (${variant.name})`, async ({ context, page }) => {
    if (variant.bare) await withoutCoordination(context);
    await page.goto('/');
    await setUpPassphrase(page, PASS);
    await newSession(page, 'Tabitha');
    const sessionHash = new URL(page.url()).hash;
    // Tab B has the session open before tab A changes it.
    const tabB = await openTab(context, sessionHash);
    await expect(tabB.getByRole('heading', { name: /Tabitha/ })).toBeVisible();

    await addWordsInHouse(page, 'House of Worries', 'the big dog next door');
    await addWordsInHouse(tabB, 'House of Good Things', 'my nan and her cat');

    const fresh = await openTab(context, sessionHash);
    await addWordsShownIn(fresh, 'House of Worries', 'the big dog next door');
    await leaveChildSpace(fresh, PASS);
    await fresh.getByRole('button', { name: 'Three Houses', exact: true }).click();
    await fresh.getByRole('button', { name: 'House of Good Things', exact: true }).click();
    await expect(fresh.getByText('my nan and her cat', { exact: true })).toBeVisible();
    // Words only added: nothing to keep twice, so no copy and no message.
    await leaveChildSpace(fresh, PASS);
    await fresh.goto('/#/');
    await expect(fresh.getByRole('link', { name: /^Tabitha/ })).toHaveCount(1);
  });

  test(`a tab still open on a session deleted in another tab does not bring it back (${variant.name})`, async ({ context, page }) => {
    if (variant.bare) await withoutCoordination(context);
    await page.goto('/');
    await setUpPassphrase(page, PASS);
    await newSession(page, 'Delphine');
    const sessionHash = new URL(page.url()).hash;
    // Tab A: the child is in the House of Worries.
    await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
    await page.getByRole('button', { name: 'House of Worries', exact: true }).click();
    await expect(drawingArea(page)).toBeVisible();

    const tabB = await openTab(context, sessionHash);
    await tabB.getByRole('button', { name: 'Delete session', exact: true }).click();
    await tabB.getByRole('button', { name: "Delete Delphine's session", exact: true }).click();
    await expect(tabB.getByRole('link', { name: /^Delphine/ })).toHaveCount(0);
    await expectSaved(tabB);

    // Tab A still shows the page (without the channel it cannot know yet); words added there are
    // refused by storage, and the child's screen says the activity is not here any more.
    if (await page.getByRole('button', { name: 'Add words', exact: true }).isVisible()) {
      await page.getByRole('button', { name: 'Add words', exact: true }).click();
      await page.getByRole('textbox', { name: 'Words', exact: true }).fill('written after the delete');
      await page.getByRole('button', { name: 'Save words', exact: true }).click();
    }
    await expect(page.getByRole('alert')).toContainText('This activity is not here any more.');
    await expectSaved(page);
    // Back in the worker's space, tab A says what happened.
    await leaveChildSpace(page, PASS);
    await page.goto('/#/');
    await expect(page.getByRole('alert')).toContainText("Delphine's session was deleted in another tab or window.");
    await expect(page.getByRole('link', { name: /^Delphine/ })).toHaveCount(0);

    const fresh = await openTab(context, '#/');
    await expect(fresh.getByRole('heading', { name: 'Sessions', exact: true })).toBeVisible();
    await expect(fresh.getByRole('link', { name: /^Delphine/ })).toHaveCount(0);
  });
}

async function addWordsShownIn(page: Page, house: string, words: string) {
  await page.getByRole('button', { name: 'Three Houses', exact: true }).click();
  await page.getByRole('button', { name: house, exact: true }).click();
  await expect(page.getByText(words, { exact: true })).toBeVisible();
}

test('an old encrypted record written back while locked is reported at unlock, and so is a deleted one', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Rolo');
  const sessionId = new URL(page.url()).hash.split('/')[2];
  await addWordsInHouse(page, 'House of Worries', 'first words');
  await leaveChildSpace(page, PASS);
  const old = await readRecord(page, sessionId);
  await addWordsInHouse(page, 'House of Dreams', 'second words');
  await leaveChildSpace(page, PASS);

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await writeRecord(page, old);
  await unlock(page, PASS);
  await expect(page.getByRole('alert')).toContainText("Rolo's session on this device is older than the last one saved here");

  // Reported once: after OK, and at the next unlock, nothing more is said.
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // A deleted session's record put back is reported too.
  await page.goto('/#/');
  await newSession(page, 'Bex');
  await expectSaved(page);
  const bexId = new URL(page.url()).hash.split('/')[2];
  const bex = await readRecord(page, bexId);
  await page.getByRole('button', { name: 'Delete session', exact: true }).click();
  await page.getByRole('button', { name: "Delete Bex's session", exact: true }).click();
  await expect(page.getByRole('link', { name: /^Bex/ })).toHaveCount(0);
  await expectSaved(page);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await writeRecord(page, bex);
  await unlock(page, PASS);
  await expect(page.getByRole('alert')).toContainText('A session deleted on this device is back (Bex)');
  await expect(page.getByRole('alert')).not.toContainText('Rolo');
});

interface RawSessionRecord {
  id: string;
  iv: number[];
  data: number[];
}

/** The session's encrypted record exactly as IndexedDB holds it. */
async function readRecord(page: Page, id: string): Promise<RawSessionRecord> {
  return page.evaluate(
    (key) =>
      new Promise<RawSessionRecord>((resolve, reject) => {
        const open = indexedDB.open('voicemap');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('sessions').objectStore('sessions').get(key);
          get.onsuccess = () => {
            const record = get.result as { id: string; iv: Uint8Array; data: ArrayBuffer | Uint8Array };
            db.close();
            const data = record.data instanceof Uint8Array ? record.data : new Uint8Array(record.data);
            resolve({ ...record, iv: Array.from(record.iv), data: Array.from(data) });
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

/** Puts a record back, as someone with the tablet's storage (but not the passphrase) could. */
async function writeRecord(page: Page, record: RawSessionRecord): Promise<void> {
  await page.evaluate(
    (raw) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('voicemap');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('sessions', 'readwrite');
          tx.objectStore('sessions').put({ ...raw, iv: new Uint8Array(raw.iv), data: new Uint8Array(raw.data).buffer });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}

test('a restore is not reported as a rollback: restoring a deleted session from a backup, then lock and unlock', async ({ page }) => {
  await page.goto('/');
  await setUpPassphrase(page, PASS);
  await newSession(page, 'Resa');
  await addWordsInHouse(page, 'House of Dreams', 'kept in the backup');
  await leaveChildSpace(page, PASS);
  await page.goto('/#/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up', exact: true }).click()]);
  const file = await download.path();
  await page.getByRole('link', { name: /^Resa/ }).click();
  await page.getByRole('button', { name: 'Delete session', exact: true }).click();
  await page.getByRole('button', { name: "Delete Resa's session", exact: true }).click();
  await expect(page.getByRole('link', { name: /^Resa/ })).toHaveCount(0);
  await page.getByLabel('Restore from backup').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText('1 new');
  await expectSaved(page);

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await unlock(page, PASS);
  await expect(page.getByRole('link', { name: /^Resa/ })).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
