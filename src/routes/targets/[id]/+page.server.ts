import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { deleteTarget, getTarget } from '$lib/server/db/policies';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { auditPlan, formOptions } from '$lib/server/plans';
import { saveTarget } from '../target-form.server';

function targetOf(id: string) {
	const target = /^\d+$/.test(id) ? getTarget(Number(id)) : undefined;
	if (!target) error(404, 'No such target');
	return target;
}

export const load = (({ params, locals }) => {
	const t = targetOf(params.id);
	return {
		editing: hasRole(locals.user, 'editor'),
		options: formOptions(),
		id: t.id,
		/** The target's fields as the form shows them. */
		values: Object.fromEntries(
			Object.entries({ ...t, isExample: t.isExample ? 'on' : '' }).map(([k, v]) => [
				k,
				v === null ? '' : String(v)
			])
		) as Record<string, string>
	};
}) satisfies PageServerLoad;

export const actions = {
	save: ({ request, params, locals }) => {
		const user = requireRole(locals, 'editor');
		return saveTarget(request, user.email, targetOf(params.id).id);
	},
	delete: ({ params, locals }) => {
		const user = requireRole(locals, 'editor');
		const t = targetOf(params.id);
		deleteTarget(t.id);
		auditPlan(user.email, 'target.delete', `target ${t.id}`, t);
		redirect(303, `/targets?country=${t.country}`);
	}
} satisfies Actions;
