/**
 * The glossary's places: UN M49 regions and sub-regions, the world, and World Bank income
 * groups. Glossary terms like those of `terms.ts` (keys `term.*`, looked up through
 * `$lib/i18n/places`), in a catalogue of their own because most pages name them only in what
 * the server has already written in the reader's language: a page's JavaScript carries them
 * only where a component names a place itself (the explorer's table, the profile's charts).
 */
export default {
	'term.region.world': 'World',
	'term.region.africa': 'Africa',
	'term.region.americas': 'Americas',
	'term.region.asia': 'Asia',
	'term.region.europe': 'Europe',
	'term.region.oceania': 'Oceania',
	'term.region.easternAfrica': 'Eastern Africa',
	'term.region.middleAfrica': 'Middle Africa',
	'term.region.northernAfrica': 'Northern Africa',
	'term.region.southernAfrica': 'Southern Africa',
	'term.region.westernAfrica': 'Western Africa',
	'term.region.caribbean': 'Caribbean',
	'term.region.centralAmerica': 'Central America',
	'term.region.southAmerica': 'South America',
	'term.region.northernAmerica': 'Northern America',
	'term.region.centralAsia': 'Central Asia',
	'term.region.easternAsia': 'Eastern Asia',
	'term.region.southEasternAsia': 'South-eastern Asia',
	'term.region.southernAsia': 'Southern Asia',
	'term.region.westernAsia': 'Western Asia',
	'term.region.easternEurope': 'Eastern Europe',
	'term.region.northernEurope': 'Northern Europe',
	'term.region.southernEurope': 'Southern Europe',
	'term.region.westernEurope': 'Western Europe',
	'term.region.australiaNewZealand': 'Australia and New Zealand',
	'term.region.melanesia': 'Melanesia',
	'term.region.micronesia': 'Micronesia',
	'term.region.polynesia': 'Polynesia',
	'term.group.ldc': 'Least developed countries',
	'term.group.lldc': 'Landlocked developing countries',
	'term.group.sids': 'Small island developing States',
	'term.income.low': 'Low income',
	'term.income.lowerMiddle': 'Lower-Middle income',
	'term.income.upperMiddle': 'Upper-Middle income',
	'term.income.high': 'High income'
};
