import { scaleLinear } from './scales';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import AxisX from './AxisX.svelte';
import { EDITIONS } from './__fixtures__/egdi';
import { elements, num, svgFragmentFile } from './__fixtures__/markup';

const x = scaleLinear([2003, 2024], [48, 548]);
const ticks = EDITIONS.filter((year) => year % 4 === 0);
const props = {
	x,
	ticks,
	y: 272,
	top: 16,
	grid: true,
	format: (v: number) => `’${String(v).slice(2)}`
};
const body = render(AxisX, { props }).body;

describe('AxisX', () => {
	it('matches the committed rendering', async () => {
		await expect(svgFragmentFile(body, 600, 300)).toMatchFileSnapshot('./__snapshots__/AxisX.svg');
	});

	it('writes one formatted label under each tick', () => {
		const labels = elements(body, 'text');
		expect(labels.map((t) => t.text)).toEqual(['’04', '’08', '’12', '’16', '’20', '’24']);
		expect(labels.map((t) => num(t, 'x'))).toEqual(ticks.map(x));
		for (const label of labels) expect(num(label, 'y')).toBe(290);
	});

	it('draws a grid line from the top of the plot at each tick, only when asked', () => {
		const grid = elements(body, 'line', { class: 'grid' });
		expect(grid.map((l) => num(l, 'x1'))).toEqual(ticks.map(x));
		for (const line of grid) expect([num(line, 'y1'), num(line, 'y2')]).toEqual([16, 272]);
		const plain = render(AxisX, { props: { ...props, grid: false } }).body;
		expect(elements(plain, 'line', { class: 'grid' })).toHaveLength(0);
		expect(elements(plain, 'text')).toHaveLength(ticks.length);
	});

	it('draws the axis line from the first tick to the last', () => {
		const axis = elements(body, 'line').filter((l) => num(l, 'y1') === 272 && num(l, 'y2') === 272);
		expect(axis).toHaveLength(1);
		expect([num(axis[0], 'x1'), num(axis[0], 'x2')]).toEqual([x(2004), x(2024)]);
	});

	it('is hidden from screen readers, which get the numbers elsewhere', () => {
		expect(body).toMatch(/^(<!--[^]*?-->)?<g class="axis axis-x" aria-hidden="true">/);
	});
});
