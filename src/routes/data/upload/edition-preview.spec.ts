import { describe, expect, it } from 'vitest';
import { shapeEditionPreview } from './edition-preview';

const row = (country: string, previousRank: number | null, rank: number | null) => ({
	country,
	previousValue: previousRank === null ? null : 1 - previousRank / 200,
	previousRank,
	value: rank === null ? null : 1 - rank / 200,
	rank
});

const comparison = {
	year: 2026,
	previousYear: 2024,
	rows: [
		row('KHM', 120, 112),
		row('VNM', 71, 71),
		row('THA', 52, 60),
		row('LAO', 153, 150),
		row('AAA', 10, 1),
		row('BBB', 1, 30),
		row('CCC', 30, 31),
		row('NEW', null, 90),
		row('GONE', 40, null)
	]
};

describe('shapeEditionPreview', () => {
	it('puts the focus country first, then its peers in the order given', () => {
		const preview = shapeEditionPreview(comparison, 'KHM', ['VNM', 'KHM', 'THA', 'LAO', 'XXX']);
		expect(preview.peers.map((r) => [r.country, r.previousRank, r.rank, r.move])).toEqual([
			['KHM', 120, 112, 8],
			['VNM', 71, 71, 0],
			['THA', 52, 60, -8],
			['LAO', 153, 150, 3]
		]);
		expect(preview).toMatchObject({ year: 2026, previousYear: 2024, focus: 'KHM' });
	});

	it('lists the largest movers each way, leaving out countries without both ranks', () => {
		const preview = shapeEditionPreview(comparison, 'KHM', [], 3);
		expect(preview.up.map((r) => [r.country, r.move])).toEqual([
			['AAA', 9],
			['KHM', 8],
			['LAO', 3]
		]);
		expect(preview.down.map((r) => [r.country, r.move])).toEqual([
			['BBB', -29],
			['THA', -8],
			['CCC', -1]
		]);
	});
});
