import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { ActivityManifest, ActivityScreenProps, ActivityScreens } from './types';
import { ACTIVITY_DEFINITIONS } from './definitions';
import type { ActivityId } from './definitions';
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
 * How each activity looks and loads, by id. Its facts (id, names, places, map columns) are in
 * its definition (definitions.ts); this table must have an entry for every defined activity and
 * no other, or it does not type-check. Screens and panels are code-split so the first screen
 * does not pay for them.
 */
const SCREENS: { readonly [K in ActivityId]: ActivityScreens } = {
  'three-houses': {
    icon: () => <HousePicture kind="good" />,
    ...splitScreen(() => import('./threeHouses/ThreeHousesScreen')),
  },
  'wizards-and-fairies': {
    icon: () => <WizardsActivityIcon />,
    ...splitScreen(() => import('./wizardsAndFairies/WizardsAndFairiesScreen')),
  },
  scale: {
    icon: () => <ScaleActivityIcon />,
    ...splitScreen(() => import('./scale/ScaleScreen')),
    WorkerPanel: lazy(() => import('./scale/SessionPanel')),
    ClosingStep: lazy(() => import('./scale/ScaleStep').then((m) => ({ default: m.ScaleStep }))),
  },
};

/**
 * Every activity the app offers, in the order of definitions.ts. The shell lists, routes, loads
 * and shows activities' worker panels only through this table.
 */
export const ACTIVITIES: readonly ActivityManifest[] = ACTIVITY_DEFINITIONS.map((definition) => ({
  ...definition,
  ...SCREENS[definition.id],
}));

/** The step any activity may offer at its end, if a registered activity declares one. */
export const CLOSING_STEP = ACTIVITIES.find((a) => a.ClosingStep)?.ClosingStep;

export function findActivity(id: string): ActivityManifest | undefined {
  return ACTIVITIES.find((a) => a.id === id);
}
