import {
	createCountryMatcher,
	type CountryMatcher,
	type CountryName
} from '$lib/domain/country-names';
import type { Db } from './db/connection';
import { countryNames, listAliases } from './db/countries';

/**
 * The one matcher of country names: the UN names and the alias table (data/country-aliases.csv:
 * World Bank labels, former UN names, common English names such as "Vietnam", "Laos",
 * "Burma"), as the import reads files with. Every place a person names a country — search,
 * pickers, compare, the API's `country=` — resolves through it. `shown`: names in the page's
 * language, tried first (the UN names then still resolve); `un`: the UN names, when read already.
 */
export function countryMatcher(
	db: Db,
	shown?: readonly CountryName[],
	un: readonly CountryName[] = countryNames(db)
): CountryMatcher {
	return createCountryMatcher(shown ?? un, [...(shown ? un : []), ...listAliases(db)]);
}
