import type { Locale } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';
import { LEVEL_GROUPS } from '$lib/domain/levels';
import { growthInWords } from '$lib/domain/progress';
import { countryName, localizeNames } from '$lib/server/i18n';
import type { AssessedTarget } from '$lib/server/targets';
import { indicatorName } from './indicator-names';

/** The notes the seeded example targets carry (`data/policies.json`): interface text. */
const SEEDED_NOTE = /^Example target: .+ Replace it with the official one\.$/;

/** A number as the language writes its decimals (0.75, 0,75), without grouping (years, ranks). */
const plain = (value: number, locale: Locale) =>
	new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: false }).format(value);

/** What a target aims at, in words, in a language other than English. */
function describe(t: AssessedTarget, locale: Locale): string {
	const year = t.targetYear;
	if (t.kind === 'rank')
		return translate(locale, 'plans.target.rank', { rank: t.targetNumber, year });
	if (t.kind === 'level') {
		const group = LEVEL_GROUPS.find((g) => g.min === t.targetNumber)?.group ?? 'Very High';
		return translate(locale, 'plans.target.level', {
			group: translate(locale, `plans.level.${group}`),
			min: new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(t.targetNumber),
			year
		});
	}
	return translate(locale, 'plans.target.value', {
		indicator: indicatorName(t.indicator, t.indicatorName, locale),
		value: plain(t.targetNumber, locale),
		year
	});
}

/**
 * An assessed target with its words in a language: what it aims at, the growth, the country
 * and indicator names, and the note of a seeded example. English is left as the server wrote it.
 */
export function localizeTarget(t: AssessedTarget, locale: Locale): AssessedTarget {
	if (locale === 'en') return t;
	const label = describe(t, locale);
	return {
		...t,
		label,
		growth: growthInWords(t.assessment, locale),
		countryName: countryName(t.country, locale, t.countryName),
		indicatorName: indicatorName(t.indicator, t.indicatorName, locale),
		note:
			t.isExample && SEEDED_NOTE.test(t.note)
				? translate(locale, 'plans.example.note', { label })
				: t.note
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
			name: indicatorName(i.code, i.name, locale)
		}))
	};
}
