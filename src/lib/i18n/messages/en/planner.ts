/** A target's planner (/targets/[id]/plan): what it takes to reach it, component by component. */
export default {
	'planner.pageTitle': 'What it takes: {target}',
	'planner.eyebrow': 'Planner · {country}',
	'planner.back': 'All targets',
	'planner.relative':
		'The EGDI is relative: each edition re-scales every country against the others. The rank and class below are estimates, made by projecting each of the other {countries} countries on the straight-line trend of its own EGDI over the last ten years. They are not forecasts.',
	'planner.unsupported':
		'The planner covers targets on the EGDI, its rank and its components ({components}). This target is on another indicator.',
	'planner.noYears':
		'The target year is not after the latest edition ({year}): there is nothing left to plan.',
	'planner.required.title': 'The required path',
	'planner.required.text':
		'Component values, edition by edition, that would reach the target: the EGDI grows at a steady rate from the latest edition ({year}) to the target, each component closing the same share of its distance to the frontier (1).',
	'planner.required.textComponent':
		'The values, edition by edition, that would reach the target: {indicator} grows at a steady rate from the latest edition ({year}) to the target; the other components are held where they are.',
	'planner.required.caption': 'Required path from {year} to the target',
	'planner.column.edition': 'Edition',
	'planner.column.group': 'Level group',
	'planner.column.class': 'Rating class',
	'planner.column.rank': 'Estimated rank',
	'planner.latest': '{year} (latest)',
	'planner.rankOf': '~{rank} of {countries}',
	'planner.scenario.title': 'Your scenario',
	'planner.scenario.text':
		'Set a pace for each component, in index points a year (0.01 a year is +0.02 an edition). The table shows where it leads.',
	'planner.pace': '{indicator}, points a year',
	'planner.pace.now': 'now {value}',
	'planner.show': 'Show the scenario',
	'planner.preset.observed': 'Pace observed since {year}',
	'planner.preset.required': 'Pace the target requires',
	'planner.invalid':
		'Paces are numbers between −{max} and {max} points a year; the observed pace is used instead of: {names}.',
	'planner.scenario.caption': 'Scenario: projected components, EGDI, group, class and rank',
	'planner.outcome.reaches': 'At these paces the target is reached by {year}.',
	'planner.outcome.short': 'At these paces the target is not reached by {year}.',
	'planner.outcome.end':
		'{year}: EGDI {egdi}, {group} group, class {class}, estimated rank ~{rank} of {countries}.',
	'planner.outcome.differs':
		'This differs from the status above ({status}), which is the dashboard’s verdict: it grows the target’s measure itself at its observed rate since {year}, to {projection} in {targetYear}. A scenario instead moves each component by a steady number of points a year, none beyond 1 — a falling component or one already near 1 can make the two disagree.',
	'planner.effort.title': 'Most EGDI for the effort',
	'planner.effort.text':
		'Each component weighs a third of the EGDI, but a point is easier to win far from the frontier than close to it. Distance to the frontier (1 − value), largest first:',
	'planner.effort.item': '{indicator}: {value}, {headroom} from the frontier',
	'planner.effort.best': 'most room',
	'planner.briefTitle': 'Scenario: {target}',
	'planner.briefPaces': 'Paces, in index points a year: {paces}.',
	'planner.brief': 'Add this scenario to the brief',
	'planner.error.none':
		'There is no planner for this target: it does not exist, or its country has no component values in the latest edition.'
} as const;
