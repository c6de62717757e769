import { json, redirect, type Handle, type RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { bearerToken, userForApiToken } from '$lib/server/auth/tokens';
import { SESSION_COOKIE, sessionCookieOptions, validateSession } from '$lib/server/auth/sessions';
import { db } from '$lib/server/db';
import { localizePath, splitLocale } from '$lib/i18n/locales';

/** `ANONYMOUS_READ=false` keeps the dashboard for signed-in users; anyone may read by default. */
const anonymousRead = () => !['false', '0', 'no'].includes(env.ANONYMOUS_READ?.trim() ?? '');

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
/** What anyone may reach even when reading needs an account. */
const openToAll = (path: string) =>
	under(path, '/login') ||
	under(path, '/healthz') ||
	under(path, '/lang') ||
	path.startsWith('/_app/') ||
	/^\/(favicon\.svg|robots\.txt)$/.test(path);

/**
 * Who sends the request: the session cookie's user (the cookie is renewed with the session,
 * dropped when invalid) or the API token's. Returns false for a token that opens nothing.
 */
function identify(event: RequestEvent): { mustChangePassword: boolean } | false {
	const token = bearerToken(event.request);
	if (token) {
		event.locals.user = userForApiToken(db, token);
		return event.locals.user ? { mustChangePassword: false } : false;
	}
	const cookie = event.cookies.get(SESSION_COOKIE);
	if (!cookie) return { mustChangePassword: false };
	const session = validateSession(db, cookie);
	if (!session) {
		event.cookies.delete(SESSION_COOKIE, { path: '/' });
		return { mustChangePassword: false };
	}
	event.locals.user = session.user;
	if (session.renewed)
		event.cookies.set(
			SESSION_COOKIE,
			cookie,
			sessionCookieOptions(event.request, event.url, session.expiresAt)
		);
	return { mustChangePassword: session.mustChangePassword };
}

/** A refusal as JSON for the API, as text otherwise. */
function refuse(isApi: boolean, status: 401 | 403, message: string): Response {
	const headers = status === 401 ? { 'www-authenticate': 'Bearer' } : undefined;
	return isApi
		? json({ error: message }, { status, headers })
		: new Response(message, { status, headers: { ...headers, 'content-type': 'text/plain' } });
}

/**
 * Sets `locals.user` from the session or API token, then the guards: an unknown token is
 * refused, a password given by an admin is changed first, and with `ANONYMOUS_READ=false`
 * nothing but the sign-in page opens without an account. The guards read the path without
 * its language prefix; sign-in and account redirects keep the language.
 */
export const authenticate: Handle = ({ event, resolve }) => {
	event.locals.user = null;
	const { path } = splitLocale(event.url.pathname);
	const locale = event.locals.locale;
	const isApi = under(path, '/api');
	const who = identify(event);
	if (!who) {
		return refuse(isApi, 401, 'The API token is unknown, revoked or its user deactivated.');
	}
	const reading = event.request.method === 'GET' || event.request.method === 'HEAD';
	// A password given by an admin is changed before anything else (see /account).
	if (who.mustChangePassword && !under(path, '/account') && !under(path, '/logout')) {
		if (isApi || !reading) return refuse(isApi, 403, 'Change your password first, on /account.');
		if (!path.startsWith('/_app/')) redirect(303, localizePath('/account', locale));
	}
	if (!event.locals.user && !anonymousRead() && !openToAll(path)) {
		if (isApi || !reading) return refuse(isApi, 401, 'Sign in or send an API token to do this.');
		redirect(
			303,
			localizePath(
				`/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`,
				locale
			)
		);
	}
	return resolve(event);
};
