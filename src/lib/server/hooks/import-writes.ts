import type { Handle } from '@sveltejs/kit';
import { SESSION_COOKIE } from '$lib/server/auth/sessions';
import { withWritesAllowed } from '$lib/server/imports';

/**
 * A request that may write on the application's connection (a form, an API call, or anything
 * sent with a session or a token: signing in, renewing a session, stamping a token's use) waits,
 * without holding the server's thread, while an import writes, and the import's next write waits
 * for it to answer (see $lib/server/imports.ts). Otherwise SQLite would make the request's write
 * wait for the import's lock on the server's only thread, and every other request with it. An
 * import holds the lock only for its last step, once its file is read and checked. Anonymous
 * reads (pages, /healthz) go straight on: they never wait.
 */
export const awaitImportWrites: Handle = ({ event, resolve }) => {
	const reads = ['GET', 'HEAD', 'OPTIONS'].includes(event.request.method);
	const personal =
		!!event.cookies.get(SESSION_COOKIE) || event.request.headers.has('authorization');
	if (reads && !personal) return resolve(event);
	return withWritesAllowed(() => Promise.resolve(resolve(event)));
};
