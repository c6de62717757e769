import { flashSaved } from '$lib/server/flash';
import { fail, redirect, type Cookies } from '@sveltejs/kit';
import { checkTranslations } from '$lib/domain/entered-text-rules';
import { checkOwnership, NARRATIVE_MAX } from '$lib/domain/ownership';
import { checkTarget } from '$lib/domain/plan-rules';
import { localizePath, type Locale } from '$lib/i18n/locales';
import { db } from '$lib/server/db';
import { translateEach } from '$lib/i18n/translate';
import { saveTexts } from '$lib/server/db/entered-texts';
import { createTarget, updateTarget } from '$lib/server/db/policies';
import { transaction } from '$lib/server/db/transactions';
import { auditPlan, formFields, planContext } from '$lib/server/plans';

/** The target's fields entered in every language, and their longest length. */
const TRANSLATED = { note: 1000, narrative: NARRATIVE_MAX };

/**
 * Creates (no `id`) or updates a target from a submitted form — what it aims at, its ownership
 * and review dates, its note and narrative in every language; refuses a bad one with why, in the
 * page's language, and goes back to the targets in that language.
 */
export async function saveTarget(
	request: Request,
	actor: string,
	locale: Locale,
	cookies: Cookies,
	id?: number
) {
	const fields = formFields(await request.formData());
	const checked = checkTarget(fields, planContext(db));
	const owned = checkOwnership(fields);
	const texts = checkTranslations(fields, TRANSLATED);
	if (!checked.ok || !owned.ok || !texts.ok) {
		const errors = {
			...(checked.ok ? {} : checked.errors),
			...(owned.ok ? {} : owned.errors),
			...(texts.ok ? {} : texts.errors)
		};
		return fail(400, { errors: translateEach(locale, errors), values: fields });
	}
	const input = { ...checked.value, ...owned.value };
	transaction(db, () => {
		const saved = id ?? createTarget(db, input);
		if (id !== undefined) updateTarget(db, id, input);
		saveTexts(db, 'target', saved, texts.value);
		const details = { ...input, translations: texts.value };
		auditPlan(
			db,
			actor,
			id === undefined ? 'target.create' : 'target.update',
			`target ${saved}`,
			details
		);
	});
	flashSaved(cookies, 'target');
	redirect(303, localizePath(`/targets?country=${checked.value.country}`, locale));
}
