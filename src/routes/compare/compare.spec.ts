import { describe, expect, it } from 'vitest';
import { FOCUS_COLOUR, OTHER_COLOURS } from '$lib/charts/palette';
import {
	COUNTRIES,
	EDITIONS,
	INDICATORS,
	OBSERVATIONS,
	rowsOf
} from '$lib/server/__fixtures__/survey';
import {
	addAverages,
	averageChoices,
	latestEgdiYear,
	readAverages,
	shapeComparison,
	type ComparisonRows
} from './compare';

const rows = (codes: string[]): ComparisonRows => ({
	countries: COUNTRIES.map(({ iso3, name }) => ({ iso3, name })),
	indicators: INDICATORS,
	observations: rowsOf({ countries: codes }),
	editions: EDITIONS,
	latestEgdi: rowsOf({ indicator: 'EGDI' }).filter((o) => o.year === 2024)
});

describe('shapeComparison', () => {
	const c = shapeComparison(['KHM', 'VNM'], rows(['KHM', 'VNM']), 'en');
	const chart = (code: string) => c.charts.find((ch) => ch.code === code)!;

	it('styles each selected country by its position, named in the language', () => {
		expect(c.countries.map((s) => [s.iso3, s.name, s.colour])).toEqual([
			['KHM', 'Cambodia', OTHER_COLOURS[0]],
			['VNM', 'Viet Nam', OTHER_COLOURS[1]]
		]);
		const km = shapeComparison(['KHM'], rows(['KHM']), 'km');
		expect(km.countries[0].name).toBe('កម្ពុជា');
	});

	it('draws the focus country in its own colour wherever it stands, the others in order', () => {
		const focused = shapeComparison(
			['VNM', 'KHM', 'THA'],
			rows(['VNM', 'KHM', 'THA']),
			'en',
			'KHM'
		);
		expect(focused.countries.map((s) => s.colour)).toEqual([
			OTHER_COLOURS[0],
			FOCUS_COLOUR,
			OTHER_COLOURS[1]
		]);
		expect(OTHER_COLOURS).not.toContain(FOCUS_COLOUR);
		expect(focused.charts[0].series.find((s) => s.key === 'KHM')?.colour).toBe(FOCUS_COLOUR);
	});

	it('draws one chart per indicator with a value, the EGDI rank right after the EGDI', () => {
		expect(c.charts.map((ch) => ch.code)).toEqual([
			'EGDI',
			'RANK',
			'OSI',
			'TII',
			'HCI',
			'EPI',
			'KPI_WAIT'
		]);
	});

	it("spans each indicator's own editions, with gaps where a country has no value", () => {
		expect(chart('EGDI').years).toEqual([2020, 2022, 2024]);
		expect(chart('EGDI').series.map((s) => s.points.map((p) => p.y))).toEqual([
			[null, 0.5, 0.5625],
			[null, 0.625, 0.75]
		]);
		expect(chart('OSI').years).toEqual([2022, 2024]);
		expect(chart('OSI').series[1].points).toEqual([
			{ x: 2022, y: null },
			{ x: 2024, y: 0.75 }
		]);
	});

	it('keeps published ranges and widens them for the data; ranks run from 1, inverted', () => {
		expect(chart('EGDI').yDomain).toEqual([0, 1]);
		expect(chart('KPI_WAIT').yDomain).toEqual([0, 60]);
		expect(chart('RANK')).toMatchObject({ invert: true, higherIsBetter: false, yDomain: [1, 127] });
	});

	it("names the best and worst of the latest edition by the indicator's direction", () => {
		expect(chart('EGDI').latest).toEqual({
			year: 2024,
			best: { name: 'Viet Nam', value: 0.75 },
			worst: { name: 'Cambodia', value: 0.5625 }
		});
		// Fewer days is better.
		expect(chart('KPI_WAIT').latest).toEqual({
			year: 2024,
			best: { name: 'Viet Nam', value: 12 },
			worst: { name: 'Cambodia', value: 22 }
		});
	});

	it('sums up the latest EGDI edition: ranked countries, values and who leads by how much', () => {
		expect(c.latest?.year).toBe(2024);
		expect(c.latest?.ranked).toBe(5);
		expect(c.latest?.rows.map((r) => [r.iso3, r.values.EGDI, r.values.EPI, r.rank])).toEqual([
			['KHM', 0.5625, 0.25, 120],
			['VNM', 0.75, null, 71]
		]);
		expect(c.latest?.lead).toEqual({
			leaders: ['Viet Nam'],
			egdi: 0.75,
			rank: 71,
			next: { name: 'Cambodia', value: 0.5625, gap: 0.1875 },
			last: null,
			missing: []
		});
	});

	it('leaves out the indicators no selected country has', () => {
		const europe = shapeComparison(['FRA', 'JPN'], rows(['FRA', 'JPN']), 'en');
		expect(europe.charts.map((ch) => ch.code)).toEqual(['EGDI', 'RANK']);
	});

	it('has no latest edition without any EGDI edition', () => {
		const empty = shapeComparison(
			['KHM'],
			{ ...rows(['KHM']), editions: [], observations: [] },
			'en'
		);
		expect(empty).toMatchObject({ charts: [], latest: null });
	});
});

