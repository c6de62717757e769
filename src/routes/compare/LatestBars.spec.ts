import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { formatIndex } from '$lib/charts/format';
import { elements, num, svgFile } from '$lib/charts/__fixtures__/markup';
import LatestBars, { type LatestBand } from './LatestBars.svelte';

// The 2024 EGDI and OSI of three ASEAN members, and the ASEAN average (0.7219 and 0.6472).
const countries = [
	{ code: 'KHM', colour: '#D55E00', EGDI: 0.57536, OSI: 0.45034 },
	{ code: 'SGP', colour: '#0072B2', EGDI: 0.96908, OSI: 0.98312 },
	{ code: 'MMR', colour: '#0072B2', EGDI: 0.50014, OSI: null }
];
const average = { code: 'ASEAN', colour: '#6b6b6b', EGDI: 0.72189, OSI: 0.64722 };
const bands: LatestBand[] = (['EGDI', 'OSI'] as const).map((component) => ({
	key: component,
	label: component,
	bars: [
		...countries.map((c) => ({
			key: c.code,
			code: c.code,
			value: c[component],
			label: `${c.code}, ${component}: ${formatIndex(c[component])}`,
			colour: c.colour
		})),
		{
			key: 'avg-ASEAN',
			code: average.code,
			value: average[component],
			label: `ASEAN average, ${component}: ${formatIndex(average[component])}`,
			colour: average.colour,
			average: true
		}
	]
}));
const props = { bands, width: 420, title: 'EGDI and OSI in 2024', format: formatIndex };
const body = render(LatestBars, { props }).body;
const texts = (cls: string) =>
	elements(body, 'text').filter((t) => t.attrs.class?.split(' ').includes(cls));

describe('LatestBars', () => {
	it('matches the committed rendering', async () => {
		const file = svgFile(body).replace(
			'href="../charts.css"',
			'href="../../../lib/charts/charts.css"'
		);
		await expect(file).toMatchFileSnapshot('./__snapshots__/LatestBars.svg');
	});

	it('names every bar by its code, so that two of one colour tell apart', () => {
		const codes = texts('code');
		expect(codes.map((t) => t.text)).toEqual([
			'KHM',
			'SGP',
			'MMR',
			'ASEAN',
			'KHM',
			'SGP',
			'MMR',
			'ASEAN'
		]);
		// Right-aligned just left of the bars, each on its own bar's line.
		const rects = elements(body, 'rect');
		for (const code of codes) expect(num(code, 'x')).toBeLessThan(num(rects[0], 'x'));
		expect(num(codes[1], 'y') - num(codes[0], 'y')).toBe(12);
		expect(num(codes[0], 'y')).toBeCloseTo(num(rects[0], 'y') + num(rects[0], 'height') / 2);
	});

	it("draws an average's bar hollow and dotted in its grey, and no bar for a missing value", () => {
		const rects = elements(body, 'rect');
		// Myanmar's OSI is missing: 7 bars of 8.
		expect(rects).toHaveLength(7);
		const averages = rects.filter((r) => r.attrs['stroke-dasharray']);
		expect(averages.map((r) => [r.attrs.fill, r.attrs.stroke, r.attrs['fill-opacity']])).toEqual([
			['#6b6b6b', '#6b6b6b', '0.2'],
			['#6b6b6b', '#6b6b6b', '0.2']
		]);
		expect(body).toContain('aria-label="ASEAN average, OSI: 0.6472"');
	});

	it('makes each bar as long as its value on one axis from 0 to 1', () => {
		const rects = elements(body, 'rect');
		const left = num(rects[0], 'x');
		const plot = 420 - 56 - left;
		expect(num(rects[1], 'width')).toBeCloseTo(0.96908 * plot);
		expect(num(rects[3], 'width')).toBeCloseTo(0.72189 * plot);
		const values = texts('value').map((t) => t.text);
		expect(values).toEqual([
			'0.5754',
			'0.9691',
			'0.5001',
			'0.7219',
			'0.4503',
			'0.9831',
			'—',
			'0.6472'
		]);
	});
});
