/**
 * Competition ranking ("1224"): equal values share a rank and the next rank skips. Missing
 * values get no rank. Returns ranks in the order of `values`.
 */
export function rankValues(
	values: readonly (number | null)[],
	higherIsBetter = true
): (number | null)[] {
	const order = values
		.map((v, i) => ({ v, i }))
		.filter((x): x is { v: number; i: number } => x.v !== null)
		.sort((a, b) => (higherIsBetter ? b.v - a.v : a.v - b.v));
	const ranks: (number | null)[] = values.map(() => null);
	order.forEach((x, k) => {
		ranks[x.i] = k > 0 && order[k - 1].v === x.v ? ranks[order[k - 1].i] : k + 1;
	});
	return ranks;
}

export interface ValueBand {
	label: string;
	min: number;
	max: number;
}

/** Four equal-width bands over an indicator's range, lowest first, for map colours. */
export function valueBands(
	min: number,
	max: number,
	format = (v: number) => v.toFixed(2)
): ValueBand[] {
	const width = (max - min) / 4;
	return [0, 1, 2, 3].map((i) => {
		const lo = min + width * i;
		const hi = i === 3 ? max : min + width * (i + 1);
		return { label: `${format(lo)}–${format(hi)}`, min: lo, max: hi };
	});
}

/** The band a value falls in (the top band includes its maximum); null when missing or outside. */
export function bandOf(bands: readonly ValueBand[], value: number | null): ValueBand | null {
	if (value === null) return null;
	return (
		bands.find(
			(b, i) => value >= b.min && (value < b.max || (i === bands.length - 1 && value <= b.max))
		) ?? null
	);
}
