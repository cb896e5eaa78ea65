import type { ActivityManifest, ActivityScreens } from './types';
import { ACTIVITY_DEFINITIONS } from './definitions';

/**
 * How each activity looks and loads: its folder's `screens.tsx` (icon, code-split screen, and
 * optionally a worker panel and a closing step), found next to its `definition.ts`. Screens and
 * panels are code-split so the first screen does not pay for them; icons are small and eager.
 */
const SCREEN_MODULES = import.meta.glob<{ screens: ActivityScreens }>('./*/screens.tsx', { eager: true });
const DEFINITION_FOLDERS = import.meta.glob<{ [name: string]: { id?: unknown } }>('./*/definition.ts', { eager: true });

function folderOf(id: string): string | undefined {
  for (const [path, module] of Object.entries(DEFINITION_FOLDERS)) {
    if (Object.values(module).some((value) => value?.id === id)) return path.replace(/\/definition\.ts$/, '');
  }
  return undefined;
}

function screensOf(id: string): ActivityScreens {
  const folder = folderOf(id);
  const module = folder ? SCREEN_MODULES[`${folder}/screens.tsx`] : undefined;
  // A definition without its screens is a mistake to see at once (and the survival test fails).
  if (!module) throw new Error(`Activity "${id}" has no screens.tsx beside its definition.ts`);
  return module.screens;
}

/**
 * Every activity the app offers, in the order of definitions.ts (the one list). The shell lists,
 * routes, loads and shows activities' worker panels and closing step only through this table.
 */
export const ACTIVITIES: readonly ActivityManifest[] = ACTIVITY_DEFINITIONS.map((definition) => ({
  ...definition,
  ...screensOf(definition.id),
}));

/** The step any activity may offer at its end, if a registered activity declares one. */
export const CLOSING_STEP = ACTIVITIES.find((a) => a.ClosingStep)?.ClosingStep;

export function findActivity(id: string): ActivityManifest | undefined {
  return ACTIVITIES.find((a) => a.id === id);
}
