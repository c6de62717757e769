/** The countries index, the country profiles and the country pickers. */
export default {
	'countries.title': 'Countries',
	'countries.lead':
		'The 193 UN Member States with their {egdi} {year}, by UN M49 region. Open a country for its profile.',
	'countries.search': 'Find a country',
	'countries.search.placeholder': 'Type a name',
	'countries.search.none': 'No country matches “{q}”.',
	'countries.profile.kind': 'Country profile',
	'countries.profile.title': '{country} — country profile',
	'countries.profile.headline':
		'EGDI {egdi} in {year} — {group} group, class {code}; rank {rank} in the world, {subPosition} of {subCount} in {subregion} and {position} of {count} in {region}.',
	'countries.profile.noEgdi': '{country} has no EGDI value yet.',
	'countries.profile.compare': 'Compare with peers',
	'countries.profile.legend': 'Lines in the indicator charts',
	'countries.profile.changeSince': 'EGDI change since {year}: {change}'
};
