import { describe, expect, it } from 'vitest';
import { BAND_COLOURS, LEVEL_COLOURS } from '$lib/charts/palette';
import { COUNTRIES, INDICATORS, KPI, OBSERVATIONS } from '$lib/server/__fixtures__/survey';
import {
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
			fill: LEVEL_COLOURS.High
		});
		expect(row(egdi, 'LAO')).toMatchObject({
			value: null,
			rank: null,
			previous: 0.375,
			change: null
		});
		expect(row(egdi, 'LAO').fill).toBeNull();
	});

	it('ranks other indicators by their values, in their direction, and colours them by band', () => {
		const osi = explorerRows(indicator('OSI'), COUNTRIES, view(), OBSERVATIONS, 'en', bound);
		expect(osi.filter((r) => r.rank !== null).map((r) => [r.iso3, r.rank])).toEqual([
			['KHM', 2],
			['VNM', 1]
		]);
		expect(row(osi, 'KHM')).toMatchObject({ legend: '0.50–0.75', fill: BAND_COLOURS[2] });
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
	it('shows the level groups for the EGDI and four bands of the range otherwise', () => {
		expect(legendOf(indicator('EGDI'), 'en', bound).map((l) => l.key)).toEqual([
			'Low',
			'Middle',
			'High',
			'Very High'
		]);
		expect(legendOf(KPI, 'en', bound).map((l) => l.label)).toEqual([
			'45.00–60.00',
			'30.00–45.00',
			'15.00–30.00',
			'0.00–15.00'
		]);
	});
});
