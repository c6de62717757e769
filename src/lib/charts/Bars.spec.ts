import { scaleBand, scaleLinear } from './scales';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Bars from './Bars.svelte';
import { formatChange, formatIndex } from './format';
import { ASEAN, SOUTH_SUDAN } from './__fixtures__/egdi';
import { elements, num, svgFragmentFile } from './__fixtures__/markup';

const x = scaleLinear([0, 1], [140, 540]);
const band = scaleBand(['KHM', 'LAO', 'SSD'], [10, 100], 0.2);
const khm = ASEAN.find((c) => c.key === 'KHM')!;
const lao = ASEAN.find((c) => c.key === 'LAO')!;
const bars = [
	{ key: 'KHM', value: khm.egdi2024, label: 'Cambodia: 0.5754', colour: '#D55E00' },
	{ key: 'LAO', value: lao.egdi2024, label: 'Lao PDR: 0.4404', colour: '#0072B2' },
	{ key: 'SSD', value: SOUTH_SUDAN.egdi2010, label: 'South Sudan: not assessed', colour: '#0072B2' }
];
const props = {
	bars,
	x,
	y: (key: string) => band(key) ?? 0,
	bandHeight: band.bandwidth(),
	format: formatIndex
};
const body = render(Bars, { props }).body;

/** Timor-Leste's EGDI change 2022–2024 (−0.0352), on an axis of changes. */
const change = scaleLinear([-0.1, 0.1], [140, 540]);
const tls = ASEAN.find((c) => c.key === 'TLS')!;
const timorLeste = tls.egdi2024 - tls.egdi2022;
const negative = render(Bars, {
	props: {
		...props,
		bars: [{ key: 'TLS', value: timorLeste, label: 'Timor-Leste: −0.0352', colour: '#D55E00' }],
		x: change,
		y: () => 10,
		format: formatChange
	}
}).body;

describe('Bars', () => {
	it('matches the committed rendering', async () => {
		await expect(svgFragmentFile(body, 600, 110)).toMatchFileSnapshot('./__snapshots__/Bars.svg');
	});

	it('draws one bar from zero per value, and none for a missing value', () => {
		const rects = elements(body, 'rect');
		expect(rects).toHaveLength(2);
		expect(rects.map((r) => num(r, 'x'))).toEqual([140, 140]);
		expect(rects.map((r) => num(r, 'width'))).toEqual([
			x(khm.egdi2024) - 140,
			x(lao.egdi2024) - 140
		]);
		expect(rects.map((r) => num(r, 'y'))).toEqual([band('KHM'), band('LAO')]);
	});

	it('writes each value after its bar, and a dash at zero for a missing one', () => {
		const values = elements(body, 'text', { class: 'value' });
		expect(values.map((t) => t.text)).toEqual(['0.5754', '0.4404', '—']);
		expect(values.map((t) => num(t, 'x'))).toEqual([x(khm.egdi2024) + 6, x(lao.egdi2024) + 6, 144]);
	});

	it('names every bar for screen readers, the missing one too', () => {
		const groups = elements(body, 'g', { class: 'bar' });
		expect(groups.map((g) => g.attrs['aria-label'])).toEqual(bars.map((b) => b.label));
		expect(elements(body, 'title').map((t) => t.text)).toEqual(bars.map((b) => b.label));
	});

	it('draws a negative value leftwards from zero', () => {
		const [rect] = elements(negative, 'rect');
		expect(num(rect, 'x')).toBeCloseTo(change(timorLeste));
		expect(num(rect, 'x') + num(rect, 'width')).toBeCloseTo(change(0));
	});

	// Known bug: the value of a negative bar is written at its left end + 6 px, inside the bar.
	it('writes the value of a negative bar outside the bar', () => {
		const [text] = elements(negative, 'text', { class: 'value' });
		expect(num(text, 'x')).toBeLessThan(change(timorLeste));
	});
});
