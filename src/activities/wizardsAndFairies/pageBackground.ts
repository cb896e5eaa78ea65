import type { PageBackgroundOf } from '../types';
import { readWizardsState } from './characters';
import { wizardsConfig } from './config';

/**
 * The bubble behind a Wizards and Fairies page, with the character the child chose (the fairy
 * stands in, as on screen, if none was chosen yet).
 */
const backgroundOf: PageBackgroundOf = (session, page) => {
  const { character, ...look } = readWizardsState(session);
  return wizardsConfig({ ...look, character: character ?? 'fairy' }).places.find((p) => p.place === page.place)?.Background;
};
export default backgroundOf;
