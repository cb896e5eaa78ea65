import { lazy } from 'react';
import type { ActivityManifest } from './types';
import { HousePicture } from './threeHouses/housePicture';

/**
 * Every activity the app offers. The shell lists, routes and loads activities only through
 * this table: adding one means a folder under src/activities and one entry here.
 * Screens are code-split so the first screen does not pay for them.
 */
export const ACTIVITIES: readonly ActivityManifest[] = [
  {
    id: 'three-houses',
    titleKey: 'activities.three-houses',
    descriptionKey: 'activities.three-houses-description',
    icon: () => <HousePicture kind="good" />,
    Screen: lazy(() => import('./threeHouses/ThreeHousesScreen')),
  },
];

export function findActivity(id: string): ActivityManifest | undefined {
  return ACTIVITIES.find((a) => a.id === id);
}
