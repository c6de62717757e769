import type { Locale } from '$lib/i18n/locales';
import type { Db } from '$lib/server/db';
import { UN_GROUPS } from '$lib/domain/groups';
import { defaultPeers, membersOf, type RankedCountry } from '$lib/domain/peers';
import { countryNames, listCountries, listMemberships } from '$lib/server/db/countries';
import { listIndicators } from '$lib/server/db/indicators';
import { editionsOf, findObservations, observationsOfCountries } from '$lib/server/db/observations';
import {
	addAverages,
	latestEgdiYear,
	shapeComparison,
	type AverageCode,
	type ComparisonRows
} from './compare';

type LatestRows = Pick<ComparisonRows, 'editions' | 'latestEgdi'>;

/** The editions of every indicator and every country's EGDI in the latest one: two queries. */
export function latestRows(db: Db): LatestRows {
	const editions = editionsOf(db);
	const latestYear = latestEgdiYear(editions);
	return {
		editions,
		latestEgdi:
			latestYear === undefined ? [] : findObservations(db, { indicator: 'EGDI', year: latestYear })
	};
}

/**
 * What comparing `codes` reads, in five queries however many countries and indicators (three
 * when `latest` is read already): the observations of every selected country in one.
 */
export function comparisonRows(db: Db, codes: string[], latest = latestRows(db)): ComparisonRows {
	return {
		countries: countryNames(db),
		indicators: listIndicators(db),
		observations: observationsOfCountries(db, codes),
		...latest
	};
}

/**
 * Everything the compare page shows for the selected countries, with the group averages asked
 * for (three more queries when there are any): loaded, then shaped.
 */
export function comparison(
	db: Db,
	codes: string[],
	locale: Locale = 'en',
	latest?: LatestRows,
	averages: readonly AverageCode[] = [],
	focus: string | null = null
) {
	const shaped = shapeComparison(codes, comparisonRows(db, codes, latest), locale, focus);
	const legend = averages.length
		? addAverages(
				shaped.charts,
				averages,
				{ countries: listCountries(db), observations: findObservations(db, {}) },
				locale,
				shaped.latest?.year
			)
		: [];
	return { ...shaped, averages: legend };
}

/**
 * The comparison shown when nobody has chosen: `focus` among its peer group, or among the
 * countries ranked nearest it (the countries with their groups, and the latest ranks).
 */
export function defaultSelection(
	db: Db,
	focus: string,
	group: string,
	max: number,
	latest = latestRows(db)
) {
	const ranks = new Map(latest.latestEgdi.map((o) => [o.country, o.rank]));
	const countries = listCountries(db).map((c) => ({
		iso3: c.iso3,
		groups: c.groups,
		rank: ranks.get(c.iso3) ?? null
	}));
	return defaultPeers(focus, countries, group, max);
}

/** A group one can compare whole: its code and its members, as `membersOf` orders them. */
export interface WholeGroup {
	code: string;
	members: string[];
}

/**
 * Every country group with its members as the data stands (memberships not ended: Timor-Leste is
 * in ASEAN), the user-defined groups (ASEAN …) by code first, then the UN's: one query.
 */
export function wholeGroups(db: Db, focus: string | null, latest = latestRows(db)): WholeGroup[] {
	const ranks = new Map(latest.latestEgdi.map((o) => [o.country, o.rank]));
	const groupsOf = new Map<string, string[]>();
	for (const m of listMemberships(db)) {
		if (m.untilDate !== null) continue;
		groupsOf.set(m.iso3, [...(groupsOf.get(m.iso3) ?? []), m.groupCode]);
	}
	const countries: RankedCountry[] = [...groupsOf].map(([iso3, groups]) => ({
		iso3,
		groups,
		rank: ranks.get(iso3) ?? null
	}));
	const un: readonly string[] = UN_GROUPS;
	const codes = [...new Set(countries.flatMap((c) => c.groups))]
		.filter((g) => !un.includes(g))
		.sort();
	return [...codes, ...UN_GROUPS].map((code) => ({
		code,
		members: membersOf(code, countries, focus)
	}));
}
