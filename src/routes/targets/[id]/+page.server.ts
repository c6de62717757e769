import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizePath, type Locale } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';
import { db } from '$lib/server/db';
import { deleteTarget, getTarget } from '$lib/server/db/policies';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { auditPlan, formOptions } from '$lib/server/plans';
import { localizeOptions } from '$lib/server/localize';
import { translationFormValues } from '$lib/server/entered-texts';
import { saveTarget } from '../target-form.server';

function targetOf(id: string, locale: Locale) {
	const target = /^\d+$/.test(id) ? getTarget(db, Number(id)) : undefined;
	if (!target) error(404, translate(locale, 'editing.error.noTarget'));
	return target;
}

export const load = (({ params, locals }) => {
	const t = targetOf(params.id, locals.locale);
	return {
		editing: hasRole(locals.user, 'editor'),
		options: localizeOptions(formOptions(db, locals.locale), locals.locale),
		id: t.id,
		/** The target's fields as the form shows them. */
		values: {
			...Object.fromEntries(
				Object.entries({ ...t, isExample: t.isExample ? 'on' : '' }).map(([k, v]) => [
					k,
					v === null ? '' : String(v)
				])
			),
			...translationFormValues(db, 'target', t.id)
		} as Record<string, string>
	};
}) satisfies PageServerLoad;

export const actions = {
	save: ({ request, params, locals, cookies }) => {
		const user = requireRole(locals, 'editor');
		const { id } = targetOf(params.id, locals.locale);
		return saveTarget(request, user.email, locals.locale, cookies, id);
	},
	delete: ({ params, locals }) => {
		const user = requireRole(locals, 'editor');
		const t = targetOf(params.id, locals.locale);
		deleteTarget(db, t.id);
		auditPlan(db, user.email, 'target.delete', `target ${t.id}`, t);
		redirect(303, localizePath(`/targets?country=${t.country}`, locals.locale));
	}
} satisfies Actions;
