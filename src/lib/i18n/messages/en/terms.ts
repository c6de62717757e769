import { unIndicatorTerms } from '../../indicator-terms';

/**
 * The glossary: every term of the domain, once, in every language. Pages and server code reach
 * it through `$lib/i18n/terms` (never by these keys in another group), and a sentence that names
 * a term takes it as a parameter, so that a Khmer reader sees the same word on every page.
 * `tests/unit/glossary.spec.ts` fails when another message repeats one of these texts. The UN
 * indicators' names come first (their definitions: `definitions.ts`): one entry per indicator of `$lib/domain/un-indicators.ts`.
 */
export default {
	...unIndicatorTerms({
		EGDI: {
			name: 'E-Government Development Index',
			short: 'E-government development'
		},
		OSI: {
			name: 'Online Service Index',
			short: 'Online services'
		},
		TII: {
			name: 'Telecommunication Infrastructure Index',
			short: 'Telecom infrastructure'
		},
		HCI: {
			name: 'Human Capital Index',
			short: 'Human capital'
		},
		EPI: {
			name: 'E-Participation Index',
			short: 'E-participation'
		}
	}),
	'term.rank.name': 'EGDI rank',
	'term.level.veryHigh': 'Very High',
	'term.level.high': 'High',
	'term.level.middle': 'Middle',
	'term.level.low': 'Low',
	'term.progress.achieved': 'Target achieved',
	'term.progress.on_track': 'On track',
	'term.progress.acceleration_needed': 'Acceleration needed',
	'term.progress.limited_progress': 'Limited progress',
	'term.progress.deterioration': 'Deterioration',
	'term.progress.unable_to_assess': 'Unable to assess',
	'term.milestone.planned': 'Planned',
	'term.milestone.in_progress': 'In progress',
	'term.milestone.done': 'Done',
	'term.milestone.delayed': 'Delayed',
	'term.milestone.overdue': 'Overdue',
	'term.role.viewer': 'viewer',
	'term.role.editor': 'editor',
	'term.role.analyst': 'analyst',
	'term.role.admin': 'admin'
};
