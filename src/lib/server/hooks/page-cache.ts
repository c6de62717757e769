import type { Handle } from '@sveltejs/kit';
import { SESSION_COOKIE } from '$lib/server/auth/sessions';
import { db } from '$lib/server/db';
import { cacheKey, cachedResponse, renderOnce } from '$lib/server/page-cache';

/**
 * Reads are answered from memory until the data changes (see $lib/server/page-cache.ts); never
 * what depends on who asks: anything sent with a session cookie or credentials bypasses it, and
 * is marked private unless the route said otherwise. Last in the sequence: only what the guards
 * let through is cached or answered from the cache.
 */
export const pageCache: Handle = async ({ event, resolve }) => {
	const personal =
		!!event.cookies.get(SESSION_COOKIE) || event.request.headers.has('authorization');
	const key =
		!personal && event.request.method === 'GET' && !event.url.pathname.startsWith('/_app/')
			? cacheKey(event.url, event.request)
			: null;
	const hit = key ? cachedResponse(db, key, event.request) : null;
	if (hit) return hit;
	const render = () => resolve(event);
	if (key) return renderOnce(db, key, event.request, render);
	const response = await render();
	if (personal && !response.headers.has('cache-control'))
		response.headers.set('cache-control', 'private, no-store');
	return response;
};
