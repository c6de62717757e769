/** How the EGDI changed between two editions, index by index (`$lib/components/ComponentChanges`). */
export default {
	'change.caption':
		'Each index’s own change, and its contribution to the EGDI change: its own change ÷ {count}, as the EGDI is the mean of the {count}.',
	'change.index': 'Index',
	'change.own': 'Own change',
	'change.contribution': 'Contribution to EGDI',
	'change.driver':
		'Driven mostly by {code}: it changed by {change} on its own, contributing {contribution} to the EGDI.'
};
