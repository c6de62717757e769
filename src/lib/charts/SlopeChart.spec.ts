import { scaleLinear } from './scales';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import SlopeChart from './SlopeChart.svelte';
import { formatIndex } from './format';
import { ASEAN } from './__fixtures__/egdi';
import { elements, num, svgFile } from './__fixtures__/markup';

const lines = ASEAN.map((c) => ({
	key: c.key,
	name: c.name === "Lao People's Democratic Republic" ? 'Lao PDR' : c.name,
	from: c.egdi2022,
	to: c.egdi2024
}));
const props = {
	lines,
	fromYear: 2022,
	toYear: 2024,
	// Cambodia first, as the focus; Myanmar's 2022 EGDI (0.4994) is close to Cambodia's (0.5056).
	highlight: ['KHM', 'MMR', 'SGP'],
	width: 640,
	title: 'EGDI of the ASEAN members, 2022 and 2024',
	format: formatIndex
};
const body = render(SlopeChart, { props }).body;
// The axes are at 150 and 490 px; values run from y 404 (0) to 30 (1).
const y = scaleLinear([0, 1], [404, 30]);
/** Positions are written to a tenth of a unit. */
const tenth = (n: number) => Math.round(n * 10) / 10;

/** The markup of the highlighted line named `name`. */
function highlighted(name: string): string {
	const start = body.indexOf(`aria-label="${name}:`);
	expect(start).toBeGreaterThan(-1);
	return body.slice(start, body.indexOf('</g>', body.indexOf('class="tooltip"', start)));
}

describe('SlopeChart', () => {
	it('matches the committed rendering', async () => {
		await expect(svgFile(body)).toMatchFileSnapshot('./__snapshots__/SlopeChart.svg');
	});

	it('heads the two axes with the years', () => {
		const years = elements(body, 'text', { 'font-weight': '700' });
		expect(years.map((t) => [t.text, num(t, 'x')])).toEqual([
			['2022', 150],
			['2024', 490]
		]);
	});

	it('draws each other country as a thin line with its values in a title', () => {
		const thin = elements(body, 'line').filter((l) => /^(up|down) /.test(l.attrs.class ?? ''));
		expect(thin).toHaveLength(8);
		expect(body).toContain('<title>Timor-Leste: 0.4372 → 0.4020</title>');
		const tls = thin.find((l) => num(l, 'y1') === tenth(y(0.4372)))!;
		expect(num(tls, 'y2')).toBe(tenth(y(0.40202)));
		// Falling: drawn as a grey "down" line.
		expect(tls.attrs.class).toMatch(/^down /);
	});

	it('labels each highlighted line on both sides, with its value', () => {
		// The left label, the right label, then the tooltip's text.
		const texts = elements(highlighted('Cambodia'), 'text');
		expect(texts.map((t) => t.text)).toEqual([
			'Cambodia 0.5056',
			'0.5754 Cambodia',
			'Cambodia: 0.5056 → 0.5754'
		]);
		expect(num(texts[0], 'x')).toBe(142);
		expect(texts[0].attrs['text-anchor']).toBe('end');
		expect(num(texts[1], 'x')).toBe(498);
		for (const name of ['Myanmar', 'Singapore'])
			expect(elements(highlighted(name), 'text')).toHaveLength(3);
	});

	it('draws the focus first in its own colour, thick, focusable and named', () => {
		const [first] = elements(body, 'g', { class: 'point' });
		expect(first.attrs).toMatchObject({
			tabindex: '0',
			role: 'img',
			'aria-label': 'Cambodia: 0.5056 in 2022, 0.5754 in 2024'
		});
		expect(elements(highlighted('Cambodia'), 'line')[0].attrs).toMatchObject({
			stroke: '#D55E00',
			'stroke-width': '3'
		});
	});

	it('pushes close labels apart on each side', () => {
		const side = (x: string) =>
			elements(body, 'text', { x })
				.map((t) => num(t, 'y'))
				.sort((a, b) => a - b);
		for (const ys of [side('142'), side('498')]) {
			expect(ys).toHaveLength(3);
			for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(14);
		}
		// Myanmar's 2022 label moved down from its value, below Cambodia's.
		const mmr = elements(highlighted('Myanmar'), 'text', { x: '142' })[0];
		expect(num(mmr, 'y')).toBeCloseTo(tenth(y(0.5056)) + 14, 6);
	});

	it('skips a highlighted key that has no line', () => {
		const html = render(SlopeChart, { props: { ...props, highlight: ['KHM', 'SSD'] } }).body;
		expect(elements(html, 'g', { class: 'point' })).toHaveLength(1);
		const thin = elements(html, 'line').filter((l) => /^(up|down) /.test(l.attrs.class ?? ''));
		expect(thin).toHaveLength(10);
	});
});
