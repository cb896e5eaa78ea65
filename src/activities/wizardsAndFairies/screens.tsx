import type { ActivityScreens } from '../types';
import { splitScreen } from '../shared/splitScreen';
import { WizardsActivityIcon } from './characterPicture';

/** How Wizards and Fairies looks and loads (see registry.tsx). */
export const screens: ActivityScreens = {
  icon: () => <WizardsActivityIcon />,
  pageBackground: () => import('./pageBackground'),
  ...splitScreen(() => import('./WizardsAndFairiesScreen')),
};
