/** The profile's series colours: the country against its region's and the world's means. */
import { FOCUS_COLOUR, OTHER_COLOURS } from '$lib/charts/palette';

export const COUNTRY = FOCUS_COLOUR;
export const REGION = OTHER_COLOURS[0];
export const WORLD = '#6b7280';
