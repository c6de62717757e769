import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { deletePolicy, getPolicy } from '$lib/server/db/policies';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { auditPlan, formOptions } from '$lib/server/plans';
import { savePolicy } from '../policy-form.server';

function policyOf(id: string) {
	const policy = /^\d+$/.test(id) ? getPolicy(Number(id)) : undefined;
	if (!policy) error(404, 'No such policy');
	return policy;
}

export const load = (({ params, locals }) => {
	const p = policyOf(params.id);
	return {
		editing: hasRole(locals.user, 'editor'),
		options: formOptions(),
		/** The policy's fields as the form shows them. */
		values: Object.fromEntries(
			Object.entries(p).map(([k, v]) => [k, v === null ? '' : String(v)])
		) as Record<string, string>
	};
}) satisfies PageServerLoad;

export const actions = {
	save: ({ request, params, locals }) => {
		const user = requireRole(locals, 'editor');
		return savePolicy(request, user.email, policyOf(params.id).id);
	},
	delete: ({ params, locals }) => {
		const user = requireRole(locals, 'editor');
		const p = policyOf(params.id);
		deletePolicy(p.id);
		auditPlan(user.email, 'policy.delete', `policy ${p.id}`, p);
		redirect(303, `/targets?country=${p.country}`);
	}
} satisfies Actions;
