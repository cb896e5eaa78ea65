import { describe, expect, it } from 'vitest';
import { ACTIVITIES } from '../../../src/activities/registry';
import { blankSession } from '../../../src/app/workspace';
import type { Page } from '../../../src/model/types';

// Exports draw each drawing on its place's background (the house, the bubble): every drawing
// place of every registered activity must have one, or its drawings would go out plain.
describe('page backgrounds for exports', () => {
  const session = blankSession({ childName: 'Amira', workerName: '', present: [], language: 'en-GB' });
  for (const activity of ACTIVITIES.filter((a) => a.places.length > 0)) {
    it(`${activity.id}: every place has the background its screen shows`, async () => {
      expect(activity.pageBackground, 'pageBackground in its screens.tsx').toBeDefined();
      const { default: backgroundOf } = await activity.pageBackground!();
      for (const { place } of activity.places) {
        const page: Page = { id: place, activity: activity.id, place, items: [], promptsShown: [], notShared: [] };
        expect(backgroundOf(session, page), place).toBeTypeOf('function');
      }
      const elsewhere: Page = { id: 'x', activity: activity.id, place: 'no-such-place', items: [], promptsShown: [], notShared: [] };
      expect(backgroundOf(session, elsewhere)).toBeUndefined();
    });
  }
});
