import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { interpolate, interpolateNumber, interpolateRound, piecewise } from './interpolate';

describe('numeric interpolation for d3-scale', () => {
	it('interpolates numbers as d3 does', () => {
		expect(interpolateNumber(10, 20)(0.25)).toBe(12.5);
		expect(interpolateRound(0, 3)(0.5)).toBe(2);
		expect(interpolate(1, 3)(0.5)).toBe(2);
		expect(piecewise(interpolateNumber, [0, 10, 30])(0.75)).toBe(20);
	});

	it('refuses what is not a number rather than drawing it wrong', () => {
		expect(() => interpolate('red', 'blue')).toThrow(/numeric/);
	});

	it('is what d3-scale uses here: positions, ticks and rounding unchanged', () => {
		const x = scaleLinear().domain([0, 1]).range([40, 640]);
		expect(x(0.5)).toBe(340);
		expect(x.ticks(5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		expect(scaleLinear().domain([0, 3]).rangeRound([0, 10])(1)).toBe(3);
		expect(() => scaleLinear<string>().range(['red', 'blue'])(0.5)).toThrow(/numeric/);
	});
});
