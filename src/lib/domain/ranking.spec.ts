import { describe, expect, it } from 'vitest';
import { bandOf, rankValues, valueBands } from './ranking';

describe('rankValues', () => {
	it('ranks highest first, ties share a rank and the next skips', () => {
		expect(rankValues([0.5, 0.9, null, 0.5, 0.1])).toEqual([2, 1, null, 2, 4]);
	});

	it('ranks lowest first when lower is better', () => {
		expect(rankValues([3, 1, 2], false)).toEqual([3, 1, 2]);
	});
});

describe('valueBands', () => {
	const bands = valueBands(0, 1);

	it('splits the range into four equal bands, lowest first', () => {
		expect(bands.map((b) => b.label)).toEqual(['0.00–0.25', '0.25–0.50', '0.50–0.75', '0.75–1.00']);
	});

	it('puts a boundary in the band above, the maximum in the top band', () => {
		expect(bandOf(bands, 0.25)?.label).toBe('0.25–0.50');
		expect(bandOf(bands, 1)?.label).toBe('0.75–1.00');
		expect(bandOf(bands, 0)?.label).toBe('0.00–0.25');
		expect(bandOf(bands, null)).toBeNull();
		expect(bandOf(bands, 1.2)).toBeNull();
	});
});
