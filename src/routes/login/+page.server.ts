import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizePath } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';
import { SESSION_COOKIE, sessionCookieOptions } from '$lib/server/auth/sessions';
import { localPath, signIn } from '$lib/server/auth/sign-in';
import { db } from '$lib/server/db';

export const load = (({ locals, url }) => {
	const next = localizePath(localPath(url.searchParams.get('next')), locals.locale);
	if (locals.user) redirect(303, next);
	/** Where to go once signed in: a path of this site only, in the page's language. */
	return { next };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, url, getClientAddress, locals }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const next = localizePath(
			localPath(String(form.get('next') ?? url.searchParams.get('next') ?? '')),
			locals.locale
		);
		const result = await signIn(db, {
			email,
			password: String(form.get('password') ?? ''),
			address: getClientAddress()
		});
		if (!result.ok)
			return fail(result.status, { email, message: translate(locals.locale, result.message) });
		cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(request, url, result.expiresAt));
		const account = `${localizePath('/account', locals.locale)}?next=${encodeURIComponent(next)}`;
		redirect(303, result.mustChangePassword ? account : next);
	}
} satisfies Actions;
