import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { ActivityManifest, ActivityScreenProps } from './types';
import { HousePicture } from './threeHouses/housePicture';
import { WizardsActivityIcon } from './wizardsAndFairies/characterPicture';
import { ScaleActivityIcon } from './scale/ScaleActivityIcon';

type ScreenModule = { default: ComponentType<ActivityScreenProps> };

/**
 * A code-split screen, and a way to fetch its code before it is needed. React.lazy suspends on
 * its first render unless the thenable it is given has already settled, so once the code is here
 * it is handed over at once: no fallback, and no wait for React's throttled reveal of suspended
 * content (about 300 ms).
 */
function splitScreen(load: () => Promise<ScreenModule>) {
  let loaded: ScreenModule | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module;
      return module;
    });
  // A thenable that calls back at once (React only calls `then`); typed as the Promise lazy() wants.
  const settled = (module: ScreenModule) =>
    ({ then: (onFulfilled: (value: ScreenModule) => unknown) => onFulfilled(module) }) as unknown as Promise<ScreenModule>;
  return { Screen: lazy(() => (loaded ? settled(loaded) : preload())), preload };
}

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
    ...splitScreen(() => import('./threeHouses/ThreeHousesScreen')),
  },
  {
    id: 'wizards-and-fairies',
    titleKey: 'activities.wizards-and-fairies',
    descriptionKey: 'activities.wizards-and-fairies-description',
    icon: () => <WizardsActivityIcon />,
    ...splitScreen(() => import('./wizardsAndFairies/WizardsAndFairiesScreen')),
  },
  {
    id: 'scale',
    titleKey: 'activities.scale',
    descriptionKey: 'activities.scale-description',
    icon: () => <ScaleActivityIcon />,
    ...splitScreen(() => import('./scale/ScaleScreen')),
  },
];

export function findActivity(id: string): ActivityManifest | undefined {
  return ACTIVITIES.find((a) => a.id === id);
}
