/**
 * The two scales the charts use, as d3-scale computes them: a linear map from a numeric domain
 * to pixels, and bands for rows. d3-scale (with d3-interpolate, and d3-array's internals) is a
 * general library; for these two maps it came to several kilobytes of gzipped JavaScript on
 * every page with a chart. `scales.spec.ts` checks positions and ticks against d3-scale.
 */

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/**
 * The first and last tick as multiples of the step, and the step (negative: its inverse, which
 * keeps decimals exact), as d3-array's `tickSpec` finds them.
 */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
	const step = (stop - start) / Math.max(0, count);
	const power = Math.floor(Math.log10(step));
	const error = step / Math.pow(10, power);
	const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
	let i1: number, i2: number, inc: number;
	if (power < 0) {
		inc = Math.pow(10, -power) / factor;
		i1 = Math.round(start * inc);
		i2 = Math.round(stop * inc);
		if (i1 / inc < start) ++i1;
		if (i2 / inc > stop) --i2;
		inc = -inc;
	} else {
		inc = Math.pow(10, power) * factor;
		i1 = Math.round(start / inc);
		i2 = Math.round(stop / inc);
		if (i1 * inc < start) ++i1;
		if (i2 * inc > stop) --i2;
	}
	if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
	return [i1, i2, inc];
}

/** About `count` round values from `start` to `stop`, in their order (d3-array's `ticks`). */
export function niceTicks(start: number, stop: number, count: number): number[] {
	if (!(count > 0)) return [];
	if (start === stop) return [start];
	const reverse = stop < start;
	const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
	if (!(i2 >= i1)) return [];
	const n = i2 - i1 + 1;
	return Array.from({ length: n }, (_, i) => {
		const k = reverse ? i2 - i : i1 + i;
		return inc < 0 ? k / -inc : k * inc;
	});
}

export interface LinearScale {
	(value: number): number;
	/** Round values across the domain, about `count` of them (d3's `ticks`). */
	ticks(count?: number): number[];
	domain(): [number, number];
	range(): [number, number];
}

/** Maps `domain` linearly onto `range`; a domain of one value maps to the middle of the range. */
export function scaleLinear(domain: [number, number], range: [number, number]): LinearScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const span = d1 - d0;
	const scale = ((value: number) => {
		const t = span ? (value - d0) / span : Number.isNaN(span) ? NaN : 0.5;
		return r0 * (1 - t) + r1 * t;
	}) as LinearScale;
	scale.ticks = (count = 10) => niceTicks(d0, d1, count);
	scale.domain = () => [d0, d1];
	scale.range = () => [r0, r1];
	return scale;
}

export interface BandScale {
	/** The start of a key's band, or undefined for a key not in the domain. */
	(key: string): number | undefined;
	bandwidth(): number;
}

/**
 * Splits `range` into one band per key, in order, with `padding` (a fraction of a step) between
 * bands and at both ends (d3's `scaleBand().padding(padding)`).
 */
export function scaleBand(
	keys: readonly string[],
	range: [number, number],
	padding = 0
): BandScale {
	const unique = [...new Set(keys)];
	const [start, stop] = range;
	const step = (stop - start) / Math.max(1, unique.length - padding + padding * 2);
	const first = start + (stop - start - step * (unique.length - padding)) / 2;
	const positions = new Map(unique.map((key, i) => [key, first + step * i]));
	const scale = ((key: string) => positions.get(key)) as BandScale;
	scale.bandwidth = () => step * (1 - padding);
	return scale;
}
