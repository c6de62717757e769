/** Compare: up to twelve countries (a whole group) side by side, their notices, charts and tables. */
export default {
	'compare.eyebrow': 'Compare · UN E-Government Survey',
	'compare.eyebrowYears': 'Compare · UN E-Government Survey {from}–{to}',
	'compare.title': 'Compare countries',
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
	'compare.average.choose': 'Show the average of',
	'compare.average.show': 'Show',
	'compare.average.label': '{group} average',
	'compare.average.note':
		'An average counts the countries of the group in each edition: the least developed countries of 2022 include Bhutan, those of 2024 do not; Timor-Leste joined ASEAN in October 2025, so the ASEAN averages up to 2024 are of ten members.',
	'compare.group.choose': 'Compare a whole group',
	'compare.group.link': '{group}: all {count} members',
	'compare.latest.summaryAverages': 'After the countries, in grey: {names}.',
	'compare.multi.add': 'Add a country',
	'compare.multi.selected': 'Selected countries',
	'compare.multi.remove': 'Remove {name}',
	'compare.multi.placeholder': 'Type a name or ISO3 code',
	'compare.multi.submit': 'Add',
	'compare.multi.full':
		'{count} countries is the most one comparison shows: remove one to add another.'
};
