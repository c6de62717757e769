import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { deleteMilestone, getMilestone, getPolicy } from '$lib/server/db/policies';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { auditPlan, formOptions } from '$lib/server/plans';
import { saveMilestone } from '../milestone-form.server';

function milestoneOf(id: string) {
	const milestone = /^\d+$/.test(id) ? getMilestone(Number(id)) : undefined;
	if (!milestone) error(404, 'No such milestone');
	return milestone;
}

export const load = (({ params, locals }) => {
	const m = milestoneOf(params.id);
	return {
		editing: hasRole(locals.user, 'editor'),
		options: formOptions(),
		/** The milestone's fields as the form shows them. */
		values: Object.fromEntries(
			Object.entries(m).map(([k, v]) => [k, v === null ? '' : String(v)])
		) as Record<string, string>
	};
}) satisfies PageServerLoad;

export const actions = {
	save: ({ request, params, locals }) => {
		const user = requireRole(locals, 'editor');
		return saveMilestone(request, user.email, milestoneOf(params.id).id);
	},
	delete: ({ params, locals }) => {
		const user = requireRole(locals, 'editor');
		const m = milestoneOf(params.id);
		deleteMilestone(m.id);
		auditPlan(user.email, 'milestone.delete', `milestone ${m.id}`, m);
		redirect(303, `/targets?country=${getPolicy(m.policyId)?.country ?? ''}`);
	}
} satisfies Actions;
