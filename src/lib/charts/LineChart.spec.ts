import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LineChart, { type LineSeries } from './LineChart.svelte';
import { formatIndex } from './format';
import { SERIES_COLOURS } from './palette';
import { ASEAN, CAMBODIA, CAMBODIA_SERIES, GUINEA_EGDI, points } from './__fixtures__/egdi';
import { elements, num, subpaths, svgFile, translation } from './__fixtures__/markup';

const props = {
	series: CAMBODIA_SERIES,
	width: 640,
	title: "Line chart of Cambodia's EGDI, OSI, TII and HCI by edition",
	yDomain: [0, 1] as [number, number],
	formatY: (v: number) => formatIndex(v).replace(/0+$/, '').replace(/\.$/, '.0'),
	describe: (s: LineSeries, x: number, y: number) => `${s.label} ${x}: ${formatIndex(y)}`
};
const body = render(LineChart, { props }).body;

/** The y of each end label, by series label. */
function endLabels(markup: string): Map<string, number> {
	return new Map(
		elements(markup, 'text', { class: 'end-label' }).map((t) => [t.text, num(t, 'y')])
	);
}

/** The centre of the marker of the point labelled `label`. */
function marker(markup: string, label: string): [number, number] {
	const g = markup.indexOf(`aria-label="${label}"`);
	expect(g).toBeGreaterThan(-1);
	return translation(elements(markup.slice(g), 'path')[0]);
}

