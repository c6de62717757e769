import type { FormatLocaleObject } from 'd3-format';
import { UN_INDICATORS } from '$lib/domain/indicators';
import type { LevelGroup } from '$lib/domain/levels';
import { DEFAULT_LOCALE, type Locale } from './locales';
import type { MessageKey } from './messages';
import { translate } from './translate';

/**
 * The UN indicators, level groups, regions and income groups in a language (messages
 * `explorer.*`). National KPIs keep the names analysts entered, and unknown names are shown as
 * they are, so every function takes the stored text as its fallback.
 */

const UN_CODES = new Set(UN_INDICATORS.map((i) => i.code));

type Field = 'name' | 'short' | 'description';

function indicatorText(code: string, field: Field, locale: Locale, fallback: string): string {
	if (!UN_CODES.has(code)) return fallback;
	return translate(locale, `explorer.indicator.${code}.${field}` as MessageKey);
}

/** "E-Government Development Index" in the language; a national KPI's entered name as it is. */
export function indicatorName(code: string, locale: Locale, fallbackName: string): string {
	return indicatorText(code, 'name', locale, fallbackName);
}

/** A short label ("Online services") for legends and bars; the name for a national KPI. */
export function indicatorShort(code: string, locale: Locale, fallbackName: string): string {
	return indicatorText(code, 'short', locale, fallbackName);
}

/** The one-line description stored with the indicator, in the language. */
export function indicatorDescription(
	code: string,
	locale: Locale,
	fallbackDescription: string
): string {
	return indicatorText(code, 'description', locale, fallbackDescription);
}

/** The same for an indicator row: a copy with its name and description in the language. */
export function localizeIndicator<T extends { code: string; name: string; description?: string }>(
	indicator: T,
	locale: Locale
): T {
	if (locale === DEFAULT_LOCALE || !UN_CODES.has(indicator.code)) return indicator;
	return {
		...indicator,
		name: indicatorName(indicator.code, locale, indicator.name),
		...(indicator.description === undefined
			? {}
			: { description: indicatorDescription(indicator.code, locale, indicator.description) })
	};
}

const LEVEL_KEYS: Record<LevelGroup, MessageKey> = {
	'Very High': 'explorer.level.veryHigh',
	High: 'explorer.level.high',
	Middle: 'explorer.level.middle',
	Low: 'explorer.level.low'
};

/** An EGDI level group ("Very High") in the language. */
export function levelGroupName(group: string, locale: Locale): string {
	const key = LEVEL_KEYS[group as LevelGroup];
	return key ? translate(locale, key) : group;
}

/** UN M49 regions and sub-regions, as the country list names them. */
const REGION_KEYS: Record<string, MessageKey> = {
	Africa: 'explorer.region.africa',
	Americas: 'explorer.region.americas',
	Asia: 'explorer.region.asia',
	Europe: 'explorer.region.europe',
	Oceania: 'explorer.region.oceania',
	'Australia and New Zealand': 'explorer.region.australiaNewZealand',
	Caribbean: 'explorer.region.caribbean',
	'Central America': 'explorer.region.centralAmerica',
	'Central Asia': 'explorer.region.centralAsia',
	'Eastern Africa': 'explorer.region.easternAfrica',
	'Eastern Asia': 'explorer.region.easternAsia',
	'Eastern Europe': 'explorer.region.easternEurope',
	Melanesia: 'explorer.region.melanesia',
	Micronesia: 'explorer.region.micronesia',
	'Middle Africa': 'explorer.region.middleAfrica',
	'North America': 'explorer.region.northAmerica',
	'Northern Africa': 'explorer.region.northernAfrica',
	'Northern America': 'explorer.region.northAmerica',
	'Northern Europe': 'explorer.region.northernEurope',
	Polynesia: 'explorer.region.polynesia',
	'South America': 'explorer.region.southAmerica',
	'South-eastern Asia': 'explorer.region.southEasternAsia',
	'Southern Africa': 'explorer.region.southernAfrica',
	'Southern Asia': 'explorer.region.southernAsia',
	'Southern Europe': 'explorer.region.southernEurope',
	'Western Africa': 'explorer.region.westernAfrica',
	'Western Asia': 'explorer.region.westernAsia',
	'Western Europe': 'explorer.region.westernEurope'
};

/** A region or sub-region ("South-eastern Asia") in the language; an unknown one as it is. */
export function regionName(region: string, locale: Locale): string {
	const key = REGION_KEYS[region];
	return key ? translate(locale, key) : region;
}

const INCOME_KEYS: Record<string, MessageKey> = {
	High: 'explorer.income.high',
	'Upper-Middle': 'explorer.income.upperMiddle',
	'Lower-Middle': 'explorer.income.lowerMiddle',
	Low: 'explorer.income.low'
};

/** A World Bank income group ("Upper-Middle") in the language. */
export function incomeGroupName(group: string, locale: Locale): string {
	const key = INCOME_KEYS[group];
	return key ? translate(locale, key) : group;
}

/**
 * A value as its indicator shows it, with the language's separators: indices with four
 * decimals, ranks as whole numbers, other units with up to four; an em dash when missing.
 * `numbers` is `numberLocale(locale)` from `$lib/i18n`.
 */
export function formatIndicatorValue(
	value: number | null | undefined,
	unit: string,
	numbers: FormatLocaleObject
): string {
	if (typeof value !== 'number') return '—';
	if (unit === 'rank') return String(value);
	return numbers.format(unit.startsWith('index') ? '.4f' : ',.4~f')(value);
}
