import { describe, expect, it } from 'vitest';
import { COUNTRIES, INDICATORS, OBSERVATIONS, YEARS } from '$lib/server/__fixtures__/survey';
import { shapeProfile, type ProfileRows } from './profile';
import { trendCharts } from './trend-charts';

const rows: ProfileRows = {
	countries: COUNTRIES,
	years: YEARS,
	indicators: INDICATORS,
	observations: OBSERVATIONS
};
const of = (iso3: string) => COUNTRIES.find((c) => c.iso3 === iso3)!;

describe('shapeProfile', () => {
	const p = shapeProfile(of('KHM'), rows, 'en');
	const chart = (code: string) => p.charts.find((c) => c.code === code)!;

	it('gives the latest edition, its EGDI, rank, level group and class', () => {
		expect(p).toMatchObject({
			latestYear: 2024,
			egdi: 0.5625,
			rank: 120,
			levelGroup: 'High',
			// The only High country of this made-up edition: the last quartile of its group.
			ratingClass: 'H1'
		});
		expect(p.rankHistory).toEqual([
			{ x: 2020, y: null },
			{ x: 2022, y: 127 },
			{ x: 2024, y: 120 }
		]);
	});

	it('draws every indicator the country has, beside the means of its region and the world', () => {
		expect(p.charts.map((c) => c.code)).toEqual(['EGDI', 'OSI', 'TII', 'HCI', 'EPI', 'KPI_WAIT']);
		expect(chart('EGDI').country.map((q) => q.y)).toEqual([null, 0.5, 0.5625]);
		expect(chart('EGDI').region.map((q) => q.y)).toEqual([0.9, 3.15 / 5, 3.0625 / 4]);
		expect(chart('EGDI').world.map((q) => q.y)).toEqual([0.9, 4.025 / 6, 3.9375 / 5]);
		// A national KPI keeps its own name, unit and range.
		expect(chart('KPI_WAIT')).toMatchObject({
			name: 'Days to register a business',
			unit: 'days',
			domain: [0, 60]
		});
		expect(chart('EGDI').name).toBe('E-Government Development Index');
	});

	it('compares each index of the latest edition with the region and the world', () => {
		expect(p.components.map((c) => [c.code, c.country, c.region, c.world])).toEqual([
			['EGDI', 0.5625, 3.0625 / 4, 3.9375 / 5],
			['OSI', 0.5, 0.625, 0.625],
			['TII', 0.625, 0.625, 0.625],
			['HCI', 0.5625, 0.5625, 0.5625],
			['EPI', 0.25, 0.25, 0.25]
		]);
	});

	it('places the country in its region', () => {
		expect(p.regionEgdi.map((r) => [r.key, r.value, r.rank])).toEqual([
			['JPN', 0.9375, 13],
			['THA', 0.8125, 52],
			['VNM', 0.75, 71],
			['KHM', 0.5625, 120]
		]);
		expect(p.positionInRegion).toBe(4);
	});

	it("gives each component's own change since the previous edition and its part of the EGDI's", () => {
		expect(p.change?.from).toBeTypeOf('number');
		for (const c of p.change?.components ?? []) {
			if (c.change !== null) expect(c.contribution).toBeCloseTo(c.change / 3, 12);
		}
	});

	it('names the countries of the region in the language', () => {
		const km = shapeProfile(of('KHM'), rows, 'km');
		expect(km.regionEgdi.at(-1)?.name).toBe('កម្ពុជា');
		expect(km.charts[0].name).not.toBe(p.charts[0].name);
	});

	it('shows only what a country has, from its own latest edition', () => {
		expect(shapeProfile(of('FRA'), rows, 'en').charts.map((c) => c.code)).toEqual(['EGDI']);
		// Not assessed in 2024: placed among its region in 2022.
		const lao = shapeProfile(of('LAO'), rows, 'en');
		expect(lao).toMatchObject({ latestYear: 2022, egdi: 0.375, positionInRegion: 5 });
		expect(lao.regionEgdi.map((r) => r.key)).toEqual(['JPN', 'THA', 'VNM', 'KHM', 'LAO']);
	});

	it('has no place nor chart for a country never assessed', () => {
		const without = { ...rows, observations: OBSERVATIONS.filter((o) => o.country !== 'FRA') };
		const fra = shapeProfile(of('FRA'), without, 'en');
		expect(fra).toMatchObject({ latestYear: null, egdi: null, positionInRegion: 0 });
		expect(fra.charts).toEqual([]);
		expect(fra.regionEgdi).toEqual([]);
		expect(fra.components.map((c) => c.country)).toEqual([null, null, null, null, null]);
	});
});

