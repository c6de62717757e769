import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizePath, type Locale } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';
import { db } from '$lib/server/db';
import { deleteMilestone, getMilestone, getPolicy } from '$lib/server/db/policies';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { auditPlan, formOptions } from '$lib/server/plans';
import { translationFormValues } from '$lib/server/entered-texts';
import { targetsOfMilestone } from '$lib/server/db/milestone-links';
import { saveMilestone } from '../milestone-form.server';
import { targetChoices } from '../target-choices.server';

function milestoneOf(id: string, locale: Locale) {
	const milestone = /^\d+$/.test(id) ? getMilestone(db, Number(id)) : undefined;
	if (!milestone) error(404, translate(locale, 'editing.error.noMilestone'));
	return milestone;
}

export const load = (({ params, locals }) => {
	const m = milestoneOf(params.id, locals.locale);
	return {
		editing: hasRole(locals.user, 'editor'),
		options: {
			...formOptions(db, locals.locale),
			targets: targetChoices(db, getPolicy(db, m.policyId)?.country ?? '')
		},
		/** The milestone's fields as the form shows them; `targets` the ids it serves, joined. */
		values: {
			...Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v === null ? '' : String(v)])),
			...translationFormValues(db, 'milestone', m.id),
			targets: targetsOfMilestone(db, m.id).join(',')
		} as Record<string, string>
	};
}) satisfies PageServerLoad;

export const actions = {
	save: ({ request, params, locals, cookies }) => {
		const user = requireRole(locals, 'editor');
		const { id } = milestoneOf(params.id, locals.locale);
		return saveMilestone(request, user.email, locals.locale, cookies, id);
	},
	delete: ({ params, locals }) => {
		const user = requireRole(locals, 'editor');
		const m = milestoneOf(params.id, locals.locale);
		deleteMilestone(db, m.id);
		auditPlan(db, user.email, 'milestone.delete', `milestone ${m.id}`, m);
		const country = getPolicy(db, m.policyId)?.country ?? '';
		redirect(303, localizePath(`/targets?country=${country}`, locals.locale));
	}
} satisfies Actions;
