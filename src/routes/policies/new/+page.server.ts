import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { focusCountry } from '$lib/server/focus';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { formOptions } from '$lib/server/plans';
import { localizeOptions } from '$lib/server/localize';
import { savePolicy } from '../policy-form.server';

export const load = (({ url, locals }) => ({
	editing: hasRole(locals.user, 'editor'),
	options: localizeOptions(formOptions(db, locals.locale), locals.locale),
	/** A new policy starts for the focus country, running to 2035. */
	values: { country: focusCountry(db, url), endYear: '2035' } as Record<string, string>
})) satisfies PageServerLoad;

export const actions = {
	default: ({ request, locals, cookies }) =>
		savePolicy(request, requireRole(locals, 'editor').email, locals.locale, cookies)
} satisfies Actions;
