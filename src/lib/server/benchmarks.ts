import { summarize, type Summary } from '$lib/domain/aggregates';
import type { CountryWithGroups } from './db/countries';
import type { ObservationRow } from './db/observations';

/**
 * Per year, the summary of the countries that `member` accepts: the benchmark lines drawn
 * beside a country (its region's mean, the world's).
 */
export function summaryByYear(
	rows: readonly ObservationRow[],
	countries: ReadonlyMap<string, CountryWithGroups>,
	member: (c: CountryWithGroups) => boolean
): Map<number, Summary> {
	const byYear = new Map<number, (number | null)[]>();
	for (const r of rows) {
		const c = countries.get(r.country);
		if (!c || !member(c)) continue;
		let values = byYear.get(r.year);
		if (!values) byYear.set(r.year, (values = []));
		values.push(r.value);
	}
	return new Map([...byYear].map(([year, values]) => [year, summarize(values)]));
}
