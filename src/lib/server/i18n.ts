import countries, { type LocaleData } from 'i18n-iso-countries';
import id from 'i18n-iso-countries/langs/id.json' with { type: 'json' };
import km from 'i18n-iso-countries/langs/km.json' with { type: 'json' };
import { DEFAULT_LOCALE, type Locale } from '$lib/i18n/locales';

// Every language but English (whose names are the UN's, from the database), typed from LOCALES:
// a language added there is a type error here until its country names are registered.
const COUNTRY_NAMES: Record<Exclude<Locale, 'en'>, LocaleData> = { km, id };
for (const names of Object.values(COUNTRY_NAMES)) countries.registerLocale(names);

/**
 * A country's name in a language: the UN name (as the database holds it) in English, the
 * i18n-iso-countries name in Khmer and Indonesian, the UN name where that has none.
 */
export function countryName(iso3: string, locale: Locale, unName: string): string {
	if (locale === DEFAULT_LOCALE) return unName;
	return countries.getName(iso3, locale) ?? unName;
}

/** The same for a list of rows with `iso3` (or `country`) and `name`: a copy with names replaced. */
export function localizeNames<
	T extends { name: string } & ({ iso3: string } | { country: string })
>(rows: T[], locale: Locale): T[] {
	if (locale === DEFAULT_LOCALE) return rows;
	return rows.map((row) => ({
		...row,
		name: countryName('iso3' in row ? row.iso3 : row.country, locale, row.name)
	}));
}
