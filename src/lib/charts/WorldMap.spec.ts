import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import WorldMap from './WorldMap.svelte';
import layout from './world-map-layout.json';
import type { MapCountry } from './world-map';

// A large state, a no-data state, a small state with a shape and one with none (Tuvalu).
const countries: MapCountry[] = [
	{
		iso3: 'KHM',
		isoNumeric: '116',
		name: 'Cambodia',
		fill: '#2b6a99',
		label: 'Cambodia: EGDI 0.5634',
		href: '/?focus=KHM'
	},
	{
		iso3: 'CAN',
		isoNumeric: '124',
		name: 'Canada',
		fill: null,
		label: 'Canada: no data',
		href: '/?focus=CAN'
	},
	{
		iso3: 'SGP',
		isoNumeric: '702',
		name: 'Singapore',
		fill: '#08306b',
		label: 'Singapore: EGDI 0.9691',
		href: '/?focus=SGP'
	},
	{ iso3: 'TUV', isoNumeric: '798', name: 'Tuvalu', fill: null, label: 'Tuvalu: no data' }
];

const props = { countries, title: 'EGDI 2024', description: 'EGDI by country.', focus: 'KHM' };
const body = render(WorldMap, { props }).body;

/** The markup of one country: from its `<title>` to the next country's. */
function countryMarkup(label: string): string {
	const start = body.indexOf(`<title>${label}</title>`);
	expect(start).toBeGreaterThan(-1);
	const next = body.indexOf('<title>', start + 1);
	return body.slice(start, next === -1 ? undefined : next);
}

describe('WorldMap', () => {
	it('matches the committed rendering', async () => {
		// One tag a line and no hydration markers, so a change shows up as a readable diff.
		const readable = body.replace(/<!--[^]*?-->/g, '').replace(/>\s*<(?!\/)/g, '>\n<');
		await expect(`${readable}\n`).toMatchFileSnapshot('./__snapshots__/WorldMap.svg');
	});

	it('names the chart and links each country', () => {
		expect(body).toMatch(/<svg[^>]* role="group" aria-labelledby="([^"]+)"/);
		expect(body).toContain('<title id="');
		expect(body).toContain('>EGDI 2024</title>');
		expect(body).toContain('>EGDI by country.</desc>');
		expect(body).toContain('<a href="/?focus=SGP" aria-label="Singapore: EGDI 0.9691"');
		expect(body).not.toContain('aria-label="Tuvalu');
	});

	it('is a plain image when nothing links', () => {
		const plain = countries.map((c) => ({ ...c, href: undefined }));
		const html = render(WorldMap, { props: { ...props, countries: plain } }).body;
		expect(html).toMatch(/<svg[^>]* role="img"/);
		expect(html).not.toContain('<a ');
	});

	it('draws every country as a shape, a symbol or both', () => {
		for (const id of ['116', '124', '702']) expect(body).toContain(`href="/world-map.svg#c${id}"`);
		expect(body).not.toContain('#c798');
		const symbols = [...body.matchAll(/<circle[^>]* cx="([\d.]+)" cy="([\d.]+)"/g)];
		expect(symbols.map((m) => [+m[1], +m[2]])).toEqual(
			['702', '798'].map((id) => {
				const p = layout.countries[id as keyof typeof layout.countries];
				return [p.x, p.y];
			})
		);
	});

	it('marks no-data countries with the hatch', () => {
		expect(countryMarkup('Canada: no data')).toMatch(
			/<use href="\/world-map.svg#c124" fill="url\(#world-map-no-data\)" class="[^"]*nodata/
		);
		expect(countryMarkup('Tuvalu: no data')).toMatch(/<circle class="[^"]*nodata[^"]*"/);
		expect(countryMarkup('Singapore: EGDI 0.9691')).not.toContain('nodata');
	});

	it('outlines the focus and draws it last', () => {
		expect(body).toMatch(
			/<a href="\/\?focus=KHM" aria-label="Cambodia: EGDI 0.5634" class="[^"]*focus/
		);
		expect(body.match(/class="[^"]*\bfocus\b/g)).toHaveLength(1);
		const order = ['Canada', 'Singapore', 'Tuvalu', 'Cambodia'].map((n) =>
			body.indexOf(`<title>${n}:`)
		);
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});
});
