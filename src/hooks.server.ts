import { json, redirect, type Handle, type RequestEvent, type ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { env } from '$env/dynamic/private';
import { bearerToken, userForApiToken } from '$lib/server/auth/tokens';
import { SESSION_COOKIE, sessionCookieOptions, validateSession } from '$lib/server/auth/sessions';
import { loadBundledData } from '$lib/server/bundled';
import { db } from '$lib/server/db';
import { cachedResponse, keep } from '$lib/server/page-cache';
import { dataDirectory } from '$lib/server/reference';

/** First start: the database is already migrated by `db`; load the bundled UN data if empty. */
export const init: ServerInit = async () => {
	if (building) return;
	const loaded = await loadBundledData(db.$client, dataDirectory());
	if (loaded > 0)
		console.log(`Loaded the bundled dataset: ${loaded} editions from ${dataDirectory()}/`);
};

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * A form post must come from a page of this site: its Origin is the site's own origin (ORIGIN,
 * when set behind a proxy) or names the host the request was sent to. Browsers always send
 * Origin with a POST, so a missing one is refused too.
 */
function crossSiteForm(request: Request, url: URL): boolean {
	if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return false;
	const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase() ?? '';
	if (!FORM_TYPES.includes(type)) return false;
	const origin = request.headers.get('origin');
	if (!origin) return true;
	if (origin === url.origin) return false;
	try {
		return new URL(origin).host !== request.headers.get('host');
	} catch {
		return true;
	}
}

/** `ANONYMOUS_READ=false` keeps the dashboard for signed-in users; anyone may read by default. */
const anonymousRead = () => !['false', '0', 'no'].includes(env.ANONYMOUS_READ?.trim() ?? '');

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
/** What anyone may reach even when reading needs an account. */
const openToAll = (path: string) =>
	under(path, '/login') ||
	under(path, '/healthz') ||
	path.startsWith('/_app/') ||
	/^\/(favicon\.svg|robots\.txt)$/.test(path);

/**
 * Who sends the request: the session cookie's user (the cookie is renewed with the session,
 * dropped when invalid) or the API token's. Returns false for a token that opens nothing.
 */
function authenticate(event: RequestEvent): { mustChangePassword: boolean } | false {
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

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	if (crossSiteForm(event.request, event.url)) {
		return new Response('Cross-site form submissions are refused.', { status: 403 });
	}
	const path = event.url.pathname;
	const isApi = under(path, '/api');
	const who = authenticate(event);
	if (!who) {
		return refuse(isApi, 401, 'The API token is unknown, revoked or its user deactivated.');
	}
	const reading = event.request.method === 'GET' || event.request.method === 'HEAD';
	// A password given by an admin is changed before anything else (see /account).
	if (who.mustChangePassword && !under(path, '/account') && !under(path, '/logout')) {
		if (isApi || !reading) return refuse(isApi, 403, 'Change your password first, on /account.');
		if (!path.startsWith('/_app/')) redirect(303, '/account');
	}
	if (!event.locals.user && !anonymousRead() && !openToAll(path)) {
		if (isApi || !reading) return refuse(isApi, 401, 'Sign in or send an API token to do this.');
		redirect(303, `/login?next=${encodeURIComponent(path + event.url.search)}`);
	}

	// Reads are answered from memory until the data changes (see page-cache.ts); never what
	// depends on who asks: anything sent with a session cookie or credentials bypasses it.
	const personal =
		!!event.cookies.get(SESSION_COOKIE) || event.request.headers.has('authorization');
	const cacheable =
		!personal && event.request.method === 'GET' && !event.url.pathname.startsWith('/_app/');
	const key = `${event.url.pathname}${event.url.search}|${event.request.headers.get('accept') ?? ''}`;
	const hit = cacheable ? cachedResponse(db.$client, key, event.request) : null;
	if (hit) return hit;
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	if (personal && !response.headers.has('cache-control'))
		response.headers.set('cache-control', 'private, no-store');
	return cacheable ? keep(db.$client, key, event.request, response) : response;
};
