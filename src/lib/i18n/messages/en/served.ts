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
	'served.map.editions': 'The map in each edition',
	'served.map.edition': 'Map edition',
	'served.map.play': 'Play',
	'served.map.pause': 'Pause',
	'served.map.description':
		'Countries shaded by {code} in {count} equal steps from {min} to {max}: the higher the value, the stronger the shade; hatched where not assessed; {focus} outlined.'
};