describe('latestEgdiYear', () => {
	it('is the latest year with EGDI rows, whatever other indicators hold', () => {
		expect(latestEgdiYear(EDITIONS)).toBe(2024);
		expect(latestEgdiYear([{ indicator: 'KPI_WAIT', year: 2030 }, ...EDITIONS])).toBe(2024);
		expect(latestEgdiYear([])).toBeUndefined();
	});
});

describe('group averages', () => {
	it('reads the averages asked for, known ones only, in a fixed order', () => {
		expect(readAverages('sids,LDC,planet')).toEqual(['LDC', 'SIDS']);
		expect(readAverages(null)).toEqual([]);
	});

	it("adds each average to the indicators' charts with each edition's members, not to the rank", () => {
		const { charts } = shapeComparison(['KHM'], rows(['KHM']), 'en');
		const legend = addAverages(
			charts,
			['WORLD', 'LDC'],
			{ countries: COUNTRIES, observations: OBSERVATIONS },
			'en'
		);
		expect(legend.map((a) => a.label)).toEqual([
			'World average',
			'Least developed countries average'
		]);
		const egdi = charts.find((c) => c.code === 'EGDI')!;
		const ldc = egdi.series.find((s) => s.key === 'avg-LDC')!;
		// 2022: Cambodia 0.5, Lao PDR 0.375 and Viet Nam 0.625 (an LDC until 2023 here); 2024:
		// Cambodia alone (Lao PDR not assessed, Viet Nam no longer a member).
		expect(ldc.points).toEqual([
			{ x: 2020, y: null },
			{ x: 2022, y: 0.5 },
			{ x: 2024, y: 0.5625 }
		]);
		expect(egdi.series.find((s) => s.key === 'avg-WORLD')!.points.at(-1)).toEqual({
			x: 2024,
			y: 3.9375 / 5
		});
		expect(charts.find((c) => c.code === 'RANK')!.series.map((s) => s.key)).toEqual(['KHM']);
	});

	it('offers the user-defined groups after the world, and reads them in that order', () => {
		const choices = averageChoices(['ASEAN', 'LDC', 'LLDC', 'SIDS']);
		expect(choices).toEqual(['WORLD', 'ASEAN', 'LDC', 'LLDC', 'SIDS']);
		expect(readAverages('ldc,asean', choices)).toEqual(['ASEAN', 'LDC']);
		// Not a group of the data: left out.
		expect(readAverages('ASEAN', ['WORLD', 'LDC'])).toEqual([]);
	});

	it("draws a user-defined group's average, and gives each average's latest values for the bars", () => {
		const { charts } = shapeComparison(['KHM', 'THA'], rows(['KHM', 'THA']), 'en');
		const [asean] = addAverages(
			charts,
			['ASEAN'],
			{ countries: COUNTRIES, observations: OBSERVATIONS },
			'km',
			2024
		);
		expect(asean).toMatchObject({ code: 'ASEAN', key: 'avg-ASEAN', short: 'ASEAN' });
		expect(asean.label).toBe('មធ្យមភាគASEAN');
		// 2024: Cambodia 0.5625, Thailand 0.8125, Viet Nam 0.75 (Lao PDR not assessed).
		expect(asean.latest.EGDI).toBeCloseTo(2.125 / 3);
		expect(asean.latest.OSI).toBe(0.625);
		expect(asean.latest.EPI).toBe(0.25);
		const egdi = charts.find((c) => c.code === 'EGDI')!;
		expect(egdi.series.map((s) => s.key)).toEqual(['KHM', 'THA', 'avg-ASEAN']);
	});
});

describe('a whole group', () => {
	it('gives twelve countries twelve distinct styles, orange for the focus country alone', () => {
		const codes = ['KHM', 'FRA', 'JPN', 'LAO', 'THA', 'VNM', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6'];
		const { countries } = shapeComparison(codes, rows(codes), 'en', 'KHM');
		const styles = countries.map((c) => `${c.colour} ${c.dash} ${c.shape}`);
		expect(new Set(styles).size).toBe(12);
		expect(countries.filter((c) => c.colour === FOCUS_COLOUR).map((c) => c.iso3)).toEqual(['KHM']);
	});
});
