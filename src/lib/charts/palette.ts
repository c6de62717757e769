/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), without yellow, which is
 * too light on white. Series also differ by dash pattern and marker shape, so that nothing is
 * told by colour alone.
 */
export const SERIES_COLOURS = [
	'#0072B2',
	'#D55E00',
	'#009E73',
	'#CC79A7',
	'#56B4E9',
	'#E69F00',
	'#000000',
	'#8C6D31'
] as const;

/**
 * The focus country's colour (Okabe–Ito vermillion), the same on every page, chart and export:
 * no other series takes it, so that orange always means "the country this dashboard is about".
 */
export const FOCUS_COLOUR = '#D55E00';

/** The colours of every series that is not the focus country, in order. */
export const OTHER_COLOURS = SERIES_COLOURS.filter((c) => c !== FOCUS_COLOUR);

/**
 * The colour of each of `keys` (country codes) in one chart: the focus country's own colour for
 * `focus`, the other colours in order for the rest, so that adding or removing the focus country
 * does not repaint anyone else.
 */
export function seriesColours(keys: string[], focus: string | null | undefined): string[] {
	let next = 0;
	return keys.map((key) =>
		key === focus ? FOCUS_COLOUR : OTHER_COLOURS[next++ % OTHER_COLOURS.length]
	);
}

const DASHES = ['', '6 3', '2 3', '8 3 2 3'] as const;
const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Shape = (typeof SHAPES)[number];

/**
 * Dash patterns and marker shapes of the eight series: each series differs from every other
 * in line or marker, not only in colour (the shape turns once the four dashes are used).
 */
export const SERIES_DASHES = SERIES_COLOURS.map((_, i) => DASHES[i % 4]);
export const SERIES_SHAPES: Shape[] = SERIES_COLOURS.map(
	(_, i) => SHAPES[(i + Math.floor(i / 4)) % 4]
);

/** Sequential blues for four ordered classes, lowest first; the lightest still stands out from the page. */
export const BAND_COLOURS = ['#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

/** Fill of each EGDI level group (readable in grey too). */
export const LEVEL_COLOURS: Record<string, string> = {
	'Very High': BAND_COLOURS[3],
	High: BAND_COLOURS[2],
	Middle: BAND_COLOURS[1],
	Low: BAND_COLOURS[0]
};

/** The path of a marker of `shape` centred on 0,0 with radius `r`. */
export function markerPath(shape: Shape, r: number): string {
	switch (shape) {
		case 'square':
			return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
		case 'triangle':
			return `M0,${-r * 1.2}L${r * 1.1},${r * 0.8}L${-r * 1.1},${r * 0.8}Z`;
		case 'diamond':
			return `M0,${-r * 1.3}L${r * 1.3},0L0,${r * 1.3}L${-r * 1.3},0Z`;
		default:
			return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
	}
}

/** Colour and symbol of each progress status: the same everywhere, never colour alone. */
export const STATUS_STYLE: Record<string, { colour: string; icon: string }> = {
	achieved: { colour: '#009E73', icon: '✔' },
	on_track: { colour: '#0072B2', icon: '↗' },
	acceleration_needed: { colour: '#E69F00', icon: '⚠' },
	limited_progress: { colour: '#D55E00', icon: '▲' },
	deterioration: { colour: '#B3261E', icon: '✖' },
	unable_to_assess: { colour: '#6B7280', icon: '?' }
};

/** Colour and symbol of each milestone status. */
export const MILESTONE_STYLE: Record<string, { colour: string; icon: string }> = {
	done: { colour: '#009E73', icon: '✔' },
	in_progress: { colour: '#0072B2', icon: '◐' },
	planned: { colour: '#6B7280', icon: '○' },
	delayed: { colour: '#D55E00', icon: '!' }
};
