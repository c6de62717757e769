import { ticks } from 'd3-array';
import * as d3 from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { niceTicks, scaleBand, scaleLinear } from './scales';

describe('niceTicks', () => {
	it('gives the ticks d3-array gives, over many domains and counts', () => {
		// A fixed pseudo-random walk over scales from 1e-6 to 1e6, both directions, all counts.
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		for (let n = 0; n < 2000; n++) {
			const magnitude = Math.pow(10, Math.floor(random() * 13) - 6);
			const start = (random() - 0.5) * 10 * magnitude;
			const stop = start + (random() - 0.3) * 10 * magnitude;
			const count = [0, 0.5, 1, 1.5, 2, 3, 5, 7, 10, 20][n % 10];
			expect(niceTicks(start, stop, count), `${start} ${stop} ${count}`).toEqual(
				ticks(start, stop, count)
			);
		}
		expect(niceTicks(1, 1, 5)).toEqual([1]);
		expect(niceTicks(0, 1, NaN)).toEqual([]);
	});
});

describe('scaleLinear', () => {
	const cases: [string, [number, number], [number, number]][] = [
		['an index axis', [0, 1], [40, 640]],
		['a year axis', [2003, 2024], [48, 548]],
		['an inverted rank axis', [193, 1], [272, 16]],
		['a change axis around zero', [-0.1, 0.1], [140, 540]],
		['an upside-down pixel range', [0, 1], [400, 30]],
		['a domain of one value', [0.5, 0.5], [0, 100]],
		['a tiny domain', [0.31, 0.3125], [0, 600]]
	];

	it.each(cases)('places values and ticks as d3-scale does: %s', (_, domain, range) => {
		const ours = scaleLinear(domain, range);
		const theirs = d3.scaleLinear().domain(domain).range(range);
		const [a, b] = domain;
		for (let i = -2; i <= 12; i++) {
			const v = a + ((b - a) * i) / 10;
			expect(ours(v)).toBeCloseTo(theirs(v), 9);
		}
		for (const count of [undefined, 2, 5, 6, 10]) {
			expect(ours.ticks(count)).toEqual(theirs.ticks(count));
		}
		expect(ours.domain()).toEqual(theirs.domain());
		expect(ours.range()).toEqual(theirs.range());
	});

	it('maps the ends of the domain to the ends of the range exactly', () => {
		const y = scaleLinear([0, 1], [272, 16]);
		expect([y(0), y(1), y(0.5)]).toEqual([272, 16, 144]);
	});
});

describe('scaleBand', () => {
	it.each([
		['rows without padding', ['KHM', 'LAO', 'SSD'], [10, 100], 0],
		['rows with padding', ['KHM', 'LAO', 'SSD'], [10, 100], 0.2],
		['one row', ['KHM'], [0, 50], 0.1],
		['a repeated key', ['KHM', 'LAO', 'KHM'], [0, 90], 0]
	] as [string, string[], [number, number], number][])(
		'places bands as d3-scale does: %s',
		(_, keys, range, padding) => {
			const ours = scaleBand(keys, range, padding);
			const theirs = d3.scaleBand<string>().domain(keys).range(range).padding(padding);
			for (const key of keys) expect(ours(key)).toBeCloseTo(theirs(key) as number, 9);
			expect(ours.bandwidth()).toBeCloseTo(theirs.bandwidth(), 9);
		}
	);

	it('has no band for a key it was not given', () => {
		expect(scaleBand(['KHM'], [0, 10])('VNM')).toBeUndefined();
	});

	it('draws no band, without failing, when there are no rows', () => {
		const empty = scaleBand([], [0, 100]);
		expect(empty('KHM')).toBeUndefined();
		expect(Number.isFinite(empty.bandwidth())).toBe(true);
	});
});