describe('the trend charts explored: countries added, views', () => {
	it('places the country within its sub-region as well as its region', () => {
		const p = shapeProfile(of('KHM'), rows, 'en');
		expect(p.positionInRegion).toBe(4);
		// Thailand and Viet Nam ahead in South-eastern Asia; Lao PDR not assessed in 2024.
		expect(p.subregion).toEqual({ position: 3, count: 3 });
		const fra = { ...rows, observations: OBSERVATIONS.filter((o) => o.country !== 'FRA') };
		expect(shapeProfile(of('FRA'), fra, 'en').subregion).toBeNull();
	});

	it('adds known countries other than its own, in every chart and the rank', () => {
		const p = shapeProfile(of('KHM'), rows, 'en', { others: ['VNM', 'KHM', 'XXX', 'THA'] });
		const egdi = p.charts.find((c) => c.code === 'EGDI')!;
		expect(egdi.others.map((o) => o.name)).toEqual(['Viet Nam', 'Thailand']);
		expect(egdi.others[0].points.map((pt) => pt.y)).toEqual([null, 0.625, 0.75]);
		expect(p.rankOthers.map((o) => o.points.map((pt) => pt.y))).toEqual([
			[null, 86, 71],
			[null, 55, 52]
		]);
	});

	it('measures every line from the same edition, the country’s first with a value', () => {
		const p = shapeProfile(of('KHM'), rows, 'en', {
			others: ['VNM'],
			view: { view: 'change', since: 2020 }
		});
		const egdi = p.charts.find((c) => c.code === 'EGDI')!;
		// Cambodia has no 2020 value here: the chart starts in 2022 and says so.
		expect(egdi).toMatchObject({ view: 'change', base: 2022, caption: 'change since 2022' });
		expect(egdi.country).toEqual([
			{ x: 2022, y: 0 },
			{ x: 2024, y: 0.0625 }
		]);
		expect(egdi.others[0].points).toEqual([
			{ x: 2022, y: 0 },
			{ x: 2024, y: 0.125 }
		]);
		expect(egdi.domain[0]).toBe(0);
		expect(egdi.domain[1]).toBeGreaterThan(0.125);
		const index = shapeProfile(of('KHM'), rows, 'km', { view: { view: 'index', since: 2022 } });
		expect(index.charts[0].country.map((pt) => pt.y)).toEqual([100, 112.5]);
		expect(index.charts[0].caption).toBe('សន្ទស្សន៍ ឆ្នាំ 2022 = 100');
	});

	it('shapes each chart’s lines, legend and table in the order shown, words written', () => {
		const p = shapeProfile(of('KHM'), rows, 'en', {
			others: ['VNM'],
			view: { view: 'index', since: 2022 }
		});
		const charts = trendCharts(p, { country: 'Cambodia', iso3: 'KHM', region: 'Asia' }, 'en');
		const egdi = charts[0];
		expect(egdi.title).toMatch(/\(EGDI\) — index, 2022 = 100$/);
		expect(egdi.legend.map((l) => l.label)).toEqual([
			'Cambodia',
			'Viet Nam',
			'Asia mean',
			'World mean'
		]);
		// Drawn the other way round: Cambodia last, on top.
		expect(egdi.lines.at(-1)).toMatchObject({ key: 'country', colour: '#D55E00', emphasis: true });
		expect(egdi.columns.map((c) => c.label)).toEqual([
			'Edition',
			'Cambodia',
			'Viet Nam',
			'Asia mean',
			'World mean'
		]);
		expect(egdi.rows[1]).toMatchObject({ year: 2024, country: '112.5', VNM: '120.0' });
		expect(egdi).toMatchObject({ origin: 100, fileName: 'KHM-EGDI-index-2022' });
		const rank = charts.at(-1)!;
		expect(rank).toMatchObject({ code: 'RANK', invert: true, view: 'value', origin: null });
		expect(rank.legend.map((l) => l.label)).toEqual(['Cambodia', 'Viet Nam']);
		expect(rank.rows.at(-1)).toEqual({ year: 2024, rank: 120, VNM: 71 });
		expect(rank.point).toBe('{name} {year}: rank {value}');
	});
});
