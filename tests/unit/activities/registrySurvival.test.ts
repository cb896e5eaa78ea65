// Every registered activity's material must come back whole from storage: saved by the app's
// own workspace into the real (encrypted) vault, loaded again as after a reload, written to a
// backup file, and restored on an empty device. A new activity is covered by registering it.

import { ACTIVITIES } from '../../../src/activities/registry';
import { ACTIVITY_DEFINITIONS, ACTIVITY_IDS } from '../../../src/activities/definitions';
import { Workspace, blankSession } from '../../../src/app/workspace';
import { loadSession } from '../../../src/model/repair';
import { PLACES } from '../../../src/model/places';
import type { Item, Page, RecordingItem, ScaleAnswer, Session } from '../../../src/model/types';
import { addPage, setActivityState, upsertScale } from '../../../src/store/commands';
import { readBackup, restoreBackup, writeBackup } from '../../../src/storage/backup';
import { Vault } from '../../../src/storage/vault';
import { OPTIONS, PASSPHRASE, resetIndexedDb } from '../storage/helpers';

const AT = '2026-01-02T03:04:05.000Z';

function itemsFor(activity: string, place: string): Item[] {
  const id = (kind: string) => `${activity}-${place}-${kind}`;
  return [
    { id: id('stroke'), kind: 'stroke', points: [10, 10, 0.5, 40, 60, 0.7], color: '#1b1b1b', size: 8, simulatePressure: true, createdAt: AT },
    { id: id('sticker'), kind: 'sticker', stickerId: 'dog', x: 300, y: 200, scale: 1.5, createdAt: AT },
    { id: id('words'), kind: 'words', text: `  ${place}: mum's "rule" – żółw 😢 `, speaker: 'child', typedBy: 'worker', x: 50, y: 60, createdAt: AT },
    { id: id('recording'), kind: 'recording', blobId: id('blob'), mimeType: 'audio/webm', durationMs: 2300, speaker: 'child', x: 900, y: 40, createdAt: AT },
  ];
}

function pageFor(activity: Page['activity'], place: string): Page {
  return {
    id: `page-${activity}-${place}`,
    activity,
    place,
    items: itemsFor(activity, place),
    customName: `my ${place}`,
    promptsShown: [`prompts.${place}.1`],
    drawingLabel: 'the big dog',
    notShared: [`${activity}-${place}-sticker`],
  };
}

function scaleFor(activity: ScaleAnswer['activity']): ScaleAnswer {
  return {
    id: `scale-${activity}`,
    activity,
    question: 'How safe do you feel at home?',
    zeroMeans: 'really scared',
    tenMeans: 'really safe',
    value: 4,
    look: 'path',
    aboutSafety: true,
    why: { text: 'because  Dad shouts', speaker: 'child' },
    followUps: [{ promptKey: 'followUp.higher', text: 'if he stopped', speaker: 'child' }],
    recordings: [{ ...(itemsFor(activity, 'scale')[3] as RecordingItem), x: 0, y: 0 }],
    shared: true,
    createdAt: AT,
  };
}

beforeEach(() => resetIndexedDb());

describe('every registered activity survives save, reload, backup and restore', () => {
  it('the registry and the definitions list the same activities, in order', () => {
    expect(ACTIVITIES.map((a) => a.id)).toEqual(ACTIVITY_DEFINITIONS.map((d) => d.id));
    expect(ACTIVITY_IDS).toEqual(ACTIVITIES.map((a) => a.id));
  });

  for (const activity of ACTIVITIES) {
    it(`${activity.id}: pages, items and answers come back exactly`, async () => {
      let vault = await Vault.create(PASSPHRASE, OPTIONS);
      const workspace = new Workspace(vault);
      const store = await workspace.create({ childName: 'Zoë', workerName: 'Sam', present: ['Zoë'], language: 'pl' });
      const places = PLACES.filter((p) => p.activity === activity.id);
      for (const p of places) store.apply(addPage(pageFor(activity.id, p.place)));
      if (activity.scaleAnswers) store.apply(upsertScale(scaleFor(activity.id)));
      store.apply(setActivityState(activity.id, { chosen: 'fairy', step: 2 }));
      const blobIds = [...places.map((p) => p.place), ...(activity.scaleAnswers ? ['scale'] : [])].map((place) => `${activity.id}-${place}-blob`);
      for (const blobId of blobIds) await workspace.blobs.saveBlob(blobId, store.get().id, new Uint8Array([1, 2, 3]), 'audio/webm');
      const made: Session = store.get();
      // Something of the activity's own must be in the session, or there is nothing to check.
      expect(made.pages.length + made.scales.length, 'the activity declares no places and no answers').toBeGreaterThan(0);
      await workspace.flushAll();
      expect(workspace.saveStatus).toBe('saved');

      // Reload: a new workspace reads the vault through the same repair as the app.
      const reloaded = new Workspace(vault);
      await reloaded.load();
      expect(reloaded.unreadable).toEqual([]);
      expect(reloaded.repaired).toEqual([]);
      expect(reloaded.list()).toEqual([made]);

      // Backup, then restore on an empty device.
      const file = await writeBackup(vault);
      vault.lock();
      resetIndexedDb();
      vault = await Vault.create('another device passphrase', OPTIONS);
      await restoreBackup(vault, await readBackup(file, PASSPHRASE));
      const restored = new Workspace(vault);
      await restored.load();
      expect(restored.repaired).toEqual([]);
      expect(restored.list()).toEqual([made]);
      for (const blobId of blobIds) expect(await vault.loadBlob(blobId)).toEqual({ bytes: new Uint8Array([1, 2, 3]), mimeType: 'audio/webm' });
    });
  }

  // Sessions saved on tablets hold these ids. Taking an activity out of the list (its definition,
  // so its ids in the stored-data schema) would drop all of its pages and answers on the next
  // load, so that must fail here, not on a child's tablet. A new activity is added to this list.
  it('still registers every activity that stored sessions may hold', () => {
    const shipped = ['three-houses', 'wizards-and-fairies', 'scale', 'safety-house'];
    expect(ACTIVITY_IDS).toEqual(expect.arrayContaining(shipped));
  });

  it('a page or scale of an activity that is not registered is dropped on load: the check above can fail', () => {
    const session = blankSession({ childName: 'A', workerName: '', present: [], language: 'en-GB' });
    const raw = {
      ...session,
      pages: [{ ...pageFor('three-houses', 'house-of-worries'), activity: 'not-registered' }],
      scales: [{ ...scaleFor('scale'), activity: 'not-registered' }],
    };
    const result = loadSession(raw);
    expect(result.ok && result.session.pages).toEqual([]);
    expect(result.ok && result.session.scales).toEqual([]);
  });
});
