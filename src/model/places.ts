import type { ActivityId, MapColumn } from './types';

import { ACTIVITY_DEFINITIONS } from '../activities/definitions';

/**
 * Every drawing place any activity offers, and the map column its content goes to, as each
 * activity declares them (src/activities/<name>/definition.ts). The summary, the review and
 * the exports read this one table.
 */
export interface PlaceDef {
  activity: ActivityId;
  place: string;
  column: MapColumn;
  /** i18n key (namespace common) of the place's name, e.g. 'places.house-of-worries'. */
  nameKey: string;
}

export const PLACES: readonly PlaceDef[] = ACTIVITY_DEFINITIONS.flatMap((d) =>
  d.places.map((p): PlaceDef => ({ activity: d.id, place: p.place, column: p.column, nameKey: p.nameKey })),
);

export function findPlace(activity: ActivityId, place: string): PlaceDef | undefined {
  return PLACES.find((p) => p.activity === activity && p.place === place);
}

/** Map order, as docs/PRACTICE.md sets it for the summary. */
export const MAP_COLUMNS: readonly MapColumn[] = ['workingWell', 'worries', 'needsToHappen'];
