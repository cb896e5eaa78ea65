import type { ActivityScreens } from '../types';
import { splitScreen } from '../shared/splitScreen';
import { HousePicture } from './housePicture';

/** How Three Houses looks and loads (see registry.tsx). */
export const screens: ActivityScreens = {
  icon: () => <HousePicture kind="good" />,
  pageBackground: () => import('./pageBackground'),
  ...splitScreen(() => import('./ThreeHousesScreen')),
};
