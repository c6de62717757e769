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
	'served.compare.groupUnknown': 'No group has the code {code}.',
	'served.compare.trend.rankTitle': '{rank} (1 = best)',
	'served.compare.trend.rankSummary':
		'EGDI rank by edition, {years}, drawn with rank 1 (the best) at the top.',
	'served.compare.trend.summary': '{name} by edition, {years}.',
	'served.compare.trend.single': 'In {year}, {name}: {value}.',
	'served.compare.trend.bestWorst':
		'In {year}, {best} is highest ({bestValue}) and {worst} lowest ({worstValue}).',
	'served.compare.trend.bestWorstRank':
		'In {year}, {best} is best placed ({bestValue}) and {worst} lowest placed ({worstValue}).',
	'served.compare.trend.gaps': 'Gaps are editions without a value.',
	'served.compare.trend.edition': 'Edition',
	'served.compare.trend.svgTitle': 'Line chart of {title} by edition for {names}',
	'served.compare.pageTitle': 'Compare {names}',
	'served.compare.pageTitleEmpty': 'Compare',
	'served.compare.headline.one': '**{name}**: EGDI **{egdi}** in {year}.',
	'served.compare.headline.oneRanked':
		'**{name}**: EGDI **{egdi}** in {year}, rank {rank} of {total}.',
	'served.compare.headline.leads': '**{names}** leads {among} in {year} with an EGDI of **{egdi}**',
	'served.compare.headline.share':
		'**{names}** share the lead {among} in {year} with an EGDI of **{egdi}**',
	'served.compare.headline.rank': ' (rank {rank} of {total})',
	'served.compare.headline.ahead': ', **{gap}** ahead of {name}',
	'served.compare.headline.end': '.',
	'served.compare.lowest': 'Lowest: {name} at {value}, {gap} behind the leader.',
	'served.compare.missing': 'No {year} value for {names}.',
	'served.compare.noEgdi': 'No {year} EGDI for {names}.',
	'served.compare.intro': 'Up to {max} countries side by side on every indicator.',
	'served.compare.list.two': '{rest} and {last}',
	'served.compare.list.many': '{rest} and {last}',
	'served.compare.among.chosen': 'among the {count} countries compared',
	'served.compare.among.group': 'among the {count} {group} members',
	'served.compare.among.groupNearest': 'among the {group} members ranked nearest {country}',
	'served.compare.among.worldNearest': 'among the countries ranked nearest {country}'
};
