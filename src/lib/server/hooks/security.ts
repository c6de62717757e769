import type { Handle } from '@sveltejs/kit';
import { embedRequested } from '$lib/embed';
import { SESSION_COOKIE } from '$lib/server/auth/sessions';
import { bearerToken } from '$lib/server/auth/tokens';

/** For answers that are not pages (JSON, CSV, text): nothing to load, nothing to run. */
const PLAIN_CSP =
	"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * The security headers of every answer, cached or not. Pages keep the policy SvelteKit wrote
 * from `kit.csp` (svelte.config.js, with the hash of its inline script); who may frame them is
 * added here, as it depends on the URL: `?embed=1` on a public read-only view (a chart alone,
 * for ministries' websites, see $lib/embed.ts) may be framed anywhere, everything else nowhere.
 */
function secure(h: Headers, url: URL, personal: boolean, method: string): void {
	keptByNoCache(h, url, personal);
	if (isOpenRead(url, method)) h.set('access-control-allow-origin', '*');
	const embed = embedRequested(url);
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

/**
 * The read API (`GET /api/v1/*`) is public data: any site's script may read it, as public data
 * APIs allow (CORS with `*`, which browsers never combine with cookies). No header may be sent
 * across origins (no `Authorization`: a token is for scripts, not for other sites' pages), and
 * no write: a preflight names GET and HEAD only.
 */
function isOpenRead(url: URL, method: string): boolean {
	return url.pathname.startsWith('/api/v1/') && ['GET', 'HEAD', 'OPTIONS'].includes(method);
}

/** The answer to a CORS preflight of the read API: reads only, remembered for a day. */
function preflight(): Response {
	return new Response(null, {
		status: 204,
		headers: {
			'access-control-allow-methods': 'GET, HEAD',
			'access-control-max-age': '86400',
			'cache-control': 'public, max-age=86400'
		}
	});
}

/**
 * An answer that says nothing of caching is kept by no cache: the page cache (hooks/page-cache.ts)
 * marks what a shared cache may keep, and anything else (a signed-in user's answer, an error, a
 * refusal, a form's answer) is `private, no-store` when sent to a session or a token,
 * `no-store` otherwise. The build's own files (/_app/) keep adapter-node's headers. SvelteKit
 * tags every page, errors too; the tag of an answer nobody may keep only invites a 304 to it.
 */
function keptByNoCache(h: Headers, url: URL, personal: boolean): void {
	if (url.pathname.startsWith('/_app/')) return;
	if (!h.has('cache-control')) h.set('cache-control', personal ? 'private, no-store' : 'no-store');
	if (/\bno-store\b/.test(h.get('cache-control')!)) h.delete('etag');
}

/**
 * Adds the security headers, and a cache rule where there is none, to every answer of the
 * handles after it (a copy of the answer if its headers cannot be changed, as with
 * Response.redirect()). A redirect a guard throws is
 * answered by SvelteKit once the hooks are done, so it goes without them.
 */
export const securityHeaders: Handle = async ({ event, resolve }) => {
	// Read before the handles after it, which may drop an invalid session's cookie.
	const personal =
		!!event.cookies.get(SESSION_COOKIE) || event.request.headers.has('authorization');
	const { method } = event.request;
	const response =
		method === 'OPTIONS' && isOpenRead(event.url, method) ? preflight() : await resolve(event);
	try {
		secure(response.headers, event.url, personal, method);
		return response;
	} catch {
		const copy = new Response(response.body, response);
		secure(copy.headers, event.url, personal, method);
		return copy;
	}
};

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * A form post, and any other write that carries the session cookie (a `fetch` from another port
 * of the same host sends it, with any body or none), must come from a page of this site: its
 * Origin is the site's own origin (ORIGIN, when set behind a proxy) or names the host the
 * request was sent to. Browsers always send Origin with such requests, so a missing one is
 * refused too. A request with an API token is no forgery, whatever cookie comes with it: the
 * token alone identifies it (hooks/auth.ts ignores the cookie then), and no other site can make
 * a browser send an Authorization header here (that needs CORS, which this server allows only
for the read API, without any header: see `isOpenRead`).
 */
function crossSiteForm(request: Request, url: URL, signedIn: boolean): boolean {
	if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return false;
	if (bearerToken(request)) return false;
	const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase() ?? '';
	if (!FORM_TYPES.includes(type) && !signedIn) return false;
	const origin = request.headers.get('origin');
	if (!origin) return true;
	if (origin === url.origin) return false;
	try {
		return new URL(origin).host !== request.headers.get('host');
	} catch {
		return true;
	}
}

/** Refuses a form posted from another site, before anything else looks at the request. */
export const refuseCrossSiteForms: Handle = ({ event, resolve }) => {
	if (crossSiteForm(event.request, event.url, !!event.cookies.get(SESSION_COOKIE))) {
		return new Response('Cross-site form submissions are refused.', { status: 403 });
	}
	return resolve(event);
};
