import { scaleLinear } from './scales';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import AxisY from './AxisY.svelte';
import { formatIndex } from './format';
import { elements, num, svgFragmentFile } from './__fixtures__/markup';

const y = scaleLinear([0, 1], [272, 16]);
const ticks = y.ticks(5);
const props = { y, ticks, left: 48, right: 548, format: formatIndex, label: 'EGDI' };
const body = render(AxisY, { props }).body;

describe('AxisY', () => {
	it('matches the committed rendering', async () => {
		await expect(svgFragmentFile(body, 600, 300)).toMatchFileSnapshot('./__snapshots__/AxisY.svg');
	});

	it('writes one formatted label left of each tick, on its grid line', () => {
		const labels = elements(body, 'text').filter((t) => !t.attrs.class);
		expect(labels.map((t) => t.text)).toEqual(ticks.map((v) => formatIndex(v)));
		expect(labels.map((t) => num(t, 'y'))).toEqual(ticks.map(y));
		for (const label of labels) {
			expect(num(label, 'x')).toBe(40);
			expect(label.attrs['text-anchor']).toBe('end');
		}
		const grid = elements(body, 'line', { class: 'grid' });
		expect(grid.map((l) => num(l, 'y1'))).toEqual(ticks.map(y));
		for (const line of grid) expect([num(line, 'x1'), num(line, 'x2')]).toEqual([48, 548]);
	});

	it('shows the axis label above the plot, only when given', () => {
		expect(elements(body, 'text', { class: 'label' }).map((t) => t.text)).toEqual(['EGDI']);
		const unlabelled = render(AxisY, { props: { ...props, label: undefined } }).body;
		expect(elements(unlabelled, 'text', { class: 'label' })).toHaveLength(0);
	});
});
