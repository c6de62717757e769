import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizePath, type Locale } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';
import { db } from '$lib/server/db';
import { deletePolicy, getPolicy } from '$lib/server/db/policies';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { auditPlan, formOptions } from '$lib/server/plans';
import { localizeOptions } from '$lib/server/localize';
import { translationFormValues } from '$lib/server/entered-texts';
import { savePolicy } from '../policy-form.server';

function policyOf(id: string, locale: Locale) {
	const policy = /^\d+$/.test(id) ? getPolicy(db, Number(id)) : undefined;
	if (!policy) error(404, translate(locale, 'editing.error.noPolicy'));
	return policy;
}

export const load = (({ params, locals }) => {
	const p = policyOf(params.id, locals.locale);
	return {
		editing: hasRole(locals.user, 'editor'),
		options: localizeOptions(formOptions(db, locals.locale), locals.locale),
		/** The policy's fields as the form shows them. */
		values: {
			...Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v === null ? '' : String(v)])),
			...translationFormValues(db, 'policy', p.id)
		} as Record<string, string>
	};
}) satisfies PageServerLoad;

export const actions = {
	save: ({ request, params, locals, cookies }) => {
		const user = requireRole(locals, 'editor');
		const { id } = policyOf(params.id, locals.locale);
		return savePolicy(request, user.email, locals.locale, cookies, id);
	},
	delete: ({ params, locals }) => {
		const user = requireRole(locals, 'editor');
		const p = policyOf(params.id, locals.locale);
		deletePolicy(db, p.id);
		auditPlan(db, user.email, 'policy.delete', `policy ${p.id}`, p);
		redirect(303, localizePath(`/targets?country=${p.country}`, locals.locale));
	}
} satisfies Actions;
