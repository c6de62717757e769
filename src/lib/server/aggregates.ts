import { summarizeBy, type GroupedSummary } from '$lib/domain/aggregates';
import type { CountryWithGroups } from './db/countries';
import type { ObservationRow } from './db/observations';

export const AGGREGATE_BY = ['world', 'region', 'subregion', 'income', 'group'] as const;
export type AggregateBy = (typeof AGGREGATE_BY)[number];

const groupers: Record<AggregateBy, (c: CountryWithGroups) => (string | null)[]> = {
	world: () => ['World'],
	region: (c) => [c.region],
	subregion: (c) => [c.subregion],
	income: (c) => [c.incomeGroup],
	group: (c) => c.groups
};

/**
 * Mean, median, min, max and count of `rows` (one indicator in one year) per group of
 * `countries`; rows of other countries are left out. Pure: the caller loads both.
 */
export function aggregate(
	rows: readonly ObservationRow[],
	countries: readonly CountryWithGroups[],
	by: AggregateBy
): GroupedSummary[] {
	const byCountry = new Map(countries.map((c) => [c.iso3, c]));
	return summarizeBy(
		rows.filter((r) => byCountry.has(r.country)),
		(r) => groupers[by](byCountry.get(r.country)!),
		(r) => r.value
	);
}
