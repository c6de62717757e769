import { isRedirect, type Handle, type HandleServerError } from '@sveltejs/kit';
import { log, requestIdOf } from '$lib/server/log';

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
 * request id); the id goes back in `X-Request-Id`. First in the sequence, so that it times and
 * logs every answer, refusals and redirects included.
 */
export const logRequests: Handle = async ({ event, resolve }) => {
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
	log.info({ ...line, status: response.status, ms: ms() }, 'request');
	return response;
};

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
