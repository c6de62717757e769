import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Legend from './Legend.svelte';
import { MAP_COLOURS, SERIES_COLOURS, SERIES_DASHES, SERIES_SHAPES, markerPath } from './palette';
import { elements, htmlFragmentFile } from './__fixtures__/markup';

const indices = ['EGDI', 'OSI', 'TII', 'HCI'].map((label, i) => ({
	label,
	colour: SERIES_COLOURS[i],
	dash: SERIES_DASHES[i],
	shape: SERIES_SHAPES[i]
}));
// Four of the map's classes, as boxes.
const levels = ['Very High', 'High', 'Middle', 'Low'].map((label, i) => ({
	label,
	colour: MAP_COLOURS[9 - 3 * i],
	swatch: 'box' as const
}));
const body = render(Legend, { props: { items: indices } }).body;

describe('Legend', () => {
	it('matches the committed rendering', async () => {
		const boxes = render(Legend, { props: { items: levels, label: 'EGDI level' } }).body;
		await expect(htmlFragmentFile(body + boxes, 480, 70)).toMatchFileSnapshot(
			'./__snapshots__/Legend.svg'
		);
	});

	it('lists each item by name, in order, as a labelled list', () => {
		expect(body).toContain('<ul class="legend" aria-label="Legend">');
		const names = [...body.matchAll(/<\/svg>\s*([^<]*?)\s*<\/li>/g)].map((m) => m[1]);
		expect(names).toEqual(['EGDI', 'OSI', 'TII', 'HCI']);
	});

	it('draws each line in its colour and dash, with its marker', () => {
		const lines = elements(body, 'line');
		expect(lines.map((l) => l.attrs.stroke)).toEqual(SERIES_COLOURS.slice(0, 4));
		expect(lines.map((l) => l.attrs['stroke-dasharray'] ?? '')).toEqual(SERIES_DASHES.slice(0, 4));
		expect(elements(body, 'path').map((p) => p.attrs.d)).toEqual(
			SERIES_SHAPES.slice(0, 4).map((shape) => markerPath(shape, 3.5))
		);
	});

	it('draws a box instead of a line when asked', () => {
		const html = render(Legend, { props: { items: levels, label: 'EGDI level' } }).body;
		expect(html).toContain('aria-label="EGDI level"');
		expect(elements(html, 'line')).toHaveLength(0);
		expect(elements(html, 'rect').map((r) => r.attrs.fill)).toEqual(levels.map((l) => l.colour));
	});

	it('hides the swatches from screen readers', () => {
		const swatches = elements(body, 'svg');
		expect(swatches).toHaveLength(4);
		for (const svg of swatches) expect(svg.attrs['aria-hidden']).toBe('true');
	});
});
