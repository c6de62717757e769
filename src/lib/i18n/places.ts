import { translate } from './translate';
import type { Locale } from './locales';
import type { MessageKey } from './messages';
import type { UnGroup } from '../domain/groups';

/**
 * The glossary's places in a language: UN M49 regions and sub-regions, the world, World Bank
 * income groups, the UN's groups of countries in special situations (their texts: `messages/<locale>/places.ts`). Apart from `./terms` so that a
 * page whose components never name a place does not carry their words.
 */

/** UN M49 regions and sub-regions as the country list names them, and the world. */
export const REGIONS: Record<string, MessageKey> = {
	World: 'term.region.world',
	Africa: 'term.region.africa',
	Americas: 'term.region.americas',
	Asia: 'term.region.asia',
	Europe: 'term.region.europe',
	Oceania: 'term.region.oceania',
	'Eastern Africa': 'term.region.easternAfrica',
	'Middle Africa': 'term.region.middleAfrica',
	'Northern Africa': 'term.region.northernAfrica',
	'Southern Africa': 'term.region.southernAfrica',
	'Western Africa': 'term.region.westernAfrica',
	Caribbean: 'term.region.caribbean',
	'Central America': 'term.region.centralAmerica',
	'South America': 'term.region.southAmerica',
	'Northern America': 'term.region.northernAmerica',
	'Central Asia': 'term.region.centralAsia',
	'Eastern Asia': 'term.region.easternAsia',
	'South-eastern Asia': 'term.region.southEasternAsia',
	'Southern Asia': 'term.region.southernAsia',
	'Western Asia': 'term.region.westernAsia',
	'Eastern Europe': 'term.region.easternEurope',
	'Northern Europe': 'term.region.northernEurope',
	'Southern Europe': 'term.region.southernEurope',
	'Western Europe': 'term.region.westernEurope',
	'Australia and New Zealand': 'term.region.australiaNewZealand',
	Melanesia: 'term.region.melanesia',
	Micronesia: 'term.region.micronesia',
	Polynesia: 'term.region.polynesia'
};

/** World Bank income groups, as the country list names them. */
export const INCOMES: Record<string, MessageKey> = {
	Low: 'term.income.low',
	'Lower-Middle': 'term.income.lowerMiddle',
	'Upper-Middle': 'term.income.upperMiddle',
	High: 'term.income.high'
};

/** The UN's groups of countries in special situations, by their codes. */
export const GROUPS: Record<string, MessageKey> = {
	LDC: 'term.group.ldc',
	LLDC: 'term.group.lldc',
	SIDS: 'term.group.sids'
} satisfies Record<UnGroup, MessageKey>;

/** A name from a table of the glossary, in a language; a name it does not have as it is. */
function lookUp(table: Record<string, MessageKey>, name: string, locale: Locale): string {
	return Object.hasOwn(table, name) ? translate(locale, table[name]) : name;
}

/** A UN M49 region or sub-region, or "World", in a language; any other group as it is named. */
export function regionName(region: string, locale: Locale): string {
	return lookUp(REGIONS, region, locale);
}

/** A World Bank income group ("Lower-Middle") in words: "Lower-Middle income". */
export function incomeGroupName(group: string, locale: Locale): string {
	return lookUp(INCOMES, group, locale);
}

/**
 * A country group in a language: the UN's (LDC, LLDC, SIDS) by the glossary, a user-defined one
 * (ASEAN) as it is named.
 */
export function groupName(code: string, locale: Locale): string {
	return lookUp(GROUPS, code, locale);
}
