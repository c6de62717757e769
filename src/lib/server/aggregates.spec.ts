import { describe, expect, it } from 'vitest';
import { COUNTRIES, rowsOf } from './__fixtures__/survey';
import { aggregate } from './aggregates';

const egdi2024 = rowsOf({ indicator: 'EGDI' }).filter((o) => o.year === 2024);

describe('aggregate', () => {
	it('summarises one edition per region, values missing left out', () => {
		expect(aggregate(egdi2024, COUNTRIES, 'region')).toEqual([
			{
				group: 'Asia',
				mean: 3.0625 / 4,
				median: 0.78125,
				min: 0.5625,
				max: 0.9375,
				n: 4,
				members: 5
			},
			{ group: 'Europe', mean: 0.875, median: 0.875, min: 0.875, max: 0.875, n: 1, members: 1 }
		]);
	});

	it('by custom group, income group and the world', () => {
		expect(aggregate(egdi2024, COUNTRIES, 'group').map((g) => [g.group, g.n])).toEqual([
			['ASEAN', 3],
			['LDC', 1],
			['LLDC', 0]
		]);
		expect(aggregate(egdi2024, COUNTRIES, 'income').map((g) => g.group)).toEqual([
			'High',
			'Lower-Middle',
			'Upper-Middle'
		]);
		expect(aggregate(egdi2024, COUNTRIES, 'world')).toMatchObject([{ group: 'World', n: 5 }]);
	});

	it('leaves out the rows of countries it is not given', () => {
		const asia = COUNTRIES.filter((c) => c.region === 'Asia');
		expect(aggregate(egdi2024, asia, 'world')).toMatchObject([{ group: 'World', n: 4 }]);
	});

	it("counts each edition's members of a dated group: Viet Nam here left the LDCs in December 2023", () => {
		const egdi = rowsOf({ indicator: 'EGDI' });
		const ldc = (year: number) =>
			aggregate(
				egdi.filter((o) => o.year === year),
				COUNTRIES,
				'ldc'
			);
		// 2022: Cambodia 0.5, Lao PDR 0.375, Viet Nam 0.625.
		expect(ldc(2022)).toEqual([
			{ group: 'LDC', mean: 0.5, median: 0.5, min: 0.375, max: 0.625, n: 3, members: 3 }
		]);
		// 2024: Cambodia 0.5625; Lao PDR not assessed; Viet Nam no longer a member.
		expect(ldc(2024)).toEqual([
			{ group: 'LDC', mean: 0.5625, median: 0.5625, min: 0.5625, max: 0.5625, n: 1, members: 2 }
		]);
		expect(aggregate(egdi2024, COUNTRIES, 'lldc')).toMatchObject([{ group: 'LLDC', members: 1 }]);
		expect(aggregate(egdi2024, COUNTRIES, 'sids')).toEqual([]);
	});
});
