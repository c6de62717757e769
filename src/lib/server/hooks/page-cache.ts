import type { Handle } from '@sveltejs/kit';
import { SESSION_COOKIE } from '$lib/server/auth/sessions';
import { db } from '$lib/server/db';
import { cacheKey, cachedResponse, renderOnce } from '$lib/server/page-cache';

/**
 * Marks an answer that says nothing of caching (a copy if its headers cannot be changed, as
 * with Response.redirect()).
 */
function withCacheControl(response: Response, value: string): Response {
	if (response.headers.has('cache-control')) return response;
	try {
		response.headers.set('cache-control', value);
		return response;
	} catch {
		const copy = new Response(response.body, response);
		copy.headers.set('cache-control', value);
		return copy;
	}
}

/**
 * Reads are answered from memory until the data changes (see $lib/server/page-cache.ts); never
 * what depends on who asks: anything sent with a session cookie or credentials bypasses it, and
 * is marked `private, no-store` unless the route said otherwise. What is kept goes out with
 * what a shared cache in front may do with it (public, an ETag, 304 to If-None-Match); any
 * other answer (an error, a redirect, a form's answer) is kept by no cache. Last in the
 * sequence: only what the guards let through is cached or answered from the cache.
 */
export const pageCache: Handle = async ({ event, resolve }) => {
	const personal =
		!!event.cookies.get(SESSION_COOKIE) || event.request.headers.has('authorization');
	// The build's own files (/_app/) carry adapter-node's headers, immutable for hashed names.
	if (event.url.pathname.startsWith('/_app/')) return resolve(event);
	const key =
		!personal && event.request.method === 'GET' ? cacheKey(event.url, event.request) : null;
	const hit = key ? cachedResponse(db, key, event.request) : null;
	if (hit) return hit;
	const render = () => resolve(event);
	const response = key ? await renderOnce(db, key, event.request, render) : await render();
	const marked = withCacheControl(response, personal ? 'private, no-store' : 'no-store');
	// SvelteKit tags every page, errors too; a tag of an answer nobody may keep only invites a
	// 304 to it.
	if (/\bno-store\b/.test(marked.headers.get('cache-control') ?? '')) marked.headers.delete('etag');
	return marked;
};
