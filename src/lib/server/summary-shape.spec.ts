import { describe, expect, it } from 'vitest';
import { COUNTRIES, rowsOf, YEARS } from '$lib/server/__fixtures__/survey';
import { shapeSummary, type SummaryRows } from './summary-shape';

const rows = (iso3: string): SummaryRows => ({
	countries: COUNTRIES,
	years: YEARS,
	focus: rowsOf({ countries: [iso3] }),
	egdi: rowsOf({ indicator: 'EGDI' })
});
const en = { locale: 'en' as const, peerGroup: 'ASEAN' };

describe('shapeSummary', () => {
	const s = shapeSummary('KHM', rows('KHM'), en);

	it('gives the latest edition, its EGDI, rank, group, class and the change since the one before', () => {
		expect(s.country).toEqual({
			iso3: 'KHM',
			name: 'Cambodia',
			region: 'Asia',
			subregion: 'South-eastern Asia'
		});
		expect(s).toMatchObject({ latestYear: 2024, egdi: 0.5625, rank: 120, levelGroup: 'High' });
		// Cambodia is the only High country of this made-up edition: its quartile is the last, H1.
		// The next class with a country is V1, whose lowest country is Viet Nam (0.75).
		expect(s.ratingClass).toMatchObject({ code: 'H1', ruleCode: 'H1' });
		expect(s.nextClass?.next).toMatchObject({ code: 'V1', min: 0.75 });
		expect(s.nextClass?.distance).toBe(0.1875);
		expect(s.classes.find((c) => c.code === 'VH')).toMatchObject({ count: 1, min: 0.9375 });
		expect(s.change).toMatchObject({ from: 2022, to: 2024, egdi: 0.0625, rankPlaces: 7 });
	});

	it('counts the countries assessed in that edition, not those listed without a value', () => {
		expect(s.ranked).toBe(5);
	});

	it('compares with its UN groups, sub-region, region, world and peer group, each of the edition', () => {
		const means = Object.fromEntries(s.comparisons.map((c) => [c.kind, [c.group, c.mean, c.n]]));
		// LDCs of 2024: Cambodia, and Lao PDR not assessed; Viet Nam left the group in 2023.
		expect(means.ldc).toEqual(['Least developed countries', 0.5625, 1]);
		expect(means.region).toEqual(['Asia', (0.5625 + 0.8125 + 0.75 + 0.9375) / 4, 4]);
		expect(means.world).toEqual(['World', 3.9375 / 5, 5]);
		expect(s.comparisons.map((c) => c.kind)).toEqual(['ldc', 'subregion', 'region', 'world']);
	});

	it('shows groups of the very same countries once, with both names', () => {
		// Here ASEAN's assessed members of 2024 are exactly South-eastern Asia's (Cambodia,
		// Thailand, Viet Nam): one bar, not two identical ones.
		const same = s.comparisons.find((c) => c.kind === 'subregion')!;
		expect(same.group).toBe('South-eastern Asia = ASEAN');
		expect(same.groups.map((g) => g.name)).toEqual(['South-eastern Asia', 'ASEAN']);
		expect([same.mean, same.n]).toEqual([(0.5625 + 0.8125 + 0.75) / 3, 3]);
	});

	it('ranks the peers by their latest rank, each with its own last two editions', () => {
		expect(s.peerGroup).toBe('ASEAN');
		expect(s.peers.map((p) => [p.iso3, p.year, p.rank, p.egdiChange, p.rankPlaces])).toEqual([
			['THA', 2024, 52, 0.0625, 3],
			['VNM', 2024, 71, 0.125, 15],
			['KHM', 2024, 120, 0.0625, 7],
			// Not assessed in 2024: its latest edition with a value is 2022.
			['LAO', 2022, 159, null, null]
		]);
		expect(s.peers[0].ratingClass).toBe('V2');
	});

	it('draws the EGDI and its components over every edition, with gaps', () => {
		expect(s.trend.map((t) => t.code)).toEqual(['EGDI', 'OSI', 'TII', 'HCI']);
		expect(s.trend[0].name).toBe('E-Government Development Index');
		expect(s.trend[0].points).toEqual([
			{ x: 2020, y: null },
			{ x: 2022, y: 0.5 },
			{ x: 2024, y: 0.5625 }
		]);
	});

	it('takes its peer group from the settings and its names from the language', () => {
		const km = shapeSummary('KHM', rows('KHM'), { locale: 'km', peerGroup: 'NONE' });
		expect(km.country.name).toBe('កម្ពុជា');
		expect(km.peers.map((p) => p.iso3)).toEqual(['KHM']);
		expect(km.comparisons.map((c) => c.kind)).toEqual(['ldc', 'subregion', 'region', 'world']);
		expect(km.comparisons[0].group).toBe('ប្រទេសមានការអភិវឌ្ឍន៍តិចតួចបំផុត');
		expect(km.trend[0].name).not.toBe(s.trend[0].name);
	});

	it('has nothing to compare for a country never assessed', () => {
		const none = shapeSummary('FRA', { ...rows('FRA'), focus: [] }, en);
		expect(none).toMatchObject({
			latestYear: null,
			egdi: null,
			rank: null,
			ranked: 0,
			change: null
		});
		expect(none.comparisons).toEqual([]);
		expect(none.trend[0].points.every((p) => p.y === null)).toBe(true);
	});
});
