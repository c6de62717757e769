import { fail, redirect } from '@sveltejs/kit';
import { checkMilestone } from '$lib/domain/plan-rules';
import { createMilestone, getPolicy, updateMilestone } from '$lib/server/db/policies';
import { formFields, planContext, requireEditing } from '$lib/server/plans';

/** Creates (no `id`) or updates a milestone from a submitted form; refuses a bad one with why. */
export async function saveMilestone(request: Request, id?: number) {
	requireEditing();
	const fields = formFields(await request.formData());
	const checked = checkMilestone(fields, planContext());
	if (!checked.ok) return fail(400, { errors: checked.errors, values: fields });
	if (id === undefined) createMilestone(checked.value);
	else updateMilestone(id, checked.value);
	redirect(303, `/targets?country=${getPolicy(checked.value.policyId)?.country ?? ''}`);
}
