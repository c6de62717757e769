import type { PageServerLoad } from './$types';
import { effectiveStatus } from '$lib/domain/milestones';
import { STATUS_ORDER } from '$lib/domain/progress';
import { db } from '$lib/server/db';
import { listCountries } from '$lib/server/db/countries';
import { listMilestones, listPolicies, listTargets } from '$lib/server/db/policies';
import { formatDate } from '$lib/i18n';
import { focusCountry } from '$lib/server/focus';
import { hasRole } from '$lib/server/auth/guard';
import { countryName } from '$lib/server/i18n';
import { todayIso } from '$lib/server/plans';
import { targetEvidence } from '$lib/server/target-evidence';
import { assessTargets } from '$lib/server/targets';
import { localizeCountries, localizeTarget } from '$lib/server/localize';

export const load = (({ url, locals }) => {
	const focus = focusCountry(db, url);
	const today = todayIso();
	const planned = listTargets(db, focus);
	const targets = assessTargets(planned, targetEvidence(db, planned)).map((t) =>
		localizeTarget(t, locals.locale)
	);
	const milestones = listMilestones(db, { country: focus }).map((m) => ({
		...m,
		...effectiveStatus(m, today),
		entered: m.status,
		/** The date as the page's language writes it (here: the browser may lack the language). */
		when: formatDate(m.date, locals.locale, 'medium')
	}));
	const countries = listCountries(db);
	const country = countries.find((c) => c.iso3 === focus)!;
	return {
		country: { ...country, name: countryName(country.iso3, locals.locale, country.name) },
		countries: localizeCountries(
			countries.map((c) => ({ iso3: c.iso3, name: c.name })),
			locals.locale
		),
		/** Today (server date), for the timeline and overdue milestones. */
		today,
		policies: listPolicies(db, focus),
		/** Every target of the country, assessed, in the page's language. */
		targets,
		/** How many targets have each status, in display order. */
		counts: STATUS_ORDER.map((status) => ({
			status,
			n: targets.filter((t) => t.assessment.status === status).length
		})),
		/** Milestones with the status to show (overdue ones delayed) and the one entered. */
		milestones,
		/** Whether the visitor may add and change targets, milestones and policies. */
		editing: hasRole(locals.user, 'editor')
	};
}) satisfies PageServerLoad;
