import { placesBackground } from '../shared/placesBackground';
import { THREE_HOUSES } from './config';

/** The house behind a Three Houses page, for exports that show the drawing where it was made. */
export default placesBackground(() => THREE_HOUSES);
