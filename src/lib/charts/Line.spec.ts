import { scaleLinear } from './scales';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Line from './Line.svelte';
import { CAMBODIA, EDITIONS, GUINEA_EGDI, TUVALU_EGDI, points } from './__fixtures__/egdi';
import { elements, pathPoint, subpaths, svgFragmentFile } from './__fixtures__/markup';

const x = scaleLinear([2003, 2024], [20, 580]);
const y = scaleLinear([0, 1], [280, 20]);

/** The `d` of the line through `values`. */
function d(values: (number | null)[]): string {
	const body = render(Line, { props: { points: points(values), x, y, colour: '#000' } }).body;
	return elements(body, 'path')[0].attrs.d;
}

describe('Line', () => {
	it('matches the committed rendering', async () => {
		const lines = [
			{ values: CAMBODIA.EGDI, colour: '#0072B2', dash: '' },
			{ values: GUINEA_EGDI, colour: '#D55E00', dash: '6 3' },
			{ values: TUVALU_EGDI, colour: '#009E73', dash: '2 3' }
		];
		const body = lines
			.map(
				({ values, ...style }) =>
					render(Line, { props: { points: points(values), x, y, ...style } }).body
			)
			.join('');
		await expect(svgFragmentFile(body, 600, 300)).toMatchFileSnapshot('./__snapshots__/Line.svg');
	});

	it('joins all the values when none is missing', () => {
		const parts = subpaths(d(CAMBODIA.EGDI));
		expect(parts).toHaveLength(1);
		expect(parts[0]).toBe(
			'M' + EDITIONS.map((year, i) => pathPoint(x(year), y(CAMBODIA.EGDI[i]))).join('L')
		);
	});

	it('breaks into two subpaths around a missing value', () => {
		const parts = subpaths(d(GUINEA_EGDI));
		expect(parts).toHaveLength(2);
		expect(parts[0].endsWith(`L${pathPoint(x(2010), y(0.14261))}`)).toBe(true);
		expect(parts[1].startsWith(`M${pathPoint(x(2014), y(0.09543))}L`)).toBe(true);
	});

	it('keeps a value between two gaps as a subpath of its own', () => {
		const parts = subpaths(d(TUVALU_EGDI));
		expect(parts).toHaveLength(2);
		expect(parts[0]).toBe(`M${pathPoint(x(2005), y(0.03702))}Z`);
	});

	it('draws nothing for a series with no values', () => {
		expect(d(EDITIONS.map(() => null))).toBe('');
	});

	it('is dashed only when asked', () => {
		const line = (dash: string) =>
			render(Line, { props: { points: points(CAMBODIA.EGDI), x, y, colour: '#000', dash } }).body;
		expect(elements(line('6 3'), 'path')[0].attrs['stroke-dasharray']).toBe('6 3');
		expect(elements(line(''), 'path')[0].attrs).not.toHaveProperty('stroke-dasharray');
	});
});
