import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { focusCountry } from '$lib/server/focus';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { formOptions } from '$lib/server/plans';
import { localizeOptions } from '$lib/server/localize';
import { saveTarget } from '../target-form.server';

export const load = (({ url, locals }) => ({
	editing: hasRole(locals.user, 'editor'),
	options: localizeOptions(formOptions(db, locals.locale), locals.locale),
	/** A new target starts for the focus country, from the latest edition to 2035. */
	values: {
		country: focusCountry(db, url),
		indicator: 'EGDI',
		kind: 'value',
		baselineYear: '2024',
		targetYear: '2035'
	} as Record<string, string>
})) satisfies PageServerLoad;

export const actions = {
	default: ({ request, locals, cookies }) =>
		saveTarget(request, requireRole(locals, 'editor').email, locals.locale, cookies)
} satisfies Actions;
