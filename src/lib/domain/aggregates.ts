/** Summary statistics over a set of countries, ignoring missing values. */
export interface Summary {
	mean: number | null;
	median: number | null;
	min: number | null;
	max: number | null;
	/** Countries with a value. */
	n: number;
}

/** Mean, median, min, max and count of the present values; nulls and NaN are left out. */
export function summarize(values: Iterable<number | null | undefined>): Summary {
	const present: number[] = [];
	for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) present.push(v);
	if (present.length === 0) return { mean: null, median: null, min: null, max: null, n: 0 };
	present.sort((a, b) => a - b);
	const n = present.length;
	const sum = present.reduce((s, v) => s + v, 0);
	const mid = n >> 1;
	const median = n % 2 ? present[mid] : (present[mid - 1] + present[mid]) / 2;
	return { mean: sum / n, median, min: present[0], max: present[n - 1], n };
}

export type GroupedSummary = Summary & {
	group: string;
	/** Rows in the group, with a value or not (countries of the group listed in the edition). */
	members: number;
};

/**
 * Summaries per group. `groupsOf` returns the groups a row belongs to (a country can be in
 * several custom groups, or none). Groups come out sorted by name.
 */
export function summarizeBy<T>(
	rows: Iterable<T>,
	groupsOf: (row: T) => readonly (string | null | undefined)[],
	valueOf: (row: T) => number | null | undefined
): GroupedSummary[] {
	const buckets = new Map<string, (number | null | undefined)[]>();
	for (const row of rows) {
		for (const g of groupsOf(row)) {
			if (!g) continue;
			let bucket = buckets.get(g);
			if (!bucket) buckets.set(g, (bucket = []));
			bucket.push(valueOf(row));
		}
	}
	return [...buckets]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([group, values]) => ({ group, ...summarize(values), members: values.length }));
}
