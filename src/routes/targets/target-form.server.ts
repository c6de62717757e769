import { fail, redirect } from '@sveltejs/kit';
import { checkTarget } from '$lib/domain/plan-rules';
import { createTarget, updateTarget } from '$lib/server/db/policies';
import { auditPlan, formFields, planContext } from '$lib/server/plans';

/** Creates (no `id`) or updates a target from a submitted form; refuses a bad one with why. */
export async function saveTarget(request: Request, actor: string, id?: number) {
	const fields = formFields(await request.formData());
	const checked = checkTarget(fields, planContext());
	if (!checked.ok) return fail(400, { errors: checked.errors, values: fields });
	if (id === undefined) {
		const created = createTarget(checked.value);
		auditPlan(actor, 'target.create', `target ${created}`, checked.value);
	} else {
		updateTarget(id, checked.value);
		auditPlan(actor, 'target.update', `target ${id}`, checked.value);
	}
	redirect(303, `/targets?country=${checked.value.country}`);
}
