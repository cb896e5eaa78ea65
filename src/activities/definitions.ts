import type { ActivityDefinition } from './definition';
import { threeHousesDefinition } from './threeHouses/definition';
import { wizardsAndFairiesDefinition } from './wizardsAndFairies/definition';
import { scaleDefinition } from './scale/definition';
import { safetyHouseDefinition } from './safetyHouse/definition';

/**
 * Every activity the app knows, as data (see definition.ts). The one list: the activity id
 * type, the stored-data schema's activity ids, the map places, the registry's screens and the
 * summary's names all come from here. Adding an activity is its folder (definition.ts and
 * screens.tsx, which registry.tsx finds beside it) and one line here.
 */
export const ACTIVITY_DEFINITIONS = [threeHousesDefinition, wizardsAndFairiesDefinition, scaleDefinition, safetyHouseDefinition] as const;

export type ActivityId = (typeof ACTIVITY_DEFINITIONS)[number]['id'];

/** The ids, as the non-empty tuple zod's enum wants. */
export const ACTIVITY_IDS = ACTIVITY_DEFINITIONS.map((d) => d.id) as [ActivityId, ...ActivityId[]];

export function findDefinition(id: string): ActivityDefinition | undefined {
  return ACTIVITY_DEFINITIONS.find((d) => d.id === id);
}

/**
 * The i18next key of a saved prompt key: keys an activity saves with its `storedPromptPrefix`
 * ('scale.followUp.higher') are read from its namespace ('scale:followUp.higher'); keys that name
 * their namespace ('wizards:...') or live in `common` are returned as they are.
 */
export function storedPromptI18nKey(key: string): string {
  for (const d of ACTIVITY_DEFINITIONS as readonly ActivityDefinition[]) {
    if (d.storedPromptPrefix && d.namespace && key.startsWith(d.storedPromptPrefix)) return `${d.namespace}:${key.slice(d.storedPromptPrefix.length)}`;
  }
  return key;
}
