import { placesBackground } from '../shared/placesBackground';
import { readWizardsState } from './characters';
import { wizardsConfig } from './config';

/**
 * The bubble behind a Wizards and Fairies page, with the character the child chose (the fairy
 * stands in, as on screen, if none was chosen yet).
 */
export default placesBackground((session) => {
  const { character, ...look } = readWizardsState(session);
  return wizardsConfig({ ...look, character: character ?? 'fairy' });
});
