import { lazy } from 'react';
import type { ActivityManifest } from './types';
import { HousePicture } from './threeHouses/housePicture';
import { WizardsActivityIcon } from './wizardsAndFairies/characterPicture';
import { ScaleActivityIcon } from './scale/ScaleActivityIcon';

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
  {
    id: 'wizards-and-fairies',
    titleKey: 'activities.wizards-and-fairies',
    descriptionKey: 'activities.wizards-and-fairies-description',
    icon: () => <WizardsActivityIcon />,
    Screen: lazy(() => import('./wizardsAndFairies/WizardsAndFairiesScreen')),
  },
  {
    id: 'scale',
    titleKey: 'activities.scale',
    descriptionKey: 'activities.scale-description',
    icon: () => <ScaleActivityIcon />,
    Screen: lazy(() => import('./scale/ScaleScreen')),
  },
];

export function findActivity(id: string): ActivityManifest | undefined {
  return ACTIVITIES.find((a) => a.id === id);
}
