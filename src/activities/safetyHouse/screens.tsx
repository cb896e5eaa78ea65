import type { ActivityScreens } from '../types';
import { splitScreen } from '../shared/splitScreen';
import { SafetyHousePicture } from './housePicture';

/** How the Safety House looks and loads (see registry.tsx). */
export const screens: ActivityScreens = {
  icon: () => <SafetyHousePicture />,
  pageBackground: () => import('./pageBackground'),
  ...splitScreen(() => import('./SafetyHouseScreen')),
};
