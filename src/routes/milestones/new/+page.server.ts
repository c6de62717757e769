import type { Actions, PageServerLoad } from './$types';
import { listPolicies } from '$lib/server/db/policies';
import { focusCountry } from '$lib/server/focus';
import { editingEnabled, formOptions, todayIso } from '$lib/server/plans';
import { saveMilestone } from '../milestone-form.server';

export const load = (({ url }) => {
	const policy = listPolicies(focusCountry(url)).at(-1);
	return {
		editing: editingEnabled(),
		options: formOptions(),
		/** A new milestone starts today, planned, in the focus country's latest policy. */
		values: { policyId: String(policy?.id ?? ''), date: todayIso(), status: 'planned' } as Record<
			string,
			string
		>
	};
}) satisfies PageServerLoad;

export const actions = {
	default: ({ request }) => saveMilestone(request)
} satisfies Actions;
