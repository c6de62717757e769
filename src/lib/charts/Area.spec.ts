import { scaleLinear } from 'd3-scale';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Area from './Area.svelte';
import Line from './Line.svelte';
import { CAMBODIA, EDITIONS, GUINEA_EGDI } from './__fixtures__/egdi';
import { elements, pathPoint, subpaths, svgFragmentFile } from './__fixtures__/markup';

const x = scaleLinear().domain([2003, 2024]).range([20, 580]);
const y = scaleLinear().domain([0, 1]).range([280, 20]);

type BandPoint = { x: number; low: number | null; high: number | null };

/** The band between Cambodia's lowest and highest component in each edition. */
const components: BandPoint[] = EDITIONS.map((year, i) => {
	const values = [CAMBODIA.OSI[i], CAMBODIA.TII[i], CAMBODIA.HCI[i]];
	return { x: year, low: Math.min(...values), high: Math.max(...values) };
});

function path(points: BandPoint[], opacity?: number) {
	const body = render(Area, { props: { points, x, y, colour: '#0072B2', opacity } }).body;
	return elements(body, 'path')[0];
}

describe('Area', () => {
	it('matches the committed rendering', async () => {
		const band = render(Area, { props: { points: components, x, y, colour: '#0072B2' } }).body;
		const egdi = render(Line, {
			props: {
				points: EDITIONS.map((year, i) => ({ x: year, y: CAMBODIA.EGDI[i] })),
				x,
				y,
				colour: '#0072B2'
			}
		}).body;
		await expect(svgFragmentFile(band + egdi, 600, 300)).toMatchFileSnapshot(
			'./__snapshots__/Area.svg'
		);
	});

	it('draws one closed shape from the high values out and the low values back', () => {
		const { d } = path(components).attrs;
		expect(subpaths(d)).toHaveLength(1);
		expect(d.startsWith(`M${pathPoint(x(2003), y(0.66))}L`)).toBe(true);
		expect(d.endsWith(`L${pathPoint(x(2003), y(0.00443))}Z`)).toBe(true);
	});

	it('leaves a gap where the low or the high value is missing', () => {
		const gapped = components.map((p, i) => (GUINEA_EGDI[i] === null ? { ...p, high: null } : p));
		const parts = subpaths(path(gapped).attrs.d);
		expect(parts).toHaveLength(2);
		for (const part of parts) expect(part.endsWith('Z')).toBe(true);
		expect(parts[1].startsWith(`M${pathPoint(x(2014), y(0.5189))}L`)).toBe(true);
	});

	it('is translucent and unstroked, so lines show through', () => {
		expect(path(components).attrs).toMatchObject({
			fill: '#0072B2',
			'fill-opacity': '0.15',
			stroke: 'none'
		});
		expect(path(components, 0.3).attrs['fill-opacity']).toBe('0.3');
	});
});
