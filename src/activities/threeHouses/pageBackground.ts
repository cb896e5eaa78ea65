import type { PageBackgroundOf } from '../types';
import { THREE_HOUSES } from './config';

/** The house behind a Three Houses page, for exports that show the drawing where it was made. */
const backgroundOf: PageBackgroundOf = (_session, page) => THREE_HOUSES.places.find((p) => p.place === page.place)?.Background;
export default backgroundOf;
