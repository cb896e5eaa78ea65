import type { ActivityId, MapColumn } from './types';

/**
 * Every drawing place any activity offers, and the map column its content goes to.
 * The summary, the review and the registry all read this one table, so a new activity
 * adds its places here and nowhere else needs to know.
 */
export interface PlaceDef {
  activity: ActivityId;
  place: string;
  column: MapColumn;
  /** i18n key (namespace common) of the place's name, e.g. 'places.house-of-worries'. */
  nameKey: string;
}

export const PLACES: readonly PlaceDef[] = [
  { activity: 'three-houses', place: 'house-of-good-things', column: 'workingWell', nameKey: 'places.house-of-good-things' },
  { activity: 'three-houses', place: 'house-of-worries', column: 'worries', nameKey: 'places.house-of-worries' },
  { activity: 'three-houses', place: 'house-of-dreams', column: 'needsToHappen', nameKey: 'places.house-of-dreams' },
  { activity: 'wizards-and-fairies', place: 'good-things', column: 'workingWell', nameKey: 'places.good-things' },
  { activity: 'wizards-and-fairies', place: 'worries', column: 'worries', nameKey: 'places.worries' },
  { activity: 'wizards-and-fairies', place: 'wishes', column: 'needsToHappen', nameKey: 'places.wishes' },
];

export function findPlace(activity: ActivityId, place: string): PlaceDef | undefined {
  return PLACES.find((p) => p.activity === activity && p.place === place);
}

/** Map order, as docs/PRACTICE.md sets it for the summary. */
export const MAP_COLUMNS: readonly MapColumn[] = ['workingWell', 'worries', 'needsToHappen'];
