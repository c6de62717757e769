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

export const handle: Handle = async ({ event, resolve }) => {
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
