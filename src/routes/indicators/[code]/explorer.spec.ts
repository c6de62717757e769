import { describe, expect, it } from 'vitest';
import { MAP_COLOURS } from '$lib/charts/palette';
import { COUNTRIES, INDICATORS, KPI, OBSERVATIONS } from '$lib/server/__fixtures__/survey';
import {
	editionLinks,
	explorerRows,
	filterChoices,
	legendOf,
	readView,
	tableRows,
	type ExplorerView
} from './explorer';

const indicator = (code: string) => INDICATORS.find((i) => i.code === code)!;
const bound = (v: number) => v.toFixed(2);
/** Editions newest first, as `yearsOf` gives them. */
const YEARS = [2024, 2022, 2020];
const choices = { ...filterChoices(COUNTRIES), groups: ['LDC', 'LLDC', 'ASEAN'] };
const view = (query = '') => readView(new URLSearchParams(query), YEARS, choices, 'KHM')!;

describe('filterChoices', () => {
	it('offers the regions and the income groups countries have, richest first', () => {
		expect(filterChoices(COUNTRIES)).toEqual({
			regions: ['Asia', 'Europe'],
			incomes: ['High', 'Upper-Middle', 'Lower-Middle']
		});
	});
});

describe('readView', () => {
	it('opens on the latest edition compared with the one before, ranked', () => {
		expect(view()).toEqual({
			year: 2024,
			from: 2022,
			region: '',
			income: '',
			group: '',
			q: '',
			sort: 'rank',
			dir: 'asc',
			focus: 'KHM'
		});
	});

	it('takes what the URL asks for when it exists, and ignores the rest', () => {
		expect(
			view('year=2022&from=2020&region=Europe&income=High&group=ASEAN&sort=name&dir=desc')
		).toMatchObject({
			year: 2022,
			from: 2020,
			region: 'Europe',
			income: 'High',
			group: 'ASEAN',
			sort: 'name',
			dir: 'desc'
		});
		expect(
			view('year=1999&from=2023&region=Mars&income=Rich&group=G7&sort=size&dir=up')
		).toMatchObject({
			year: 2024,
			from: 2022,
			region: '',
			income: '',
			group: '',
			sort: 'rank',
			dir: 'asc'
		});
	});

	it('sorts values and changes largest first unless told, and has nothing before the first edition', () => {
		expect(view('sort=change').dir).toBe('desc');
		expect(view('sort=value&dir=asc').dir).toBe('asc');
		expect(view('year=2020').from).toBeNull();
		expect(view(`q=${'x'.repeat(100)}`).q).toHaveLength(60);
	});

	it('is null for an indicator without editions', () => {
		expect(readView(new URLSearchParams(), [], choices, 'KHM')).toBeNull();
	});
});

describe('explorerRows', () => {
	const egdi = explorerRows(indicator('EGDI'), COUNTRIES, view(), OBSERVATIONS, 'en', bound);
	const row = (rows: typeof egdi, iso3: string) => rows.find((r) => r.iso3 === iso3)!;

	it('gives every country its value, published rank, change and level group', () => {
		expect(egdi.map((r) => r.iso3)).toEqual(COUNTRIES.map((c) => c.iso3));
		expect(row(egdi, 'KHM')).toEqual({
			iso3: 'KHM',
			isoNumeric: '116',
			name: 'Cambodia',
			region: 'Asia',
			subregion: 'South-eastern Asia',
			income: 'Lower-Middle',
			value: 0.5625,
			rank: 120,
			previous: 0.5,
			change: 0.0625,
			legend: 'High',
			// 0.5625 is in the sixth step of ten, 0.50–0.60.
			fill: MAP_COLOURS[5]
		});
		expect(row(egdi, 'LAO')).toMatchObject({
			value: null,
			rank: null,
			previous: 0.375,
			change: null
		});
		expect(row(egdi, 'LAO').fill).toBeNull();
	});

	it('ranks other indicators by their values, in their direction, and shades them by class', () => {
		const osi = explorerRows(indicator('OSI'), COUNTRIES, view(), OBSERVATIONS, 'en', bound);
		expect(osi.filter((r) => r.rank !== null).map((r) => [r.iso3, r.rank])).toEqual([
			['KHM', 2],
			['VNM', 1]
		]);
		const khm = row(osi, 'KHM');
		expect(khm.value).toBeGreaterThanOrEqual(0.5);
		expect(khm.value).toBeLessThan(0.6);
		expect(khm).toMatchObject({ legend: '0.50–0.60', fill: MAP_COLOURS[5] });
		const kpi = explorerRows(KPI, COUNTRIES, view(), OBSERVATIONS, 'en', bound);
		expect(row(kpi, 'VNM').rank).toBe(1);
		expect(row(kpi, 'KHM')).toMatchObject({ rank: 2, change: -9 });
	});

	it('writes a change without the noise of the subtraction', () => {
		const rows = [
			{ indicator: 'EGDI', year: 2024, country: 'KHM', value: 0.5754, rank: 120 },
			{ indicator: 'EGDI', year: 2022, country: 'KHM', value: 0.5056, rank: 127 }
		];
		const [khm] = explorerRows(indicator('EGDI'), COUNTRIES, view(), rows, 'en', bound);
		expect(khm.change).toBe(0.0698);
	});

	it('compares with nothing when the view has no earlier edition', () => {
		const first = explorerRows(
			indicator('EGDI'),
			COUNTRIES,
			view('year=2020'),
			OBSERVATIONS,
			'en',
			bound
		);
		expect(row(first, 'JPN')).toMatchObject({ value: 0.9, previous: null, change: null });
	});
});

