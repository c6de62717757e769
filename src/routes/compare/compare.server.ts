import type { Locale } from '$lib/i18n/locales';
import type { Db } from '$lib/server/db';
import { defaultPeers } from '$lib/domain/peers';
import { countryNames, listCountries } from '$lib/server/db/countries';
import { listIndicators } from '$lib/server/db/indicators';
import { editionsOf, findObservations, observationsOfCountries } from '$lib/server/db/observations';
import { latestEgdiYear, shapeComparison, type ComparisonRows } from './compare';

/**
 * What comparing `codes` reads, in five queries however many countries and indicators: the
 * editions of every indicator in one, the observations of every selected country in another.
 */
export function comparisonRows(db: Db, codes: string[]): ComparisonRows {
	const editions = editionsOf(db);
	const latestYear = latestEgdiYear(editions);
	return {
		countries: countryNames(db),
		indicators: listIndicators(db),
		observations: observationsOfCountries(db, codes),
		editions,
		latestEgdi:
			latestYear === undefined ? [] : findObservations(db, { indicator: 'EGDI', year: latestYear })
	};
}

/** Everything the compare page shows for the selected countries: loaded, then shaped. */
export function comparison(db: Db, codes: string[], locale: Locale = 'en') {
	return shapeComparison(codes, comparisonRows(db, codes), locale);
}

/**
 * The comparison shown when nobody has chosen: `focus` among its peer group, or among the
 * countries ranked nearest it (two queries: the countries with their groups, the latest ranks).
 */
export function defaultSelection(db: Db, focus: string, group: string, max: number) {
	const latestYear = latestEgdiYear(editionsOf(db));
	const ranks = new Map(
		(latestYear === undefined
			? []
			: findObservations(db, { indicator: 'EGDI', year: latestYear })
		).map((o) => [o.country, o.rank])
	);
	const countries = listCountries(db).map((c) => ({
		iso3: c.iso3,
		groups: c.groups,
		rank: ranks.get(c.iso3) ?? null
	}));
	return defaultPeers(focus, countries, group, max);
}
