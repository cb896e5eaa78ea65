import type { PlacesActivityConfig } from '../types';
import { SafetyHouseBackground } from './houseArt';
import { SafetyHousePicture } from './housePicture';
import { SafetyPath } from './SafetyPath';
import { safetyHouseDefinition } from './definition';

const prompts = (part: string, count: number) => Array.from({ length: count }, (_, i) => `safetyHouse:prompts.${part}.${i + 1}`);

/**
 * The Safety House (after Sonja Parker's Safety House): four drawing parts and the path. Prompts
 * stay open (docs/PRACTICE.md rule 4); the child draws, places people stickers, gives words and
 * recordings in each part, as in the other drawing activities.
 */
export const SAFETY_HOUSE: PlacesActivityConfig = {
  id: safetyHouseDefinition.id,
  titleKey: safetyHouseDefinition.titleKey,
  // Who lives in the house is the usual start; the path usually comes last.
  suggestedFirst: 'safety-house-inside',
  chooseKey: 'safetyHouse:choose',
  closingKey: 'safetyHouse:thanks',
  symbols: ['home', 'heart', 'sun', 'star', 'flower', 'rainbow', 'cloud', 'moon', 'sparkles', 'rain'],
  promptEditing: {
    buttonKey: 'safetyHouse:changeQuestion.button',
    titleKey: 'safetyHouse:changeQuestion.title',
    fieldKey: 'safetyHouse:changeQuestion.field',
    resetKey: 'safetyHouse:changeQuestion.reset',
  },
  places: [
    {
      place: 'safety-house-inside',
      promptKeys: prompts('inside', 2),
      Background: () => <SafetyHouseBackground part="inside" />,
      Picture: () => <SafetyHousePicture part="inside" />,
    },
    {
      place: 'safety-house-visitors',
      promptKeys: prompts('visitors', 2),
      Background: () => <SafetyHouseBackground part="visitors" />,
      Picture: () => <SafetyHousePicture part="visitors" />,
    },
    {
      place: 'safety-house-outside',
      promptKeys: prompts('outside', 2),
      Background: () => <SafetyHouseBackground part="outside" />,
      Picture: () => <SafetyHousePicture part="outside" />,
    },
    {
      place: 'safety-house-rules',
      promptKeys: prompts('rules', 2),
      Background: () => <SafetyHouseBackground part="rules" />,
      Picture: () => <SafetyHousePicture part="rules" />,
    },
  ],
  answerParts: [
    {
      part: 'safety-path',
      nameKey: 'safetyHouse:parts.path',
      Picture: () => <SafetyHousePicture part="path" />,
      Screen: SafetyPath,
    },
  ],
};
