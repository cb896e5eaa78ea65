import { placesBackground } from '../shared/placesBackground';
import { SAFETY_HOUSE } from './config';

/** The part of the Safety House behind a page, for exports that show the drawing where it was made. */
export default placesBackground(() => SAFETY_HOUSE);
