import type { PageBackgroundOf } from '../types';
import { SAFETY_HOUSE } from './config';

/** The part of the Safety House behind a page, for exports that show the drawing where it was made. */
const backgroundOf: PageBackgroundOf = (_session, page) => SAFETY_HOUSE.places.find((p) => p.place === page.place)?.Background;
export default backgroundOf;
