/** The countries index, the country profiles and the country pickers. */
export default {
	'countries.title': 'Countries',
	'countries.lead':
		'The 193 UN Member States with their {egdi} {year}, by UN M49 region. Open a country for its profile.',
	'countries.search': 'Find a country',
	'countries.search.placeholder': 'Type a name',
	'countries.search.none': 'No country matches “{q}”.',
	'countries.notFound': 'No country with the ISO3 code "{code}"',
	'countries.profile.income': '{income} (World Bank, about {year})',
	'countries.profile.kind': 'Country profile',
	'countries.profile.title': '{country} — country profile',
	'countries.profile.headline':
		'EGDI {egdi} in {year} — {group} group, class {code}, rank {rank} in the world and {position} of {count} in {region}.',
	'countries.profile.noEgdi': '{country} has no EGDI value yet.',
	'countries.profile.compare': 'Compare with peers',
	'countries.profile.legend': 'Lines in the indicator charts',
	'countries.edition': 'Edition',
	'countries.mean': '{area} mean',
	'countries.worldMean': 'World mean',
	'countries.chart.summary':
		"{country}'s {code} in every edition beside the mean of {region} and of the world; gaps are editions without a value.",
	'countries.chart.line': 'Line chart of {code} for {country}, {region} and the world',
	'countries.rank.summary':
		"{country}'s place in the world ranking in each edition; rank 1 is at the top.",
	'countries.rank.column': 'Rank',
	'countries.rank.chart': "Line chart of {country}'s EGDI rank by edition, rank 1 at the top",
	'countries.rank.describe': '{year}: rank {rank}',
	'countries.components.title': 'Components, {year}',
	'countries.components.summary':
		"{country}'s indices in {year} side by side, each beside the mean of {region} and of the world.",
	'countries.components.index': 'Index',
	'countries.components.chart': "Bar chart of {country}'s indices beside regional and world means",
	'countries.within.title': 'Within {region}, {year}',
	'countries.within.summary':
		"Every {region} country's EGDI in {year}; {country} is {position} of {count}. Dashed lines mark the level-group boundaries.",
	'countries.within.place': 'Place',
	'countries.within.country': 'Country',
	'countries.within.worldRank': 'World rank',
	'countries.within.chart': 'Strip chart of EGDI across {region} with {country} highlighted',
	'countries.area.region': 'Region',
	'countries.area.other': 'Other',
	'countries.profile.changeSince': 'EGDI change since {year}: {change}'
};
