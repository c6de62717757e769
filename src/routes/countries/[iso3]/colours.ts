/** The profile's series colours: the country against its region's and the world's means. */
import { SERIES_COLOURS } from '$lib/charts/palette';

export const COUNTRY = '#D55E00';
export const REGION = SERIES_COLOURS[0];
export const WORLD = '#6b7280';