describe('tableRows', () => {
	const rows = explorerRows(indicator('EGDI'), COUNTRIES, view(), OBSERVATIONS, 'en', bound);
	const byCode = new Map(COUNTRIES.map((c) => [c.iso3, c]));
	const table = (query: string) =>
		tableRows(rows, byCode, view(query) as ExplorerView, 'en').map((r) => r.iso3);

	it('sorts by rank, missing values last whatever the direction', () => {
		expect(table('')).toEqual(['JPN', 'FRA', 'THA', 'VNM', 'KHM', 'LAO']);
		expect(table('dir=desc')).toEqual(['KHM', 'VNM', 'THA', 'FRA', 'JPN', 'LAO']);
		// Equal changes go by name.
		expect(table('sort=change')).toEqual(['VNM', 'KHM', 'THA', 'JPN', 'FRA', 'LAO']);
	});

	it('filters by region, income group, custom group and name', () => {
		expect(table('region=Europe')).toEqual(['FRA']);
		expect(table('income=Lower-Middle')).toEqual(['VNM', 'KHM', 'LAO']);
		expect(table('group=ASEAN&sort=name')).toEqual(['KHM', 'LAO', 'THA', 'VNM']);
		expect(table('q=viet')).toEqual(['VNM']);
		expect(table('q=fra')).toEqual(['FRA']);
	});

	it("filters a dated group by the view's edition: Viet Nam here left the LDCs in 2023", () => {
		expect(table('group=LDC&sort=name')).toEqual(['KHM', 'LAO']);
		const rows2022 = explorerRows(
			indicator('EGDI'),
			COUNTRIES,
			view('year=2022'),
			OBSERVATIONS,
			'en',
			bound
		);
		expect(
			tableRows(rows2022, byCode, view('year=2022&group=LDC&sort=name'), 'en').map((r) => r.iso3)
		).toEqual(['KHM', 'LAO', 'VNM']);
	});

	it('finds a country by the names the import knows, whatever the spacing', () => {
		const aliases = new Map([
			['VNM', ['Vietnam']],
			['LAO', ['Laos', 'Lao PDR']]
		]);
		const search = (q: string) =>
			tableRows(rows, byCode, view(`q=${q}`), 'en', aliases).map((r) => r.iso3);
		expect(search('Vietnam')).toEqual(['VNM']);
		expect(search('laos')).toEqual(['LAO']);
		expect(search('lao pdr')).toEqual(['LAO']);
		expect(search('khm')).toEqual(['KHM']);
	});
});

describe('legendOf', () => {
	it("is the map's ten classes over the indicator's range, lowest first", () => {
		const egdi = legendOf(indicator('EGDI'), bound);
		expect(egdi.map((l) => l.label)).toEqual([
			'0.00–0.10',
			'0.10–0.20',
			'0.20–0.30',
			'0.30–0.40',
			'0.40–0.50',
			'0.50–0.60',
			'0.60–0.70',
			'0.70–0.80',
			'0.80–0.90',
			'0.90–1.00'
		]);
		expect(egdi.map((l) => l.colour)).toEqual(MAP_COLOURS);
		const kpi = legendOf(KPI, bound).map((l) => l.label);
		expect([kpi[0], kpi[9]]).toEqual(['0.00–6.00', '54.00–60.00']);
	});

	it('puts a value on a boundary in the class above, and values past the range at its ends', () => {
		const shade = (value: number) =>
			explorerRows(
				indicator('EGDI'),
				COUNTRIES.slice(0, 1),
				view(),
				[{ indicator: 'EGDI', year: 2024, country: COUNTRIES[0].iso3, value, rank: 1 }],
				'en',
				bound
			)[0].fill;
		expect(shade(0.3)).toBe(MAP_COLOURS[3]);
		expect(shade(0.29999)).toBe(MAP_COLOURS[2]);
		expect(shade(0)).toBe(MAP_COLOURS[0]);
		expect(shade(1)).toBe(MAP_COLOURS[9]);
		expect(shade(1.2)).toBe(MAP_COLOURS[9]);
	});
});

describe('editionLinks', () => {
	const links = editionLinks(
		new URLSearchParams('year=2022&from=2020&country=VNM&region=Asia&sort=value'),
		YEARS,
		'EGDI'
	);

	it('links every edition, oldest first, to the map, changing only the edition', () => {
		expect(links.map((l) => l.year)).toEqual([2020, 2022, 2024]);
		const q = new URLSearchParams(links[2].query);
		expect(Object.fromEntries(q)).toEqual({
			year: '2024',
			from: '2020',
			country: 'VNM',
			region: 'Asia',
			sort: 'value'
		});
		expect(links[2].href).toBe(`${links[2].query}#chart-EGDI-2024-map`);
	});

	it('drops a compared edition that is not earlier than the one shown', () => {
		expect(new URLSearchParams(links[0].query).has('from')).toBe(false);
		expect(new URLSearchParams(links[1].query).get('from')).toBe('2020');
	});
});
