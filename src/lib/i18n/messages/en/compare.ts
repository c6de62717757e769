/** Compare: up to eight countries side by side, their notices, charts and tables. */
export default {
	'compare.pageTitle': 'Compare {names}',
	'compare.pageTitleEmpty': 'Compare',
	'compare.eyebrow': 'Compare · UN E-Government Survey',
	'compare.eyebrowYears': 'Compare · UN E-Government Survey {from}–{to}',
	'compare.title': 'Compare countries',
	'compare.headline.one': '**{name}**: EGDI **{egdi}** in {year}.',
	'compare.headline.oneRanked': '**{name}**: EGDI **{egdi}** in {year}, rank {rank} of {total}.',
	'compare.headline.leads': '**{names}** leads {among} in {year} with an EGDI of **{egdi}**',
	'compare.headline.share':
		'**{names}** share the lead {among} in {year} with an EGDI of **{egdi}**',
	'compare.headline.rank': ' (rank {rank} of {total})',
	'compare.headline.ahead': ', **{gap}** ahead of {name}',
	'compare.headline.end': '.',
	'compare.lowest': 'Lowest: {name} at {value}, {gap} behind the leader.',
	'compare.missing': 'No {year} value for {names}.',
	'compare.noEgdi': 'No {year} EGDI for {names}.',
	'compare.intro': 'Up to {max} countries side by side on every indicator.',
	'compare.notices': 'Notices',
	'compare.notice.didYouMean': 'Did you mean {link}?',
	'compare.notice.unknown_one': 'No country has the code or name {entries}; it was left out.',
	'compare.notice.unknown_other':
		'No country has the codes or names {entries}; they were left out.',
	'compare.notice.over':
		'A comparison shows up to {max} countries, so the first {max} are shown; left out: {names}.',
	'compare.notice.noMatch': 'No country matches {asked}.',
	'compare.notice.full': 'A comparison shows up to {max} countries: remove one to add {name}.',
	'compare.quote': '“{text}”',
	'compare.list.two': '{rest} and {last}',
	'compare.list.many': '{rest} and {last}',
	'compare.selection': 'Countries compared',
	'compare.picker.add': 'Add a country',
	'compare.legend': 'Countries',
	'compare.trends.title': 'Every indicator over time',
	'compare.trends.note':
		"The indices are relative: they are re-scaled every edition, so a change partly reflects other countries' progress.",
	'compare.trends.methodology': 'Methodology',
	'compare.empty.title': 'No country selected',
	'compare.empty.text':
		'Add a country with the field above — by name or ISO3 code — to see it beside up to {others} others, or start from {link}.',
	'compare.empty.link': 'the default comparison',
	'compare.trend.rank': 'rank {rank}',
	'compare.trend.rankTitle': '{rank} (1 = best)',
	'compare.trend.rankSummary':
		'EGDI rank by edition, {years}, drawn with rank 1 (the best) at the top.',
	'compare.trend.summary': '{name} by edition, {years}.',
	'compare.trend.single': 'In {year}, {name}: {value}.',
	'compare.trend.bestWorst':
		'In {year}, {best} is highest ({bestValue}) and {worst} lowest ({worstValue}).',
	'compare.trend.bestWorstRank':
		'In {year}, {best} is best placed ({bestValue}) and {worst} lowest placed ({worstValue}).',
	'compare.trend.gaps': 'Gaps are editions without a value.',
	'compare.trend.edition': 'Edition',
	'compare.trend.svgTitle': 'Line chart of {title} by edition for {names}',
	'compare.trend.point': '{name}, {year}: {value}',
	'compare.latest.title': 'Latest components side by side, {year}',
	'compare.latest.chartTitle': 'EGDI and its components, {year}',
	'compare.latest.summary':
		'The EGDI is the mean of the {osi} (OSI), {tii} (TII) and {hci} (HCI). One bar per country, in the order of the legend.',
	'compare.latest.svgTitle':
		'Grouped bar chart of the EGDI, OSI, TII and HCI of each country in {year}',
	'compare.latest.bar': '{name}, {component}: {value}',
	'compare.latest.notAssessed': 'not assessed',
	'compare.latest.caption': 'Ranked by EGDI, {year}',
	'compare.latest.rankOf': '(rank of {total})',
	'compare.latest.country': 'Country',
	'compare.latest.rank': 'Rank',
	'compare.among.chosen': 'among the {count} countries compared',
	'compare.among.group': 'among the {group} members',
	'compare.among.groupNearest': 'among the {group} members ranked nearest {country}',
	'compare.among.worldNearest': 'among the countries ranked nearest {country}',
	'compare.average.choose': 'Show the average of',
	'compare.average.show': 'Show',
	'compare.average.label': '{group} average',
	'compare.average.note':
		'An average counts the countries of the group in each edition: the least developed countries of 2022 include Bhutan, those of 2024 do not.'
};
