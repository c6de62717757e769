import {
	isRedirect,
	json,
	redirect,
	type Handle,
	type HandleServerError,
	type RequestEvent,
	type ServerInit
} from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import '$lib/server/messages';
import { building } from '$app/environment';
import { env } from '$env/dynamic/private';
import { bearerToken, userForApiToken } from '$lib/server/auth/tokens';
import { SESSION_COOKIE, sessionCookieOptions, validateSession } from '$lib/server/auth/sessions';
import { loadBundledData } from '$lib/server/bundled';
import { db } from '$lib/server/db';
import { log, requestIdOf } from '$lib/server/log';
import { cachedResponse, renderOnce } from '$lib/server/page-cache';
import { dataDirectory } from '$lib/server/reference';
import {
	DEFAULT_LOCALE,
	isLocale,
	LOCALE_COOKIE,
	localizePath,
	splitLocale
} from '$lib/i18n/locales';

/** First start: the database is already migrated by `db`; load the bundled UN data if empty. */
export const init: ServerInit = async () => {
	if (building) return;
	const loaded = await loadBundledData(db.$client, dataDirectory());
	if (loaded > 0)
		log.info({ editions: loaded, from: dataDirectory() }, 'loaded the bundled dataset');
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
	under(path, '/lang') ||
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

/** The guards and the page cache: who may do what, and what is answered from memory. */
const app: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	if (crossSiteForm(event.request, event.url)) {
		return new Response('Cross-site form submissions are refused.', { status: 403 });
	}
	// The language is the address's prefix (/km/…); the guards look at the path without it.
	const { locale, path } = splitLocale(event.url.pathname);
	event.locals.locale = locale;
	const remembered = event.cookies.get(LOCALE_COOKIE);
	if (
		locale === DEFAULT_LOCALE &&
		isLocale(remembered) &&
		remembered !== DEFAULT_LOCALE &&
		event.request.method === 'GET' &&
		event.request.headers.get('accept')?.includes('text/html')
	) {
		const there = localizePath(path + event.url.search, remembered);
		if (there !== path + event.url.search) redirect(307, there);
	}
	const isApi = under(path, '/api');
	const who = authenticate(event);
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

	// Reads are answered from memory until the data changes (see page-cache.ts); never what
	// depends on who asks: anything sent with a session cookie or credentials bypasses it.
	const personal =
		!!event.cookies.get(SESSION_COOKIE) || event.request.headers.has('authorization');
	const cacheable =
		!personal && event.request.method === 'GET' && !event.url.pathname.startsWith('/_app/');
	const key = `${event.url.pathname}${event.url.search}|${event.request.headers.get('accept') ?? ''}`;
	const hit = cacheable ? cachedResponse(db.$client, key, event.request) : null;
	if (hit) return hit;
	const render = () =>
		resolve(event, {
			transformPageChunk: ({ html }) => html.replace('<html lang="en">', `<html lang="${locale}">`)
		});
	if (cacheable) return renderOnce(db.$client, key, event.request, render);
	const response = await render();
	if (personal && !response.headers.has('cache-control'))
		response.headers.set('cache-control', 'private, no-store');
	return response;
};

/** For answers that are not pages (JSON, CSV, text): nothing to load, nothing to run. */
const PLAIN_CSP =
	"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * The security headers of every answer, cached or not. Pages keep the policy SvelteKit wrote
 * from `kit.csp` (svelte.config.js, with the hash of its inline script); who may frame them is
 * added here, as it depends on the URL: `?embed=1` (a chart alone, for ministries' websites)
 * may be framed anywhere, everything else nowhere.
 */
function secure(response: Response, url: URL): void {
	const h = response.headers;
	const embed = url.searchParams.get('embed') === '1';
	const policy = (h.get('content-security-policy') ?? PLAIN_CSP)
		.split(';')
		.map((d) => d.trim())
		.filter((d) => d && !d.startsWith('frame-ancestors'));
	policy.push(embed ? 'frame-ancestors *' : "frame-ancestors 'none'");
	h.set('content-security-policy', policy.join('; '));
	if (embed) h.delete('x-frame-options');
	else h.set('x-frame-options', 'DENY');
	h.set('x-content-type-options', 'nosniff');
	h.set('referrer-policy', 'strict-origin-when-cross-origin');
	h.set('cross-origin-opener-policy', 'same-origin');
	h.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
}

/** The response with its id; a copy if its headers cannot be changed (Response.redirect()). */
function identified(response: Response, requestId: string): Response {
	try {
		response.headers.set('x-request-id', requestId);
		return response;
	} catch {
		const copy = new Response(response.body, response);
		copy.headers.set('x-request-id', requestId);
		return copy;
	}
}

/** Each request's id, for handleError, which sees the same Request object. */
const requestIds = new WeakMap<Request, string>();

/**
 * One JSON log line per request (method, path and query, status, milliseconds to the headers,
 * request id) and the security headers; the id goes back in `X-Request-Id`.
 */
const observe: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const requestId = requestIdOf(event.request);
	requestIds.set(event.request, requestId);
	const line = {
		requestId,
		method: event.request.method,
		path: event.url.pathname + event.url.search
	};
	const ms = () => Math.round((performance.now() - started) * 10) / 10;
	let response: Response;
	try {
		response = identified(await resolve(event), requestId);
	} catch (error) {
		// The guards' redirects are answered by SvelteKit after this hook; anything else is an
		// error that handleError logs.
		log.info({ ...line, status: isRedirect(error) ? error.status : 500, ms: ms() }, 'request');
		throw error;
	}
	secure(response, event.url);
	log.info({ ...line, status: response.status, ms: ms() }, 'request');
	return response;
};

export const handle = sequence(observe, app);

// Declared beside handleError, which fills it in (src/app.d.ts declares the rest of App).
declare global {
	// eslint-disable-next-line @typescript-eslint/no-namespace -- how SvelteKit's App types merge
	namespace App {
		interface Error {
			/** The request id, for the error page to show and the logs to find. */
			id?: string;
		}
	}
}

/**
 * An unexpected error is logged once, with its stack and the request id; the visitor sees only
 * a generic message and that id to quote (never a stack, a path or SQL).
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const id = requestIds.get(event.request) ?? requestIdOf(event.request);
	if (status < 500) return { message, id };
	log.error({ requestId: id, err: error }, 'unexpected error');
	return { message: 'Internal error', id };
};
