import type { ActivityDefinition } from '../definition';

export const wizardsAndFairiesDefinition = {
  id: 'wizards-and-fairies',
  titleKey: 'activities.wizards-and-fairies',
  descriptionKey: 'activities.wizards-and-fairies-description',
  summaryNameKey: 'activities.wizards-and-fairies',
  namespace: 'wizards',
  stickerSentenceKey: 'sticker.placed.wizards-and-fairies',
  places: [
    { place: 'good-things', column: 'workingWell', nameKey: 'places.good-things' },
    { place: 'worries', column: 'worries', nameKey: 'places.worries' },
    { place: 'wishes', column: 'needsToHappen', nameKey: 'places.wishes' },
  ],
} as const satisfies ActivityDefinition;
