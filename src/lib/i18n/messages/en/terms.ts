import { unIndicatorTerms } from '../../indicator-terms';

/**
 * The glossary: every term of the domain, once, in every language. Pages and server code reach
 * it through `$lib/i18n/terms` (never by these keys in another group), and a sentence that names
 * a term takes it as a parameter, so that a Khmer reader sees the same word on every page.
 * `tests/unit/glossary.spec.ts` fails when another message repeats one of these texts. The UN
 * indicators' texts, in every language, are written with their definitions
 * (`$lib/domain/un-indicators.ts`).
 */
export default {
	...unIndicatorTerms('en'),
	'term.rank.name': 'EGDI rank',
	'term.level.veryHigh': 'Very High',
	'term.level.high': 'High',
	'term.level.middle': 'Middle',
	'term.level.low': 'Low',
	'term.progress.achieved': 'Target achieved',
	'term.progress.on_track': 'On track',
	'term.progress.acceleration_needed': 'Acceleration needed',
	'term.progress.limited_progress': 'Limited progress',
	'term.progress.deterioration': 'Deterioration',
	'term.progress.unable_to_assess': 'Unable to assess',
	'term.milestone.planned': 'Planned',
	'term.milestone.in_progress': 'In progress',
	'term.milestone.done': 'Done',
	'term.milestone.delayed': 'Delayed',
	'term.milestone.overdue': 'Overdue',
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
	'term.income.high': 'High income',
	'term.role.viewer': 'viewer',
	'term.role.editor': 'editor',
	'term.role.analyst': 'analyst',
	'term.role.admin': 'admin'
};
