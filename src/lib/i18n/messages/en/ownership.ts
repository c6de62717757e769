/** Who owns a target and reviews it, what a milestone moves and serves, grouping by ministry. */
export default {
	'ownership.component.none': 'None stated',
	'ownership.targets.none': 'The country has no target yet.',
	'ownership.card.responsible': 'Responsible',
	'ownership.card.owner': 'Owner',
	'ownership.card.reviewed': 'Last reviewed {date}',
	'ownership.card.next': 'Next review {date}',
	'ownership.card.overdue': 'Review overdue since {date}',
	'ownership.card.unowned': 'No responsible body or owner recorded yet.',
	'ownership.card.milestones': 'Milestones serving this target',
	'ownership.milestone.moves': 'Moves {indicator}',
	'ownership.milestone.serves': 'Serves {targets}',
	'ownership.group.label': 'Show targets',
	'ownership.group.all': 'all together',
	'ownership.group.body': 'grouped by responsible body',
	'ownership.group.submit': 'Apply',
	'ownership.group.noBody': 'No responsible body recorded',
	'ownership.group.status': 'Targets of {body} by status'
};
