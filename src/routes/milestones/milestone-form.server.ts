import { fail, redirect } from '@sveltejs/kit';
import { checkMilestone } from '$lib/domain/plan-rules';
import { createMilestone, getPolicy, updateMilestone } from '$lib/server/db/policies';
import { auditPlan, formFields, planContext } from '$lib/server/plans';

/** Creates (no `id`) or updates a milestone from a submitted form; refuses a bad one with why. */
export async function saveMilestone(request: Request, actor: string, id?: number) {
	const fields = formFields(await request.formData());
	const checked = checkMilestone(fields, planContext());
	if (!checked.ok) return fail(400, { errors: checked.errors, values: fields });
	if (id === undefined) {
		const created = createMilestone(checked.value);
		auditPlan(actor, 'milestone.create', `milestone ${created}`, checked.value);
	} else {
		updateMilestone(id, checked.value);
		auditPlan(actor, 'milestone.update', `milestone ${id}`, checked.value);
	}
	redirect(303, `/targets?country=${getPolicy(checked.value.policyId)?.country ?? ''}`);
}
