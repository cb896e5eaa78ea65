import type { PlacesActivityConfig } from '../types';
import { HouseBackground } from './houseArt';
import { HousePicture } from './housePicture';

/** Three Houses (Weld and Greening): the map's three questions restated for a child. */
export const THREE_HOUSES: PlacesActivityConfig = {
  id: 'three-houses',
  titleKey: 'activities.three-houses',
  suggestedFirst: 'house-of-good-things',
  chooseKey: 'threeHouses.choose',
  closingKey: 'threeHouses.thanks',
  symbols: ['sun', 'cloud', 'rain', 'rainbow', 'star', 'moon', 'heart', 'home', 'flower', 'sparkles'],
  places: [
    {
      place: 'house-of-worries',
      promptKeys: ['prompts.house-of-worries.1', 'prompts.house-of-worries.2', 'prompts.house-of-worries.3'],
      Background: () => <HouseBackground kind="worries" />,
      Picture: () => <HousePicture kind="worries" />,
    },
    {
      place: 'house-of-good-things',
      promptKeys: ['prompts.house-of-good-things.1', 'prompts.house-of-good-things.2', 'prompts.house-of-good-things.3'],
      Background: () => <HouseBackground kind="good" />,
      Picture: () => <HousePicture kind="good" />,
    },
    {
      place: 'house-of-dreams',
      promptKeys: ['prompts.house-of-dreams.1', 'prompts.house-of-dreams.2', 'prompts.house-of-dreams.3'],
      Background: () => <HouseBackground kind="dreams" />,
      Picture: () => <HousePicture kind="dreams" />,
    },
  ],
};
