import { fail, redirect } from '@sveltejs/kit';
import { checkMilestone } from '$lib/domain/plan-rules';
import { localizePath, type Locale } from '$lib/i18n/locales';
import { db } from '$lib/server/db';
import { translateEach } from '$lib/i18n/translate';
import { createMilestone, getPolicy, updateMilestone } from '$lib/server/db/policies';
import { auditPlan, formFields, planContext } from '$lib/server/plans';

/**
 * Creates (no `id`) or updates a milestone from a submitted form; refuses a bad one with why, in
 * the page's language, and goes back to the targets in that language.
 */
export async function saveMilestone(request: Request, actor: string, locale: Locale, id?: number) {
	const fields = formFields(await request.formData());
	const checked = checkMilestone(fields, planContext(db));
	if (!checked.ok)
		return fail(400, { errors: translateEach(locale, checked.errors), values: fields });
	if (id === undefined) {
		const created = createMilestone(db, checked.value);
		auditPlan(db, actor, 'milestone.create', `milestone ${created}`, checked.value);
	} else {
		updateMilestone(db, id, checked.value);
		auditPlan(db, actor, 'milestone.update', `milestone ${id}`, checked.value);
	}
	const country = getPolicy(db, checked.value.policyId)?.country ?? '';
	redirect(303, localizePath(`/targets?country=${country}`, locale));
}
