import type Database from 'better-sqlite3';
import { gzipSync } from 'node:zlib';

/**
 * Rendered answers to GET requests, kept until the data changes. Pages are pure functions of
 * the URL, the data and the day, so the same URL can be answered from memory until an import
 * or an edit commits: `PRAGMA data_version` sees commits by other connections (imports run on
 * their own), and `dataChanged()` marks the writes made through this process's connection.
 */
const MAX_ENTRIES = 2000;

interface Entry {
	body: Uint8Array<ArrayBuffer>;
	/** The same body gzipped once, for the clients that accept it (every browser). */
	gzipped: Uint8Array<ArrayBuffer>;
	status: number;
	headers: [string, string][];
}

const entries = new Map<string, Entry>();
let localWrites = 0;
let seenVersion = '';

/** Call after a write through the application's own connection. */
export function dataChanged(): void {
	localWrites++;
}

/** `PRAGMA data_version`, prepared once per connection (`pragma()` prepares on every call). */
const versionStatements = new WeakMap<Database.Database, Database.Statement>();
function dataVersion(sqlite: Database.Database): Database.Statement {
	let statement = versionStatements.get(sqlite);
	if (!statement) {
		statement = sqlite.prepare('PRAGMA data_version').pluck();
		versionStatements.set(sqlite, statement);
	}
	return statement;
}

/** What the cache's answers depend on: the data (any connection's commits) and the day. */
export function currentVersion(sqlite: Database.Database): string {
	const version = dataVersion(sqlite).get() as number;
	return `${version}:${localWrites}:${new Date().toISOString().slice(0, 10)}`;
}

/** Drops every entry when the data (or the day) changed since the last look. */
function sync(sqlite: Database.Database): void {
	const version = currentVersion(sqlite);
	if (version !== seenVersion) {
		entries.clear();
		seenVersion = version;
	}
}

function answer(entry: Entry, gzip: boolean, cache: 'hit' | 'miss'): Response {
	const headers = new Headers(entry.headers);
	headers.set('x-cache', cache);
	headers.append('vary', 'accept-encoding');
	if (gzip) headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	// The bytes are only read, never written, so every answer can share them.
	return new Response(gzip ? entry.gzipped : entry.body, {
		status: entry.status,
		headers
	});
}

const acceptsGzip = (request: Request) =>
	/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');

/** The kept answer to `key`, if the data has not changed since it was kept. */
export function cachedResponse(
	sqlite: Database.Database,
	key: string,
	request: Request
): Response | null {
	sync(sqlite);
	const hit = entries.get(key);
	return hit ? answer(hit, acceptsGzip(request), 'hit') : null;
}

/**
 * Keeps a successful answer; returns a response to send in its place. `renderedAt` is the
 * `currentVersion` taken before rendering: if the data changed meanwhile (an import committed
 * while the page was read), the answer is sent but not kept, as it may mix old and new.
 */
export async function keep(
	sqlite: Database.Database,
	key: string,
	request: Request,
	response: Response,
	renderedAt?: string
): Promise<Response> {
	if (response.status !== 200 || response.headers.has('set-cookie')) return response;
	// An answer that says it must not be stored (a health check) is not replayed either.
	if (/\bno-store\b/i.test(response.headers.get('cache-control') ?? '')) return response;
	if (response.headers.has('content-encoding')) return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const entry: Entry = {
		body,
		gzipped: new Uint8Array(gzipSync(body, { level: 6 })),
		status: response.status,
		headers: [...response.headers]
	};
	sync(sqlite);
	if (renderedAt !== undefined && renderedAt !== seenVersion) {
		return answer(entry, acceptsGzip(request), 'miss');
	}
	if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
	entries.set(key, entry);
	return answer(entry, acceptsGzip(request), 'miss');
}

const rendering = new Map<string, Promise<void>>();

/**
 * One render per page at a time: a request for a page already being rendered waits for that
 * render and is answered from the cache, instead of rendering it again (after an import empties
 * the cache, a busy server would otherwise render each popular page once per waiting request).
 */
export async function renderOnce(
	sqlite: Database.Database,
	key: string,
	request: Request,
	render: () => Response | Promise<Response>
): Promise<Response> {
	const pending = rendering.get(key);
	if (pending) {
		await pending;
		const hit = cachedResponse(sqlite, key, request);
		if (hit) return hit;
	}
	let done = () => {};
	rendering.set(key, new Promise<void>((resolve) => (done = resolve)));
	try {
		const renderedAt = currentVersion(sqlite);
		return await keep(sqlite, key, request, await render(), renderedAt);
	} finally {
		rendering.delete(key);
		done();
	}
}
