import { flashSaved } from '$lib/server/flash';
import { fail, redirect, type Cookies } from '@sveltejs/kit';
import { checkTranslations } from '$lib/domain/entered-text-rules';
import { checkPolicy } from '$lib/domain/plan-rules';
import { localizePath, type Locale } from '$lib/i18n/locales';
import { db } from '$lib/server/db';
import { translateEach } from '$lib/i18n/translate';
import { saveTexts } from '$lib/server/db/entered-texts';
import { createPolicy, updatePolicy } from '$lib/server/db/policies';
import { transaction } from '$lib/server/db/transactions';
import { auditPlan, formFields, planContext } from '$lib/server/plans';

/** The policy's fields entered in every language, and their longest length. */
const TRANSLATED = { name: 200, description: 4000 };

/**
 * Creates (no `id`) or updates a policy from a submitted form, with its name and description in
 * every language; refuses a bad one with why, in the page's language, and goes back to the
 * targets in that language.
 */
export async function savePolicy(
	request: Request,
	actor: string,
	locale: Locale,
	cookies: Cookies,
	id?: number
) {
	const fields = formFields(await request.formData());
	const checked = checkPolicy(fields, planContext(db));
	const texts = checkTranslations(fields, TRANSLATED);
	if (!checked.ok || !texts.ok) {
		const errors = { ...(checked.ok ? {} : checked.errors), ...(texts.ok ? {} : texts.errors) };
		return fail(400, { errors: translateEach(locale, errors), values: fields });
	}
	transaction(db, () => {
		const saved = id ?? createPolicy(db, checked.value);
		if (id !== undefined) updatePolicy(db, id, checked.value);
		saveTexts(db, 'policy', saved, texts.value);
		const details = { ...checked.value, translations: texts.value };
		auditPlan(
			db,
			actor,
			id === undefined ? 'policy.create' : 'policy.update',
			`policy ${saved}`,
			details
		);
	});
	flashSaved(cookies, 'policy');
	redirect(303, localizePath(`/targets?country=${checked.value.country}`, locale));
}
