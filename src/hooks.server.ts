import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
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

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	if (crossSiteForm(event.request, event.url)) {
		return new Response('Cross-site form submissions are refused.', { status: 403 });
	}
	// Reads are answered from memory until the data changes (see page-cache.ts).
	const cacheable = event.request.method === 'GET' && !event.url.pathname.startsWith('/_app/');
	const key = `${event.url.pathname}${event.url.search}|${event.request.headers.get('accept') ?? ''}`;
	const hit = cacheable ? cachedResponse(db.$client, key, event.request) : null;
	if (hit) return hit;
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	return cacheable ? keep(db.$client, key, event.request, response) : response;
};
