import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { countryNames } from '$lib/server/db/countries';
import { effectiveStatus, nextMilestones } from '$lib/domain/milestones';
import { listMilestones, listTargets } from '$lib/server/db/policies';
import { focusCountry } from '$lib/server/focus';
import { formatDate, translate } from '$lib/i18n';
import { enteredTextsIn } from '$lib/server/entered-texts';
import { localizeNames } from '$lib/server/i18n';
import { todayIso } from '$lib/server/plans';
import { targetEvidence } from '$lib/server/target-evidence';
import { assessTargets } from '$lib/server/targets';
import { executiveSummary } from '$lib/server/summary';

export const load = (({ url, locals }) => {
	const focus = focusCountry(db, url);
	const today = todayIso();
	const milestones = listMilestones(db, { country: focus });
	const targets = listTargets(db, focus);
	const lastDone = milestones.filter((m) => m.status === 'done').at(-1) ?? null;
	const text = enteredTextsIn(db, locals.locale);
	const collator = new Intl.Collator(locals.locale);
	return {
		/** The hint above the peers table on a phone, written here (see the `served` messages). */
		scrollHint: translate(locals.locale, 'served.scrollHint'),
		/** The executive summary of the focus country (`?country=ISO3`, else the configured one). */
		summary: executiveSummary(db, focus, locals.locale),
		/** The focus country's targets: what each aims at (a message) and its status. */
		targets: assessTargets(targets, targetEvidence(db, targets)).map((t) => ({
			id: t.id,
			label: t.label,
			status: t.assessment.status,
			isExample: t.isExample
		})),
		/**
		 * The next three milestones not done (overdue first), else the last one done, with their
		 * titles in the page's language (or marked as a fallback) and their dates in words.
		 * Written here: browsers without the language's data (Khmer is missing from some Chromium
		 * builds) would write them in English.
		 */
		milestones: {
			next: nextMilestones(milestones, 3).map((m) => ({
				...m,
				...effectiveStatus(m, today),
				titleText: text('milestone', m.id, 'title', m.title),
				when: formatDate(m.date, locals.locale, 'medium')
			})),
			lastDone: lastDone && {
				...lastDone,
				titleText: text('milestone', lastDone.id, 'title', lastDone.title),
				when: formatDate(lastDone.date, locals.locale, 'medium')
			}
		},
		/** For the country picker: names in the page's language, in its alphabetical order. */
		countries: localizeNames(countryNames(db), locals.locale).sort((a, b) =>
			collator.compare(a.name, b.name)
		)
	};
}) satisfies PageServerLoad;
