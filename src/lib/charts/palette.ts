/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), without yellow, each
 * darkened or lightened just enough to stand out at 3:1 (WCAG 1.4.11, graphical objects) from
 * the chart's background in both themes (white and #1b2128; `palette.spec.ts` computes it): one
 * list for both, so that a series keeps its colour when the theme changes. Black became grey
 * (black vanishes on the dark theme), yellow-orange an amber, pink and sky a shade deeper. Series
 * also differ by dash pattern and marker shape, so that nothing is told by colour alone.
 */
export const SERIES_COLOURS = [
	'#0072B2',
	'#D55E00',
	'#009E73',
	'#C2649A',
	'#2E8BC0',
	'#A97A00',
	'#808080',
	'#8C6D31'
] as const;

/** The chart's background (`--surface`) in each theme: what every mark must stand out from. */
export const SURFACES = { light: '#ffffff', dark: '#1b2128' } as const;

/**
 * The focus country's colour (Okabe–Ito vermillion), the same on every page, chart and export:
 * no other series takes it, so that orange always means "the country this dashboard is about".
 */
export const FOCUS_COLOUR = '#D55E00';

/**
 * The greys of group averages (a darker and a lighter, each at 3:1 on both backgrounds), so that
 * an average never passes for a country: its lines are dotted or dash-dotted, its bars grey.
 */
export const AVERAGE_COLOURS = ['#6b6b6b', '#8c8c8c'] as const;

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

/**
 * The colour, dash and marker of each of `keys` in one chart, for more series than the eight
 * above: the first eight as SERIES_DASHES and SERIES_SHAPES give them (the focus country in its
 * own colour); once the seven other colours come round again (past seven series without the
 * focus country), a series takes the first dash and marker pair, used by no earlier series if
 * possible, whose dash and marker both differ from those of every earlier series of its colour:
 * two lines of one colour never share a dash or a marker.
 */
export function seriesStyles(
	keys: string[],
	focus: string | null | undefined
): { colour: string; dash: string; shape: Shape }[] {
	const colours = seriesColours(keys, focus);
	const pairs = DASHES.flatMap((dash) => SHAPES.map((shape) => ({ dash, shape })));
	const styles: { colour: string; dash: string; shape: Shape }[] = [];
	for (const [i, colour] of colours.entries()) {
		const same = styles.filter((s) => s.colour === colour);
		if (i < SERIES_DASHES.length && !same.length) {
			styles.push({ colour, dash: SERIES_DASHES[i], shape: SERIES_SHAPES[i] });
			continue;
		}
		const apart = pairs.filter((p) => same.every((s) => s.dash !== p.dash && s.shape !== p.shape));
		const unused = apart.find((p) => !styles.some((s) => s.dash === p.dash && s.shape === p.shape));
		styles.push({ colour, ...(unused ?? apart[0] ?? pairs[i % pairs.length]) });
	}
	return styles;
}

/**
 * Sequential colours for the map's ten ordered classes, lowest first, in each theme: every class
 * stands out at 3:1 from the background, and lightness follows the values away from the
 * background — on the light theme higher values are darker, on the dark theme higher values are
 * brighter (the lowest class is never the brightest on a dark page). The hue turns too (teal,
 * blue, indigo on a light page; teal, blue, lavender on a dark one), a second cue where the
 * lightness steps are small. Interpolated in CIELAB between five hand-picked colours, then
 * checked (`palette.spec.ts`). The colours are CSS variables (`--map-0` … `--map-9`, set per
 * theme in app.css to these values), so that the map, its legend and its downloads follow the
 * theme.
 */
export const MAP_THEMES = {
	light: [
		'#3f9a86',
		'#3d8e9b',
		'#3382b0',
		'#2f73ad',
		'#2d62a3',
		'#2d5297',
		'#2f418a',
		'#2c3179',
		'#25225f',
		'#1e1446'
	],
	dark: [
		'#2f7d8f',
		'#3585a6',
		'#398dbe',
		'#509acc',
		'#68a9d7',
		'#84b8e1',
		'#a3c7eb',
		'#bfd5f3',
		'#d7dff7',
		'#efe9fb'
	]
} as const;
export const MAP_COLOURS = MAP_THEMES.light.map((hex, i) => `var(--map-${i}, ${hex})`);

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
	acceleration_needed: { colour: '#A97A00', icon: '⚠' },
	limited_progress: { colour: '#D55E00', icon: '▲' },
	deterioration: { colour: '#D63A2F', icon: '✖' },
	unable_to_assess: { colour: '#6B7280', icon: '?' }
};

/** Colour and symbol of each milestone status. */
export const MILESTONE_STYLE: Record<string, { colour: string; icon: string }> = {
	done: { colour: '#009E73', icon: '✔' },
	in_progress: { colour: '#0072B2', icon: '◐' },
	planned: { colour: '#6B7280', icon: '○' },
	delayed: { colour: '#D55E00', icon: '!' }
};
