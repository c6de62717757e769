import { summarizeBy, type GroupedSummary } from '$lib/domain/aggregates';
import { groupsInEdition } from '$lib/domain/groups';
import type { CountryWithGroups } from './db/countries';
import type { ObservationRow } from './db/observations';

/**
 * How countries are grouped: the world, M49 region or sub-region, income group, every country
 * group (`group`: the UN's LDC, LLDC, SIDS and the user-defined ones) or one UN group alone.
 */
export const AGGREGATE_BY = [
	'world',
	'region',
	'subregion',
	'income',
	'group',
	'ldc',
	'lldc',
	'sids'
] as const;
export type AggregateBy = (typeof AGGREGATE_BY)[number];

/** The groups of `c` in `year`'s edition, for one grouping. */
const groupers: Record<AggregateBy, (c: CountryWithGroups, year: number) => (string | null)[]> = {
	world: () => ['World'],
	region: (c) => [c.region],
	subregion: (c) => [c.subregion],
	income: (c) => [c.incomeGroup],
	group: (c, year) => groupsInEdition(c.memberships, year),
	ldc: (c, year) => groupsInEdition(c.memberships, year).filter((g) => g === 'LDC'),
	lldc: (c, year) => groupsInEdition(c.memberships, year).filter((g) => g === 'LLDC'),
	sids: (c, year) => groupsInEdition(c.memberships, year).filter((g) => g === 'SIDS')
};

/** The groups `country` is in, in `year`'s edition, for one way of grouping. */
export function groupsOf(by: AggregateBy, country: CountryWithGroups, year: number) {
	return groupers[by](country, year);
}

/**
 * Mean, median, min, max and count of `rows` (one indicator, one or more editions: summarise
 * one at a time) per group of `countries`; rows of other countries are left out. A country
 * counts in a dated group (LDC …) in the editions it was a member on the edition's date. Pure:
 * the caller loads both.
 */
export function aggregate(
	rows: readonly ObservationRow[],
	countries: readonly CountryWithGroups[],
	by: AggregateBy
): GroupedSummary[] {
	const byCountry = new Map(countries.map((c) => [c.iso3, c]));
	return summarizeBy(
		rows.filter((r) => byCountry.has(r.country)),
		(r) => groupers[by](byCountry.get(r.country)!, r.year),
		(r) => r.value
	);
}
