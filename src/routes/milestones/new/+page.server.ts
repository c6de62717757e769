import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { listPolicies } from '$lib/server/db/policies';
import { focusCountry } from '$lib/server/focus';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { formOptions, todayIso } from '$lib/server/plans';
import { saveMilestone } from '../milestone-form.server';
import { targetChoices } from '../target-choices.server';

export const load = (({ url, locals }) => {
	const country = focusCountry(db, url);
	const policy = listPolicies(db, country).at(-1);
	return {
		editing: hasRole(locals.user, 'editor'),
		options: { ...formOptions(db, locals.locale), targets: targetChoices(db, country) },
		/** A new milestone starts today, planned, in the focus country's latest policy. */
		values: { policyId: String(policy?.id ?? ''), date: todayIso(), status: 'planned' } as Record<
			string,
			string
		>
	};
}) satisfies PageServerLoad;

export const actions = {
	default: ({ request, locals, cookies }) =>
		saveMilestone(request, requireRole(locals, 'editor').email, locals.locale, cookies)
} satisfies Actions;
