import type { Item, Page, ScaleAnswer, Session } from './types';
import { MAP_COLUMNS, PLACES } from './places';
import type { PlaceDef } from './places';

/** One thing the child can choose to share or leave out: a page's drawing, or one item. */
export type Shareable =
  | { kind: 'drawing'; page: Page; id: 'drawing'; shared: boolean }
  | { kind: 'sticker' | 'words' | 'recording'; page: Page; id: string; item: Item; shared: boolean };

export interface ShareableGroup {
  page: Page;
  place: PlaceDef;
  entries: Shareable[];
}

/**
 * Everything in a session the child can decide about, grouped by where it came from, in the
 * map's order. The review screen lists exactly this; the summary exports exactly the shared part.
 */
export function shareableGroups(session: Session): ShareableGroup[] {
  const groups: ShareableGroup[] = [];
  for (const column of MAP_COLUMNS) {
    for (const page of session.pages) {
      const place = PLACES.find((p) => p.activity === page.activity && p.place === page.place);
      if (!place || place.column !== column) continue;
      const excluded = new Set(page.notShared);
      const entries: Shareable[] = [];
      if (page.items.some((i) => i.kind === 'stroke')) {
        entries.push({ kind: 'drawing', page, id: 'drawing', shared: !excluded.has('drawing') });
      }
      for (const item of page.items) {
        if (item.kind === 'stroke') continue;
        entries.push({ kind: item.kind, page, id: item.id, item, shared: !excluded.has(item.id) });
      }
      if (entries.length > 0) groups.push({ page, place, entries });
    }
  }
  return groups;
}

/** Scales the child answered (a rating given), in the order asked. */
export function answeredScales(session: Session): ScaleAnswer[] {
  return session.scales.filter((s) => s.value !== null);
}
