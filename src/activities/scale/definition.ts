import type { ActivityDefinition } from '../definition';

export const scaleDefinition = {
  id: 'scale',
  titleKey: 'activities.scale',
  descriptionKey: 'activities.scale-description',
  summaryNameKey: 'activities.scale',
  namespace: 'scale',
  places: [],
  scaleAnswers: true,
  storedPromptPrefix: 'scale.',
} as const satisfies ActivityDefinition;
