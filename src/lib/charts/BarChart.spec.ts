import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import BarChart, { type BarRow } from './BarChart.svelte';
import { formatIndex } from './format';
import { CAMBODIA, SOUTH_SUDAN } from './__fixtures__/egdi';
import { elements, num, svgFile } from './__fixtures__/markup';

// Each country's EGDI in 2010 and 2024; South Sudan was not assessed in 2010.
const countries = [
	{ key: 'KHM', name: 'Cambodia', egdi2010: CAMBODIA.EGDI[4], egdi2024: CAMBODIA.EGDI[11] },
	{ key: 'LAO', name: 'Lao PDR', egdi2010: 0.26371, egdi2024: 0.44038 },
	{ key: 'SSD', name: 'South Sudan', ...SOUTH_SUDAN }
];
const rows: BarRow[] = countries.map((c) => ({
	key: c.key,
	label: c.name,
	bars: [
		{
			key: '2010',
			value: c.egdi2010,
			label: `${c.name} 2010: ${formatIndex(c.egdi2010)}`,
			colour: '#56B4E9'
		},
		{
			key: '2024',
			value: c.egdi2024,
			label: `${c.name} 2024: ${formatIndex(c.egdi2024)}`,
			colour: '#0072B2'
		}
	]
}));
const props = { rows, width: 420, title: 'EGDI in 2010 and 2024', format: formatIndex };
const body = render(BarChart, { props }).body;

describe('BarChart', () => {
	it('matches the committed rendering', async () => {
		await expect(svgFile(body)).toMatchFileSnapshot('./__snapshots__/BarChart.svg');
	});

	it('is an image named by its title, as tall as its rows', () => {
		// 3 rows of 2 bars of 14 px plus 14 px of space, and 30 px of margins.
		expect(body).toMatch(
			/<svg class="chart-svg[^"]*" viewBox="0 0 420 156" width="420" height="156" role="img" aria-label="EGDI in 2010 and 2024">/
		);
	});

	it('draws one bar per value and none for a missing one', () => {
		const rects = elements(body, 'rect');
		expect(rects).toHaveLength(5);
		expect(rects.map((r) => r.attrs.fill)).toEqual([
			'#56B4E9',
			'#0072B2',
			'#56B4E9',
			'#0072B2',
			'#0072B2'
		]);
	});

	it('makes each bar as long as its value on a shared axis from 0 to 1', () => {
		const rects = elements(body, 'rect');
		const left = num(rects[0], 'x');
		const values = [0.28784, 0.57536, 0.26371, 0.44038, 0.11907];
		const plotWidth = 420 - 56 - left;
		rects.forEach((r, i) => {
			expect(num(r, 'x')).toBe(left);
			expect(num(r, 'width')).toBeCloseTo(values[i] * plotWidth);
		});
	});

	it('writes each value, and a dash for the missing one', () => {
		const values = elements(body, 'text', { class: 'value' }).map((t) => t.text);
		expect(values).toEqual(['0.2878', '0.5754', '0.2637', '0.4404', '—', '0.1191']);
		expect(body).toContain('aria-label="South Sudan 2010: —"');
	});

	it('writes each row label left of its bars, centred on them', () => {
		const labels = elements(body, 'text').filter((t) => t.attrs.class?.includes('row-label'));
		expect(labels.map((t) => t.text)).toEqual(['Cambodia', 'Lao PDR', 'South Sudan']);
		const rects = elements(body, 'rect');
		const centre = (num(rects[0], 'y') + num(rects[1], 'y') + num(rects[1], 'height')) / 2;
		expect(Math.abs(num(labels[0], 'y') - centre)).toBeLessThanOrEqual(1);
		for (const label of labels) expect(num(label, 'x')).toBeLessThan(num(rects[0], 'x'));
	});

	it('draws a grid on the value axis', () => {
		const ticks = elements(body, 'text').filter(
			(t) => /^[\d.]+$/.test(t.text) && t.attrs['text-anchor'] === 'middle'
		);
		expect(ticks.map((t) => t.text)).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
		expect(elements(body, 'line', { class: 'grid' })).toHaveLength(6);
	});

	it('keeps its axis labels apart when narrow (a printed column, a phone)', () => {
		for (const width of [180, 260, 420]) {
			const narrow = render(BarChart, {
				props: { ...props, width, rows: [{ ...rows[0], label: 'Least developed countries' }] }
			}).body;
			const axis = narrow.slice(narrow.indexOf('axis-x'));
			const xs = [...axis.matchAll(/<text x="([\d.]+)"[^>]*text-anchor="middle">/g)].map((m) =>
				Number(m[1])
			);
			expect(xs.length, `width ${width}`).toBeGreaterThanOrEqual(2);
			const gaps = xs.slice(1).map((x, i) => x - xs[i]);
			expect(Math.min(...gaps.filter((g) => g > 0)), `width ${width}`).toBeGreaterThanOrEqual(30);
		}
	});
});
