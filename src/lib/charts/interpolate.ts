/**
 * Stands in for d3-interpolate wherever d3-scale asks for it (see `resolve.alias` in
 * vite.config.ts). Every scale here maps numbers to numbers (pixel positions); the full module
 * also interpolates colours, strings, dates and objects, which brings d3-color along — about
 * 5 KB of gzipped JavaScript on every page with a chart, for nothing. A range that is not
 * numeric is refused loudly rather than drawn wrong.
 */

type Interpolator = (t: number) => number;

/** As d3's: `a` at 0, `b` at 1. */
export function interpolateNumber(a: number, b: number): Interpolator {
	const from = +a;
	const to = +b;
	return (t) => from * (1 - t) + to * t;
}

/** As d3's, rounded to whole numbers. */
export function interpolateRound(a: number, b: number): Interpolator {
	const from = +a;
	const to = +b;
	return (t) => Math.round(from * (1 - t) + to * t);
}

/** d3's generic interpolator, for numbers only. */
export function interpolate(a: unknown, b: unknown): Interpolator {
	if (typeof b !== 'number' || typeof a !== 'number') {
		throw new TypeError(
			`Only numeric ranges can be interpolated here, not ${String(a)}–${String(b)}`
		);
	}
	return interpolateNumber(a, b);
}

/** As d3's: one interpolator through several values, each stretch taking an equal part of t. */
export function piecewise(
	make: (a: number, b: number) => Interpolator,
	values: readonly number[]
): Interpolator {
	const n = values.length - 1;
	const parts: Interpolator[] = [];
	for (let i = 0; i < n; i++) parts.push(make(values[i], values[i + 1]));
	return (t) => {
		const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
		return parts[i](t - i);
	};
}
