import { flashSaved } from '$lib/server/flash';
import { fail, redirect, type Cookies } from '@sveltejs/kit';
import { checkTranslations } from '$lib/domain/entered-text-rules';
import { checkMilestoneLinks } from '$lib/domain/ownership';
import { checkMilestone } from '$lib/domain/plan-rules';
import { localizePath, type Locale } from '$lib/i18n/locales';
import { db } from '$lib/server/db';
import { translateEach } from '$lib/i18n/translate';
import { saveTexts } from '$lib/server/db/entered-texts';
import {
	countryOfPolicy,
	setMilestoneTargets,
	targetCountries
} from '$lib/server/db/milestone-links';
import { createMilestone, updateMilestone } from '$lib/server/db/policies';
import { transaction } from '$lib/server/db/transactions';
import { auditPlan, formFields, planContext } from '$lib/server/plans';

/** The milestone's fields entered in every language, and their longest length. */
const TRANSLATED = { title: 200, description: 4000 };

/**
 * Creates (no `id`) or updates a milestone from a submitted form — with the component it moves,
 * the targets it serves and its text in every language; refuses a bad one with why, in the
 * page's language, and goes back to the targets in that language.
 */
export async function saveMilestone(
	request: Request,
	actor: string,
	locale: Locale,
	cookies: Cookies,
	id?: number
) {
	const data = await request.formData();
	const fields = formFields(data);
	// One checkbox per target: every value of the field, not the last.
	fields.targets = data
		.getAll('targets')
		.filter((v) => typeof v === 'string')
		.join(',');
	const checked = checkMilestone(fields, planContext(db));
	const country = checked.ok ? countryOfPolicy(db, checked.value.policyId) : null;
	const targets = new Map(targetCountries(db).map((t) => [t.id, t]));
	const links = checkMilestoneLinks(fields, { targets, country });
	const texts = checkTranslations(fields, TRANSLATED);
	if (!checked.ok || !links.ok || !texts.ok) {
		const errors = {
			...(checked.ok ? {} : checked.errors),
			...(links.ok ? {} : links.errors),
			...(texts.ok ? {} : texts.errors)
		};
		return fail(400, { errors: translateEach(locale, errors), values: fields });
	}
	const input = { ...checked.value, component: links.value.component };
	transaction(db, () => {
		const saved = id ?? createMilestone(db, input);
		if (id !== undefined) updateMilestone(db, id, input);
		setMilestoneTargets(db, saved, links.value.targetIds);
		saveTexts(db, 'milestone', saved, texts.value);
		const details = { ...input, targets: links.value.targetIds, translations: texts.value };
		const action = id === undefined ? 'milestone.create' : 'milestone.update';
		auditPlan(db, actor, action, `milestone ${saved}`, details);
	});
	flashSaved(cookies, 'milestone');
	redirect(303, localizePath(`/targets?country=${country ?? ''}`, locale));
}
