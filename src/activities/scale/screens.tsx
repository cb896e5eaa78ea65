import { lazy } from 'react';
import type { ActivityScreens } from '../types';
import { splitScreen } from '../shared/splitScreen';
import { ScaleActivityIcon } from './ScaleActivityIcon';

/** How the safety scale looks and loads (see registry.tsx), with its worker panel and closing step. */
export const screens: ActivityScreens = {
  icon: () => <ScaleActivityIcon />,
  ...splitScreen(() => import('./ScaleScreen')),
  WorkerPanel: lazy(() => import('./SessionPanel')),
  ClosingStep: lazy(() => import('./ScaleStep').then((m) => ({ default: m.ScaleStep }))),
};
