import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizePath } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';
import { audit } from '$lib/server/auth/audit';
import { MIN_PASSWORD_LENGTH, passwordProblem, verifyPassword } from '$lib/server/auth/passwords';
import { endUserSessions, SESSION_COOKIE } from '$lib/server/auth/sessions';
import { localPath } from '$lib/server/auth/sign-in';
import { getUser, setPassword } from '$lib/server/auth/users';
import { db } from '$lib/server/db';

function signedInUser(locals: App.Locals, url: URL) {
	const user = locals.user && getUser(db, locals.user.id);
	if (!user) {
		const login = localizePath('/login', locals.locale);
		redirect(303, `${login}?next=${encodeURIComponent(url.pathname + url.search)}`);
	}
	return user;
}

export const load = (({ locals, url }) => {
	const user = signedInUser(locals, url);
	return {
		account: { email: user.email, name: user.name, role: user.role, createdAt: user.createdAt },
		/** Set after an invitation: the password an admin gave must be replaced first. */
		mustChangePassword: user.mustChangePassword,
		minLength: MIN_PASSWORD_LENGTH,
		next: localizePath(localPath(url.searchParams.get('next')), locals.locale)
	};
}) satisfies PageServerLoad;

export const actions = {
	password: async ({ request, locals, url, cookies }) => {
		const user = signedInUser(locals, url);
		const say = (key: Parameters<typeof translate>[1]) => translate(locals.locale, key);
		const form = await request.formData();
		const current = String(form.get('current') ?? '');
		const password = String(form.get('password') ?? '');
		const confirm = String(form.get('confirm') ?? '');
		const errors: Record<string, string> = {};
		if (!(await verifyPassword(user.passwordHash, current)))
			errors.current = say('accounts.account.wrongCurrent');
		const problem = passwordProblem(password, user);
		if (problem) errors.password = translate(locals.locale, problem);
		else if (password === current) errors.password = say('accounts.account.sameAsCurrent');
		if (!problem && confirm !== password) errors.confirm = say('accounts.account.differ');
		if (Object.keys(errors).length) return fail(400, { errors });

		await setPassword(db, user.id, password);
		// Other browsers signed in with the old password are signed out; this one stays.
		endUserSessions(db, user.id, cookies.get(SESSION_COOKIE));
		audit(db, user.email, 'user.password', `user ${user.email}`, 'changed own password');
		return { changed: true };
	}
} satisfies Actions;
