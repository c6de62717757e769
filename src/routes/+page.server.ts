import type { PageServerLoad } from './$types';
import { listCountries } from '$lib/server/db/countries';
import { effectiveStatus, nextMilestones } from '$lib/domain/milestones';
import { listMilestones, listTargets } from '$lib/server/db/policies';
import { focusCountry } from '$lib/server/focus';
import { todayIso } from '$lib/server/plans';
import { assessTargets } from '$lib/server/targets';
import { executiveSummary } from './summary.server';

export const load = (({ url }) => {
	const focus = focusCountry(url);
	const today = todayIso();
	const milestones = listMilestones({ country: focus });
	return {
		/** The executive summary of the focus country (`?country=ISO3`, else the configured one). */
		summary: executiveSummary(focus),
		/** The focus country's targets with their status, for the at-a-glance list. */
		targets: assessTargets(listTargets(focus)).map((t) => ({
			id: t.id,
			label: t.label,
			status: t.assessment.status,
			isExample: t.isExample,
			growth: t.growth
		})),
		/** The next three milestones not done (overdue first), else the last one done. */
		milestones: {
			next: nextMilestones(milestones, 3).map((m) => ({ ...m, ...effectiveStatus(m, today) })),
			lastDone: milestones.filter((m) => m.status === 'done').at(-1) ?? null
		},
		/** For the country picker. */
		countries: listCountries().map((c) => ({ iso3: c.iso3, name: c.name }))
	};
}) satisfies PageServerLoad;
