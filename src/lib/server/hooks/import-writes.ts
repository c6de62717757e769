import type { Handle } from '@sveltejs/kit';
import { SESSION_COOKIE } from '$lib/server/auth/sessions';
import { importWritesDone } from '$lib/server/imports';

/**
 * A request that may write on the application's connection waits, without holding the server's
 * thread, while the import worker publishes or undoes: a form, an API call, or anything sent with
 * a session or a token (signing in, renewing a session, stamping a token's use). Otherwise
 * SQLite would make the write wait for the import's lock on the server's only thread, and every
 * other request with it. Anonymous reads (pages, /healthz) go straight on: they never wait.
 */
export const awaitImportWrites: Handle = async ({ event, resolve }) => {
	const reads = ['GET', 'HEAD', 'OPTIONS'].includes(event.request.method);
	const personal =
		!!event.cookies.get(SESSION_COOKIE) || event.request.headers.has('authorization');
	if (!reads || personal) await importWritesDone();
	return resolve(event);
};
