import type { PlacesActivityConfig } from '../types';
import type { CharacterLook } from './characters';
import { ACTIVITY_ID } from './characters';
import { BUBBLES, closingKeyFor, promptKeysFor } from './prompts';
import { BubbleBackground } from './bubbleBackground';
import { BubblePicture } from './characterPicture';

/**
 * Wizards and Fairies as a places activity: the three questions of the map, asked through the
 * magic character the child chose. Built per look, because the prompts, the thank-you and the
 * page backgrounds all show the chosen character.
 */
export function wizardsConfig(look: CharacterLook): PlacesActivityConfig {
  return {
    id: ACTIVITY_ID,
    titleKey: 'activities.wizards-and-fairies',
    suggestedFirst: 'good-things',
    chooseKey: 'wizards:bubbles.choose',
    closingKey: closingKeyFor(look.character),
    // The fairy and wizard stickers are left out: they are also names of the character buttons.
    symbols: ['sun', 'cloud', 'rain', 'rainbow', 'star', 'sparkles', 'moon', 'heart', 'flower', 'magic-wand'],
    promptEditing: {
      buttonKey: 'wizards:changeQuestion.button',
      titleKey: 'wizards:changeQuestion.title',
      fieldKey: 'wizards:changeQuestion.field',
      resetKey: 'wizards:changeQuestion.reset',
    },
    places: BUBBLES.map(({ place, kind }) => ({
      place,
      promptKeys: promptKeysFor(look.character, place),
      Background: () => <BubbleBackground kind={kind} look={look} />,
      Picture: () => <BubblePicture kind={kind} />,
    })),
  };
}
