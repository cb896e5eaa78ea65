import type { Session } from '../../model/types';
import type { PageBackgroundOf, PlacesActivityConfig } from '../types';

/**
 * What exports draw behind a places activity's page: the Konva background of its place, from
 * the same config the screen uses (built per session where it depends on the child's choices).
 */
export function placesBackground(configFor: (session: Session) => PlacesActivityConfig): PageBackgroundOf {
  return (session, page) => configFor(session).places.find((p) => p.place === page.place)?.Background;
}
