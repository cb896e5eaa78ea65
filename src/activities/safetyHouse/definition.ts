import type { ActivityDefinition } from '../definition';

/**
 * The Safety House (after Sonja Parker's Safety House): who lives in the safe house with the
 * child, who visits to help keep them safe, who must stay outside, the rules on the roof, and
 * where the child places themself on the path to the door.
 */
export const safetyHouseDefinition = {
  id: 'safety-house',
  titleKey: 'safetyHouse:title',
  descriptionKey: 'safetyHouse:description',
  summaryNameKey: 'safetyHouse:summaryName',
  namespace: 'safetyHouse',
  // The path: where the child is, 0 = the start of the path, 10 = at the door.
  scaleAnswers: true,
  stickerSentenceKey: 'safetyHouse:summary.stickerPlaced',
  places: [
    { place: 'safety-house-inside', column: 'needsToHappen', nameKey: 'safetyHouse:parts.inside' },
    { place: 'safety-house-visitors', column: 'needsToHappen', nameKey: 'safetyHouse:parts.visitors' },
    // Who must stay outside is what the family's map calls a worry.
    { place: 'safety-house-outside', column: 'worries', nameKey: 'safetyHouse:parts.outside' },
    { place: 'safety-house-rules', column: 'needsToHappen', nameKey: 'safetyHouse:parts.rules' },
  ],
} as const satisfies ActivityDefinition;
