import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/messages';

/** Summary statistics over a set of countries, ignoring missing values. */
export interface Summary {
	mean: number | null;
	median: number | null;
	min: number | null;
	max: number | null;
	/** Countries with a value. */
	n: number;
}

/** Mean, median, min, max and count of the present values; nulls and NaN are left out. */
export function summarize(values: Iterable<number | null | undefined>): Summary {
	const present: number[] = [];
	for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) present.push(v);
	if (present.length === 0) return { mean: null, median: null, min: null, max: null, n: 0 };
	present.sort((a, b) => a - b);
	const n = present.length;
	const sum = present.reduce((s, v) => s + v, 0);
	const mid = n >> 1;
	const median = n % 2 ? present[mid] : (present[mid - 1] + present[mid]) / 2;
	return { mean: sum / n, median, min: present[0], max: present[n - 1], n };
}

export type GroupedSummary = Summary & { group: string };

/**
 * Summaries per group. `groupsOf` returns the groups a row belongs to (a country can be in
 * several custom groups, or none). Groups come out sorted by name.
 */
export function summarizeBy<T>(
	rows: Iterable<T>,
	groupsOf: (row: T) => readonly (string | null | undefined)[],
	valueOf: (row: T) => number | null | undefined
): GroupedSummary[] {
	const buckets = new Map<string, (number | null | undefined)[]>();
	for (const row of rows) {
		for (const g of groupsOf(row)) {
			if (!g) continue;
			let bucket = buckets.get(g);
			if (!bucket) buckets.set(g, (bucket = []));
			bucket.push(valueOf(row));
		}
	}
	return [...buckets]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([group, values]) => ({ group, ...summarize(values) }));
}

/** UN M49 regions and sub-regions (as the country list names them) and the world. */
const AREA_KEYS: Record<string, MessageKey> = {
	World: 'countries.area.world',
	Africa: 'countries.area.africa',
	Americas: 'countries.area.americas',
	Asia: 'countries.area.asia',
	Europe: 'countries.area.europe',
	Oceania: 'countries.area.oceania',
	'Eastern Africa': 'countries.area.easternAfrica',
	'Middle Africa': 'countries.area.middleAfrica',
	'Northern Africa': 'countries.area.northernAfrica',
	'Southern Africa': 'countries.area.southernAfrica',
	'Western Africa': 'countries.area.westernAfrica',
	Caribbean: 'countries.area.caribbean',
	'Central America': 'countries.area.centralAmerica',
	'South America': 'countries.area.southAmerica',
	'North America': 'countries.area.northAmerica',
	'Central Asia': 'countries.area.centralAsia',
	'Eastern Asia': 'countries.area.easternAsia',
	'South-eastern Asia': 'countries.area.southEasternAsia',
	'Southern Asia': 'countries.area.southernAsia',
	'Western Asia': 'countries.area.westernAsia',
	'Eastern Europe': 'countries.area.easternEurope',
	'Northern Europe': 'countries.area.northernEurope',
	'Southern Europe': 'countries.area.southernEurope',
	'Western Europe': 'countries.area.westernEurope',
	'Australia and New Zealand': 'countries.area.australiaNewZealand',
	Melanesia: 'countries.area.melanesia',
	Micronesia: 'countries.area.micronesia',
	Polynesia: 'countries.area.polynesia'
};

/**
 * The name of a group of countries in a language: a region, a sub-region or "World" is
 * translated; custom groups (ASEAN) are proper names and stay as they are.
 */
export function groupName(group: string, locale: Locale = DEFAULT_LOCALE): string {
	const key = AREA_KEYS[group];
	return key ? translate(locale, key) : group;
}

const INCOME_KEYS: Record<string, MessageKey> = {
	Low: 'countries.income.low',
	'Lower-Middle': 'countries.income.lowerMiddle',
	'Upper-Middle': 'countries.income.upperMiddle',
	High: 'countries.income.high'
};

/** An income group ("Lower-Middle") in words: "Lower-Middle income"; the group itself if unknown. */
export function incomeGroupName(group: string, locale: Locale = DEFAULT_LOCALE): string {
	const key = INCOME_KEYS[group];
	return key ? translate(locale, key) : group;
}
