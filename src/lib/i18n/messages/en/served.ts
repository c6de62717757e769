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
	'served.compare.groupTooLarge':
		'{group} has {count} members, more than the {max} countries a comparison shows: its average can be shown beside the countries chosen.',
	'served.compare.groupUnknown': 'No group has the code {code}.'
};
