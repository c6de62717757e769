import type { Handle } from '@sveltejs/kit';
import { SESSION_COOKIE } from '$lib/server/auth/sessions';
import { db } from '$lib/server/db';
import { cacheKey, cachedResponse, renderOnce } from '$lib/server/page-cache';

/**
 * Reads are answered from memory until the data changes (see $lib/server/page-cache.ts); never
 * what depends on who asks: anything sent with a session cookie or credentials bypasses it, and
 * is marked `private, no-store` (hooks/security.ts). What is kept goes out with what a shared
 * cache in front may do with it (public, an ETag, 304 to If-None-Match). Last in the
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
	return key ? renderOnce(db, key, event.request, render) : render();
};