describe('LineChart', () => {
	it('matches the committed rendering', async () => {
		await expect(svgFile(body)).toMatchFileSnapshot('./__snapshots__/LineChart.svg');
	});

	it('is an image named by its title, drawn in a viewBox of its size', () => {
		expect(body).toMatch(
			/<svg class="chart-svg" viewBox="0 0 640 300" width="640" height="300" role="img" aria-label="Line chart of Cambodia's EGDI, OSI, TII and HCI by edition">/
		);
	});

	it('draws one line and one labelled marker per value of each series', () => {
		expect(elements(body, 'path', { class: 'line' })).toHaveLength(4);
		const labels = elements(body, 'g', { class: 'point' }).map((g) => g.attrs['aria-label']);
		expect(labels).toHaveLength(48);
		expect(labels).toContain('EGDI 2024: 0.5754');
		expect(labels).toContain('TII 2003: 0.0044');
	});

	it('draws the emphasised series last and thicker', () => {
		const lines = elements(body, 'path', { class: 'line' });
		expect(lines.map((l) => l.attrs.stroke)).toEqual([
			...SERIES_COLOURS.slice(1, 4),
			SERIES_COLOURS[0]
		]);
		expect(lines.map((l) => l.attrs['stroke-width'])).toEqual(['2.25', '2.25', '2.25', '3.5']);
	});

	it('labels the editions that fit 38 px apart at the default width, always the latest', () => {
		const ticks = elements(body, 'text').filter((t) => /^\d{4}$/.test(t.text));
		// 2003 and 2004 are one year (24 px) apart: 2004 gives way.
		expect(ticks.map((t) => Number(t.text))).toEqual([
			2003, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024
		]);
	});

	it('labels fewer editions on a narrow chart, always the latest', () => {
		const narrow = render(LineChart, { props: { ...props, width: 320 } }).body;
		const ticks = elements(narrow, 'text').filter((t) => /^\d{4}$/.test(t.text));
		expect(ticks.map((t) => t.text)).toEqual(['2005', '2008', '2012', '2016', '2020', '2024']);
	});

	it('gives a phone-wide chart its width for the plot: no end labels, a narrower axis', () => {
		// The brief on a 390 px phone draws its chart about 322 px wide.
		const phone = render(LineChart, { props: { ...props, width: 322 } }).body;
		expect(phone).not.toContain('class="end-label"');
		const grid = elements(phone, 'line').find((l) => l.attrs.class === 'grid')!;
		expect(num(grid, 'x2') - num(grid, 'x1')).toBeGreaterThanOrEqual(250);
		// From 420 px on, the labels come back.
		expect(render(LineChart, { props: { ...props, width: 420 } }).body).toContain(
			'class="end-label"'
		);
	});

	// Known bug: the editions are not evenly spaced (2003, 2004, 2005, then every two years), but
	// the ticks are thinned as if they were, so 2003, 2004 and 2005 sit 24 px apart at 640 px and
	// their labels (about 28 px wide) overlap.
	it('keeps the edition labels at least 30 px apart', () => {
		const xs = elements(body, 'text')
			.filter((t) => /^\d{4}$/.test(t.text))
			.map((t) => num(t, 'x'));
		for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(30);
	});

	it('writes each series label at its last value, not overlapping the others', () => {
		const ys = endLabels(body);
		expect([...ys.keys()].sort()).toEqual(['EGDI', 'HCI', 'OSI', 'TII']);
		expect(ys.get('TII')).toBeLessThan(ys.get('EGDI')!);
		const sorted = [...ys.values()].sort((a, b) => a - b);
		for (let i = 1; i < sorted.length; i++)
			expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(14);
	});

	it('pushes crowded end labels apart and keeps them above the x axis', () => {
		// Five neighbours whose 2024 EGDI lie within 0.18 of each other.
		const crowded = ['KHM', 'LAO', 'MMR', 'TLS', 'PHL'].map((key, i) => {
			const c = ASEAN.find((a) => a.key === key)!;
			return {
				key,
				label: c.name.split(' ')[0],
				points: [
					{ x: 2022, y: c.egdi2022 },
					{ x: 2024, y: c.egdi2024 }
				],
				colour: SERIES_COLOURS[i]
			};
		});
		const html = render(LineChart, {
			props: { ...props, series: crowded, height: 160, yDomain: [0.3, 0.8] as [number, number] }
		}).body;
		const ys = [...endLabels(html).values()].sort((a, b) => a - b);
		expect(ys).toHaveLength(5);
		for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(14);
		expect(ys.at(-1)).toBeLessThanOrEqual(160 - 28);
	});

	it('breaks a line at a missing value, keeping the markers around it', () => {
		const guinea = [{ key: 'GIN', label: 'Guinea', points: points(GUINEA_EGDI), colour: '#000' }];
		const html = render(LineChart, { props: { ...props, series: guinea } }).body;
		const [line] = elements(html, 'path', { class: 'line' });
		expect(subpaths(line.attrs.d)).toHaveLength(2);
		const labels = elements(html, 'g', { class: 'point' }).map((g) => g.attrs['aria-label']);
		expect(labels).toHaveLength(11);
		expect(labels.some((l) => l.includes('2012'))).toBe(false);
	});

	it('puts the smallest value on top when inverted, as for ranks', () => {
		const ranks = [
			{ key: 'rank', label: 'Rank', points: points(CAMBODIA.rank), colour: '#0072B2' }
		];
		const html = render(LineChart, {
			props: {
				...props,
				series: ranks,
				yDomain: [1, 193] as [number, number],
				invert: true,
				formatY: String,
				describe: (_: LineSeries, x: number, y: number) => `Rank ${x}: ${y}`
			}
		}).body;
		const best = marker(html, 'Rank 2024: 120');
		const worst = marker(html, 'Rank 2016: 158');
		expect(best[1]).toBeLessThan(worst[1]);
		const tickYs = elements(html, 'text')
			.filter((t) => /^\d+$/.test(t.text) && t.attrs['text-anchor'] === 'end')
			.map((t) => [Number(t.text), num(t, 'y')]);
		const top = tickYs.reduce((a, b) => (b[1] < a[1] ? b : a));
		const bottom = tickYs.reduce((a, b) => (b[1] > a[1] ? b : a));
		expect(top[0]).toBeLessThan(bottom[0]);
	});

	it('hands the scales to the overlay and draws it under the lines', () => {
		const overlay = createRawSnippet<[{ x: (v: number) => number; y: (v: number) => number }]>(
			(scales) => ({
				render: () => {
					const { x, y } = scales();
					return `<line class="target" x1="${x(2024)}" x2="${x(2030)}" y1="${y(0.6)}" y2="${y(0.75)}"></line>`;
				}
			})
		);
		const html = render(LineChart, { props: { ...props, overlay } }).body;
		const [target] = elements(html, 'line', { class: 'target' });
		// The plot runs from x 48 to 548 over 2003–2024, and from y 266 (0) to 16 (1).
		expect(num(target, 'x1')).toBeCloseTo(548);
		expect(num(target, 'y1')).toBeCloseTo(266 - 0.6 * 250);
		expect(html.indexOf('class="target"')).toBeLessThan(html.indexOf('class="line"'));
	});
});
