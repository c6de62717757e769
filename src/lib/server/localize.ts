import type { Locale } from '$lib/i18n/locales';
import { indicatorName } from '$lib/i18n/terms';
import { countryName, localizeNames } from '$lib/server/i18n';
import type { AssessedTarget } from '$lib/server/targets';

/**
 * An assessed target with the country and indicator named in a language. What it aims at and
 * its example note are messages, which the page writes; notes users entered stay as entered.
 */
export function localizeTarget(t: AssessedTarget, locale: Locale): AssessedTarget {
	if (locale === 'en') return t;
	return {
		...t,
		countryName: countryName(t.country, locale, t.countryName),
		indicatorName: indicatorName(t.indicator, locale, t.indicatorName)
	};
}

/** The countries of a picker in a language, in that language's alphabetical order. */
export function localizeCountries<T extends { iso3: string; name: string }>(
	countries: T[],
	locale: Locale
): T[] {
	if (locale === 'en') return countries;
	return localizeNames(countries, locale).sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The choices of the plan forms with the country and indicator names in a language. */
export function localizeOptions<
	O extends {
		countries: { iso3: string; name: string }[];
		indicators: { code: string; name: string }[];
	}
>(options: O, locale: Locale): O {
	return {
		...options,
		countries: localizeCountries(options.countries, locale),
		indicators: options.indicators.map((i) => ({
			...i,
			name: indicatorName(i.code, locale, i.name)
		}))
	};
}
