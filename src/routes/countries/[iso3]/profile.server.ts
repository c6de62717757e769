import type { Locale } from '$lib/i18n/locales';
import type { Db } from '$lib/server/db';
import type { CountryWithGroups } from '$lib/server/db/countries';
import { listIndicators } from '$lib/server/db/indicators';
import { allYears, findObservations } from '$lib/server/db/observations';
import { shapeProfile, type ProfileOptions, type ProfileRows } from './profile';

/**
 * What a profile reads besides the countries the page has loaded already, in three queries
 * whatever the number of indicators: every observation in one (the region and world means need
 * every country's values).
 */
export function profileRows(db: Db, countries: readonly CountryWithGroups[]): ProfileRows {
	return {
		countries,
		years: allYears(db),
		indicators: listIndicators(db),
		observations: findObservations(db, {})
	};
}

/** A country's profile, shaped for the charts: its rows loaded, then shaped. */
export function countryProfile(
	db: Db,
	country: CountryWithGroups,
	countries: readonly CountryWithGroups[],
	locale: Locale,
	options: ProfileOptions = {}
) {
	return shapeProfile(country, profileRows(db, countries), locale, options);
}
