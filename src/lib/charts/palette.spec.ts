import { describe, expect, it } from 'vitest';
import { SERIES_COLOURS, SERIES_DASHES, SERIES_SHAPES, markerPath } from './palette';

/** The bounding box of a marker path made of absolute and relative M/L/h/v/a commands. */
function bounds(d: string): { left: number; right: number; top: number; bottom: number } {
	const xs: number[] = [];
	const ys: number[] = [];
	let x = 0;
	let y = 0;
	for (const [, cmd, args] of d.matchAll(/([MLhvaZ])([^MLhvaZ]*)/g)) {
		const n = args.split(/[ ,]+/).filter(Boolean).map(Number);
		if (cmd === 'M' || cmd === 'L') [x, y] = n;
		else if (cmd === 'h') x += n[0];
		else if (cmd === 'v') y += n[0];
		else if (cmd === 'a') {
			// A half circle: its extreme is `r` beyond the chord.
			const [r] = n;
			ys.push(y - r, y + r);
			x += n[5];
			y += n[6];
		}
		xs.push(x);
		ys.push(y);
	}
	return {
		left: Math.min(...xs),
		right: Math.max(...xs),
		top: Math.min(...ys),
		bottom: Math.max(...ys)
	};
}

describe('palette', () => {
	it('gives each of the first four series its own colour, dash and marker', () => {
		for (const list of [SERIES_COLOURS, SERIES_DASHES, SERIES_SHAPES])
			expect(new Set(list.slice(0, 4)).size).toBe(4);
		expect(SERIES_DASHES).toHaveLength(SERIES_COLOURS.length);
	});

	it('centres every marker horizontally on its point, about its radius in size', () => {
		for (const shape of SERIES_SHAPES) {
			const box = bounds(markerPath(shape, 4));
			expect(box.left).toBeCloseTo(-box.right);
			expect(box.right).toBeGreaterThanOrEqual(4);
			expect(box.right).toBeLessThanOrEqual(5.2);
			expect(box.bottom - box.top).toBeGreaterThanOrEqual(8);
			expect(box.bottom - box.top).toBeLessThanOrEqual(10.4);
		}
	});
});
