import type { PageServerLoad } from './$types';
import { effectiveStatus } from '$lib/domain/milestones';
import { STATUS_ORDER } from '$lib/domain/progress';
import { listCountries } from '$lib/server/db/countries';
import { listMilestones, listPolicies, listTargets } from '$lib/server/db/policies';
import { focusCountry } from '$lib/server/focus';
import { hasRole } from '$lib/server/auth/guard';
import { todayIso } from '$lib/server/plans';
import { assessTargets } from '$lib/server/targets';

export const load = (({ url, locals }) => {
	const focus = focusCountry(url);
	const today = todayIso();
	const targets = assessTargets(listTargets(focus));
	const milestones = listMilestones({ country: focus }).map((m) => ({
		...m,
		...effectiveStatus(m, today),
		entered: m.status
	}));
	return {
		country: listCountries().find((c) => c.iso3 === focus)!,
		countries: listCountries().map((c) => ({ iso3: c.iso3, name: c.name })),
		/** Today (server date), for the timeline and overdue milestones. */
		today,
		policies: listPolicies(focus),
		/** Every target of the country, assessed. */
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
