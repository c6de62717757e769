import { describe, expect, it } from 'vitest';
import { rateObservations } from './observation-rows';

const row = (
	indicator: string,
	year: number,
	country: string,
	value: number | null,
	rank: number | null = null
) => ({
	indicator,
	year,
	country,
	value,
	rank
});

describe('rateObservations', () => {
	// EPI 2020 (UN 2020 file): Estonia, the Republic of Korea and the United States at 1.0000.
	const rows = [
		row('EPI', 2020, 'EST', 1),
		row('EPI', 2020, 'KOR', 1),
		row('EPI', 2020, 'USA', 1),
		row('EPI', 2020, 'JPN', 0.9881),
		row('EPI', 2020, 'XXX', null),
		row('EGDI', 2020, 'DNK', 0.9758, 1),
		row('EGDI', 2020, 'KHM', 0.5113, 124),
		row('EGDI', 2018, 'DNK', 0.915, 1)
	];
	const rated = rateObservations(rows);

	it('ranks every indicator by competition ranking, ties sharing a rank, the next skipping', () => {
		expect(rated.filter((r) => r.indicator === 'EPI').map((r) => r.computedRank)).toEqual([
			1,
			1,
			1,
			4,
			null
		]);
		expect(rated.filter((r) => r.indicator === 'EPI').every((r) => r.rank === null)).toBe(true);
	});

	it('keeps the published rank beside the computed one', () => {
		expect(rated.find((r) => r.country === 'KHM')).toMatchObject({ rank: 124, computedRank: 2 });
	});

	it('gives the EGDI its level group and, from 2020, its rating class', () => {
		expect(rated.find((r) => r.country === 'KHM')).toMatchObject({
			levelGroup: 'High',
			ratingClass: 'H1',
			ratingClassRule: 'H1'
		});
		expect(rated.find((r) => r.year === 2018)).toMatchObject({
			levelGroup: 'Very High',
			ratingClass: null
		});
		expect(rated.find((r) => r.country === 'JPN')).toMatchObject({
			levelGroup: null,
			ratingClass: null
		});
	});

	it('ranks lowest first an indicator where lower is better, in the order given', () => {
		const kpi = rateObservations(
			[row('KPI', 2024, 'A', 30), row('KPI', 2024, 'B', 12)],
			(code) => code !== 'KPI'
		);
		expect(kpi.map((r) => [r.country, r.computedRank])).toEqual([
			['A', 2],
			['B', 1]
		]);
	});
});
