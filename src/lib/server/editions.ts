import type { EditionValues } from '$lib/domain/change';
import type { ObservationRow } from './db/observations';

/** Groups a country's observations into editions: year, EGDI rank and every indicator's value. */
export function toEditions(rows: readonly ObservationRow[]): EditionValues[] {
	const byYear = new Map<number, EditionValues>();
	for (const r of rows) {
		let e = byYear.get(r.year);
		if (!e) byYear.set(r.year, (e = { year: r.year, rank: null, values: {} }));
		e.values[r.indicator] = r.value;
		if (r.indicator === 'EGDI') e.rank = r.rank;
	}
	return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** One indicator of a country over `years`, with null where there is no value (a gap). */
export function seriesOver(
	editions: readonly EditionValues[],
	indicator: string,
	years: readonly number[]
): { x: number; y: number | null }[] {
	const byYear = new Map(editions.map((e) => [e.year, e]));
	return years.map((year) => ({ x: year, y: byYear.get(year)?.values[indicator] ?? null }));
}
