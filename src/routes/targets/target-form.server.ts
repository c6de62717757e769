import { fail, redirect } from '@sveltejs/kit';
import { checkTarget } from '$lib/domain/plan-rules';
import { localizePath, type Locale } from '$lib/i18n/locales';
import { db } from '$lib/server/db';
import { translateEach } from '$lib/i18n/translate';
import { createTarget, updateTarget } from '$lib/server/db/policies';
import { auditPlan, formFields, planContext } from '$lib/server/plans';

/**
 * Creates (no `id`) or updates a target from a submitted form; refuses a bad one with why, in
 * the page's language, and goes back to the targets in that language.
 */
export async function saveTarget(request: Request, actor: string, locale: Locale, id?: number) {
	const fields = formFields(await request.formData());
	const checked = checkTarget(fields, planContext(db));
	if (!checked.ok)
		return fail(400, { errors: translateEach(locale, checked.errors), values: fields });
	if (id === undefined) {
		const created = createTarget(db, checked.value);
		auditPlan(db, actor, 'target.create', `target ${created}`, checked.value);
	} else {
		updateTarget(db, id, checked.value);
		auditPlan(db, actor, 'target.update', `target ${id}`, checked.value);
	}
	redirect(303, localizePath(`/targets?country=${checked.value.country}`, locale));
}
