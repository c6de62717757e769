import { fail, redirect } from '@sveltejs/kit';
import { checkPolicy } from '$lib/domain/plan-rules';
import { createPolicy, updatePolicy } from '$lib/server/db/policies';
import { formFields, planContext, requireEditing } from '$lib/server/plans';

/** Creates (no `id`) or updates a policy from a submitted form; refuses a bad one with why. */
export async function savePolicy(request: Request, id?: number) {
	requireEditing();
	const fields = formFields(await request.formData());
	const checked = checkPolicy(fields, planContext());
	if (!checked.ok) return fail(400, { errors: checked.errors, values: fields });
	if (id === undefined) createPolicy(checked.value);
	else updatePolicy(id, checked.value);
	redirect(303, `/targets?country=${checked.value.country}`);
}
