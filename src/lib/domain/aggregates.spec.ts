import { describe, expect, it } from 'vitest';
import { summarize, summarizeBy } from './aggregates';

describe('summarize', () => {
	it('ignores missing values', () => {
		expect(summarize([0.2, null, 0.4, undefined, NaN, 0.9])).toEqual({
			mean: 0.5,
			median: 0.4,
			min: 0.2,
			max: 0.9,
			n: 3
		});
	});

	it('takes the middle two for an even count', () => {
		expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
	});

	it('keeps real zeros', () => {
		expect(summarize([0, 0, 1])).toMatchObject({ min: 0, n: 3 });
	});

	it('is empty with no values', () => {
		expect(summarize([null])).toEqual({ mean: null, median: null, min: null, max: null, n: 0 });
	});
});

describe('summarizeBy', () => {
	const rows = [
		{ groups: ['Asia', 'ASEAN'], value: 0.5 },
		{ groups: ['Asia'], value: 0.7 },
		{ groups: ['Europe'], value: null },
		{ groups: [], value: 0.1 }
	];

	it('summarises each group, a row counting in every group it belongs to', () => {
		const result = summarizeBy(
			rows,
			(r) => r.groups,
			(r) => r.value
		);
		expect(result.map((g) => [g.group, g.n, g.mean, g.members])).toEqual([
			['ASEAN', 1, 0.5, 1],
			['Asia', 2, 0.6, 2],
			['Europe', 0, null, 1]
		]);
	});
});
