import { summarizeBy, type GroupedSummary } from '$lib/domain/aggregates';
import { listCountries, type CountryWithGroups } from './db/countries';
import { findObservations } from './db/observations';

export const AGGREGATE_BY = ['world', 'region', 'subregion', 'income', 'group'] as const;
export type AggregateBy = (typeof AGGREGATE_BY)[number];

const groupers: Record<AggregateBy, (c: CountryWithGroups) => (string | null)[]> = {
	world: () => ['World'],
	region: (c) => [c.region],
	subregion: (c) => [c.subregion],
	income: (c) => [c.incomeGroup],
	group: (c) => c.groups
};

/** Mean, median, min, max and count of an indicator in a year, per group of countries. */
export function aggregate(indicator: string, year: number, by: AggregateBy): GroupedSummary[] {
	const byCountry = new Map(listCountries().map((c) => [c.iso3, c]));
	const rows = findObservations({ indicator, year }).filter((r) => byCountry.has(r.country));
	return summarizeBy(
		rows,
		(r) => groupers[by](byCountry.get(r.country)!),
		(r) => r.value
	);
}
