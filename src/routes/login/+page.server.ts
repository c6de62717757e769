import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { SESSION_COOKIE, sessionCookieOptions } from '$lib/server/auth/sessions';
import { localPath, signIn } from '$lib/server/auth/sign-in';
import { db } from '$lib/server/db';

export const load = (({ locals, url }) => {
	const next = localPath(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	/** Where to go once signed in: a path of this site only. */
	return { next };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const next = localPath(String(form.get('next') ?? url.searchParams.get('next') ?? ''));
		const result = await signIn(db, {
			email,
			password: String(form.get('password') ?? ''),
			address: getClientAddress()
		});
		if (!result.ok) return fail(result.status, { email, message: result.message });
		cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(request, url, result.expiresAt));
		redirect(303, result.mustChangePassword ? `/account?next=${encodeURIComponent(next)}` : next);
	}
} satisfies Actions;
