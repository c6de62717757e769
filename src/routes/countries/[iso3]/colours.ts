/** The profile's series colours: the country against its region's and the world's means. */
import { FOCUS_COLOUR, OTHER_COLOURS, type Shape } from '$lib/charts/palette';

export const COUNTRY = FOCUS_COLOUR;
export const REGION = OTHER_COLOURS[0];
export const WORLD = '#6b7280';

/**
 * The countries a reader adds to the trend charts, in the order added: the palette's colours
 * that the country, the region and the world do not use (the palette's grey would be the
 * world's twin), each with its own marker. As many countries can be added as there are styles.
 */
export const ADDED: readonly { colour: string; shape: Shape }[] = [
	{ colour: OTHER_COLOURS[1], shape: 'diamond' },
	{ colour: OTHER_COLOURS[2], shape: 'circle' },
	{ colour: OTHER_COLOURS[4], shape: 'square' },
	{ colour: OTHER_COLOURS[6], shape: 'triangle' },
	{ colour: OTHER_COLOURS[3], shape: 'diamond' }
];
