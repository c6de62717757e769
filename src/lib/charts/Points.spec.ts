import { scaleLinear } from './scales';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Line from './Line.svelte';
import Points from './Points.svelte';
import { formatIndex } from './format';
import { markerPath } from './palette';
import { GUINEA_EGDI, points } from './__fixtures__/egdi';
import { elements, num, svgFragmentFile, translation } from './__fixtures__/markup';

const x = scaleLinear([2003, 2024], [20, 580]);
const y = scaleLinear([0, 1], [280, 20]);
const guinea = points(GUINEA_EGDI).map((p) => ({
	...p,
	label: p.y === null ? '' : `Guinea ${p.x}: ${formatIndex(p.y)}`
}));
const props = { points: guinea, x, y, colour: '#D55E00', shape: 'square' as const, plotRight: 580 };
const body = render(Points, { props }).body;

describe('Points', () => {
	it('matches the committed rendering', async () => {
		const line = render(Line, { props: { points: guinea, x, y, colour: '#D55E00' } }).body;
		await expect(svgFragmentFile(line + body, 600, 300)).toMatchFileSnapshot(
			'./__snapshots__/Points.svg'
		);
	});

	it('draws a focusable, labelled marker for each value and none for a missing one', () => {
		const groups = elements(body, 'g', { class: 'point' });
		expect(groups).toHaveLength(11);
		for (const g of groups) expect(g.attrs).toMatchObject({ tabindex: '0', role: 'img' });
		expect(groups.map((g) => g.attrs['aria-label'])).toEqual(
			guinea.filter((p) => p.y !== null).map((p) => p.label)
		);
	});

	it('places each marker on its value, in the shape asked for', () => {
		const markers = elements(body, 'path');
		expect(markers.map(translation)).toEqual(
			guinea.filter((p) => p.y !== null).map((p) => [x(p.x), y(p.y as number)])
		);
		for (const m of markers)
			expect(m.attrs).toMatchObject({ d: markerPath('square', 4), fill: '#D55E00' });
	});

	it('opens the tooltips of points near the right edge to the left', () => {
		const markers = elements(body, 'path').map(translation);
		const opensLeft = elements(body, 'rect').map((box, i) => num(box, 'x') < markers[i][0]);
		// 2020, 2022 and 2024 are within 160 px of the right edge.
		expect(opensLeft).toEqual(markers.map(([px]) => px > 420));
		expect(opensLeft.filter(Boolean)).toHaveLength(3);
	});
});
