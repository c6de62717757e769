import { scaleLinear } from './scales';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import StripChart from './StripChart.svelte';
import { formatIndex } from './format';
import { ASEAN } from './__fixtures__/egdi';
import { elements, num, svgFile, type Element } from './__fixtures__/markup';

const points = ASEAN.map((c) => ({
	key: c.key,
	value: c.egdi2024,
	label: `${c.name}: ${formatIndex(c.egdi2024)}`
}));
// The EGDI level groups' lower bounds.
const references = [
	{ value: 0.25, label: 'Middle' },
	{ value: 0.5, label: 'High' },
	{ value: 0.75, label: 'Very high' }
];
const props = {
	points,
	focus: 'KHM',
	width: 640,
	title: 'EGDI 2024 of the ASEAN members',
	format: formatIndex,
	references
};
const body = render(StripChart, { props }).body;
/** The plot runs from 24 to 616 px. */
const x = scaleLinear([0, 1], [24, 616]);
/** Positions are written to a tenth of a unit. */
const tenth = (n: number) => Math.round(n * 10) / 10;

/** The label of the focus dot: the first text of the focus group, before its tooltip. */
function focusLabel(markup: string): Element {
	return elements(markup.slice(markup.indexOf('class="point focus"')), 'text')[0];
}

/** Half the width of a text, at about 6.6 px a character of 12 px, as Tooltip estimates. */
function halfWidth(text: Element): number {
	return (text.text.length * 6.6) / 2;
}

describe('StripChart', () => {
	it('matches the committed rendering', async () => {
		await expect(svgFile(body)).toMatchFileSnapshot('./__snapshots__/StripChart.svg');
	});

	it('draws every other country as a small dot at its value, named', () => {
		const dots = elements(body, 'circle', { r: '3.5' });
		expect(dots).toHaveLength(10);
		const others = points.filter((p) => p.key !== 'KHM').sort((a, b) => a.value - b.value);
		expect(dots.map((d) => num(d, 'cx'))).toEqual(others.map((p) => tenth(x(p.value))));
		expect(elements(body, 'title').map((t) => t.text)).toEqual(others.map((p) => p.label));
	});

	it('draws the focus country once, larger, focusable and labelled', () => {
		const [focus] = elements(body, 'circle', { r: '7' });
		expect(num(focus, 'cx')).toBe(tenth(x(0.57536)));
		expect(elements(body, 'circle').filter((c) => c.attrs.cx === focus.attrs.cx)).toHaveLength(1);
		expect(body).toContain(
			'<g class="point focus" tabindex="0" role="img" aria-label="Cambodia: 0.5754">'
		);
		const label = focusLabel(body);
		expect(label.text).toBe('Cambodia: 0.5754');
		expect(num(label, 'x')).toBe(tenth(x(0.57536)));
	});

	it('moves dots that would touch into other rows', () => {
		const dots = elements(body, 'circle').map((c) => ({ cx: num(c, 'cx'), cy: num(c, 'cy') }));
		for (const a of dots)
			for (const b of dots)
				if (a !== b && a.cy === b.cy) expect(Math.abs(a.cx - b.cx)).toBeGreaterThanOrEqual(7);
		// Brunei (0.7554) and the Philippines (0.7621) are 4 px apart: one moves up a row.
		expect(new Set(dots.map((d) => d.cy)).size).toBeGreaterThan(1);
	});

	it('draws a labelled line at each reference value', () => {
		const lines = elements(body, 'g', { class: 'reference' });
		expect(lines).toHaveLength(3);
		const labels = elements(body.slice(body.indexOf('class="reference"')), 'text').slice(0, 3);
		expect(labels.map((t) => t.text)).toEqual(['Middle', 'High', 'Very high']);
		expect(labels.map((t) => num(t, 'x'))).toEqual([0.25, 0.5, 0.75].map((v) => tenth(x(v)) + 4));
	});

	it('draws no focus when the focus country has no value', () => {
		const html = render(StripChart, { props: { ...props, focus: 'SSD' } }).body;
		expect(elements(html, 'circle', { r: '3.5' })).toHaveLength(11);
		expect(html).not.toContain('class="point focus"');
	});

	it('keeps the focus label inside the chart near the end of the axis', () => {
		const html = render(StripChart, { props: { ...props, focus: 'SGP' } }).body;
		const label = focusLabel(html);
		expect(label.text).toBe('Singapore: 0.9691');
		expect(num(label, 'x') + halfWidth(label)).toBeLessThanOrEqual(640);
	});

	// Known bug: the label is kept 60 px from either edge, which fits labels of up to about 18
	// characters; longer ones near an end of the axis still run past the edge.
	it('keeps a long focus label inside the chart', () => {
		const car = { key: 'CAF', value: 0.0947, label: 'Central African Republic: 0.0947' };
		const html = render(StripChart, {
			props: { ...props, points: [...points, car], focus: 'CAF' }
		}).body;
		const label = focusLabel(html);
		expect(label.text).toBe(car.label);
		expect(num(label, 'x') - halfWidth(label)).toBeGreaterThanOrEqual(0);
	});
});
