import type { ActivityDefinition } from '../definition';

export const threeHousesDefinition = {
  id: 'three-houses',
  titleKey: 'activities.three-houses',
  descriptionKey: 'activities.three-houses-description',
  summaryNameKey: 'activities.three-houses',
  stickerSentenceKey: 'sticker.placed.three-houses',
  places: [
    { place: 'house-of-good-things', column: 'workingWell', nameKey: 'places.house-of-good-things' },
    { place: 'house-of-worries', column: 'worries', nameKey: 'places.house-of-worries' },
    { place: 'house-of-dreams', column: 'needsToHappen', nameKey: 'places.house-of-dreams' },
  ],
} as const satisfies ActivityDefinition;
