import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizePath } from '$lib/i18n/locales';
import { endSession, SESSION_COOKIE } from '$lib/server/auth/sessions';
import { db } from '$lib/server/db';

/** Signing out is a POST (the header's button); a visit only offers the button. */
export const load = (({ locals }) => {
	if (!locals.user) redirect(303, localizePath('/', locals.locale));
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: ({ cookies, locals }) => {
		const token = cookies.get(SESSION_COOKIE);
		if (token) endSession(db, token);
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, localizePath('/', locals.locale));
	}
} satisfies Actions;
