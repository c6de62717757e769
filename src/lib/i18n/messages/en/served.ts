/**
 * Texts only the server writes into pages, already translated (a target card's words, the hint
 * above a table that scrolls): no page loads this group, so its words cost no page JavaScript.
 */
export default {
	'served.card.achieved': 'The latest value already meets the target.',
	'served.card.growth': '{growth}.',
	'served.card.growthRank': '{growth} (on the rank number, lower is better).',
	'served.card.cannotAssess':
		'Two editions at least are needed from the baseline year on to assess progress.',
	'served.card.verdict.meets':
		'At the observed rate ({observed} a year since {from}) it would be {value} in {year}: the target is met.',
	'served.card.verdict.short':
		'At the observed rate ({observed} a year since {from}) it would be {value} in {year}: short of the target, {target}.',
	'served.scrollHint': 'Scroll sideways for every column →',
	'served.trend.controls': 'Explore the charts',
	'served.trend.view': 'Show',
	'served.trend.view.value': 'Values',
	'served.trend.view.change': 'Change since an edition',
	'served.trend.view.index': 'Index (that edition = 100)',
	'served.trend.since': 'From the edition',
	'served.trend.apply': 'Apply',
	'served.trend.caption.change': 'change since {year}',
	'served.trend.caption.index': 'index, {year} = 100',
	'served.trend.add': 'Add a country to the charts',
	'served.trend.choose': 'Choose a country…',
	'served.trend.added': 'Added:',
	'served.trend.remove': 'Remove {country} from the charts',
	'served.trend.unknown': 'No country has the code or name {entries}; left out.',
	'served.trend.full': 'The charts take {max} added countries at most; left out: {names}.',
	'served.profile.notFound': 'No country with the ISO3 code "{code}"',
	'served.profile.income': '{income} (World Bank, about {year})',
	'served.profile.edition': 'Edition',
	'served.profile.chart.summary':
		"{country}'s {code} in every edition beside the mean of {region} and of the world; gaps are editions without a value.",
	'served.profile.chart.line': 'Line chart of {code} for {country}, {region} and the world',
	'served.profile.rank.summary':
		"{country}'s place in the world ranking in each edition; rank 1 is at the top.",
	'served.profile.rank.chart': "Line chart of {country}'s EGDI rank by edition, rank 1 at the top",
	'served.profile.rank.describe': '{year}: rank {rank}',
	'served.countries.area.region': 'Region',
	'served.countries.area.other': 'Other',
	'served.profile.mean': '{area} mean',
	'served.profile.worldMean': 'World mean',
	'served.profile.components.title': 'Components, {year}',
	'served.profile.components.summary':
		"{country}'s indices in {year} side by side, each beside the mean of {region} and of the world.",
	'served.profile.components.index': 'Index',
	'served.profile.components.chart':
		"Bar chart of {country}'s indices beside regional and world means",
	'served.profile.within.title': 'Within {region}, {year}',
	'served.profile.within.summary':
		"Every {region} country's EGDI in {year}; {country} is {position} of {count}. Dashed lines mark the level-group boundaries.",
	'served.profile.within.place': 'Place',
	'served.profile.within.country': 'Country',
	'served.profile.within.worldRank': 'World rank',
	'served.profile.within.chart': 'Strip chart of EGDI across {region} with {country} highlighted',
	'served.map.editions': 'The map in each edition',
	'served.map.edition': 'Map edition',
	'served.map.play': 'Play',
	'served.map.pause': 'Pause',
	'served.map.description':
		'Countries shaded by {code} in {count} equal steps from {min} to {max}: the higher the value, the stronger the shade; hatched where not assessed; {focus} outlined.',
	'served.compare.groupTooLarge':
		'{group} has {count} members, more than the {max} countries a comparison shows: its average can be shown beside the countries chosen.',
	'served.compare.groupUnknown': 'No group has the code {code}.'
};
