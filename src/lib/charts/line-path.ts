/**
 * The `d` of a line through points in order, as d3-shape's `line()` writes it with its linear
 * curve (coordinates rounded to three decimals), without shipping d3-shape and d3-path to the
 * browser for this one use. A missing point breaks the line: the next one starts a new subpath;
 * a point alone between gaps is drawn as a closed one-point subpath (`M x,yZ`), which a round
 * line cap shows as a dot.
 */
export function linePath<T>(
	points: readonly T[],
	x: (p: T) => number,
	y: (p: T) => number | null
): string {
	const round = (v: number) => Math.round(v * 1000) / 1000;
	let d = '';
	let run = 0;
	for (const p of points) {
		const py = y(p);
		if (py === null) {
			if (run === 1) d += 'Z';
			run = 0;
			continue;
		}
		d += `${run === 0 ? 'M' : 'L'}${round(x(p))},${round(py)}`;
		run++;
	}
	if (run === 1) d += 'Z';
	return d;
}
