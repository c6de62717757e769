import { line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { linePath } from './line-path';

type P = { x: number; y: number | null };
const points = (ys: (number | null)[]): P[] => ys.map((y, i) => ({ x: i * 10.12345, y }));
const d3Line = (ps: P[]) =>
	line<P>()
		.defined((p) => p.y !== null)
		.x((p) => p.x)
		.y((p) => p.y as number)(ps) ?? '';

describe('linePath', () => {
	it.each([
		['a plain line', [1, 2.00049, 3.3333333]],
		['a gap in the middle', [1, 2, null, 4, 5]],
		['a point alone between gaps', [1, 2, null, 4, null, 6, 7]],
		['a point alone at each end', [1, null, 3, 4, null, 6]],
		['one point', [5]],
		['leading and trailing gaps', [null, null, 3, 4, null]],
		['no points', []],
		['only gaps', [null, null]]
	])('writes what d3-shape writes: %s', (_, ys) => {
		const ps = points(ys as (number | null)[]);
		expect(
			linePath(
				ps,
				(p) => p.x,
				(p) => p.y
			)
		).toBe(d3Line(ps));
	});

	it('rounds to three decimals and starts a subpath after each gap', () => {
		expect(
			linePath(
				points([1.23456, null, 2, 3]),
				(p) => p.x,
				(p) => p.y
			)
		).toBe('M0,1.235ZM20.247,2L30.37,3');
	});
});
