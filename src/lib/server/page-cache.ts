import { createHash } from 'node:crypto';
import { brotliCompress, constants, gzipSync } from 'node:zlib';
import type { Db } from './db/connection';
import { dataRevision } from './db/revision';

/**
 * Rendered answers to GET requests, kept until the data changes. Pages are pure functions of
 * the URL, the data and the day, so the same URL can be answered from memory until an import
 * or an edit commits. The data revision (db/revision.ts) is a counter the database's triggers
 * advance on every write to what pages show, by any connection of any process: nothing to call
 * after a write, nothing to forget. At most MAX_ENTRIES pages and MAX_BYTES bytes (every
 * encoding counted) are kept; the least recently used goes first. Memory is bounded by bytes,
 * not entries alone: two thousand large pages would be hundreds of megabytes.
 */
export const MAX_ENTRIES = 2000;
/** `PAGE_CACHE_MB` (default 64): the most the kept pages may weigh, all encodings together. */
export const MAX_BYTES = Math.max(1, Number(process.env.PAGE_CACHE_MB) || 64) * 1024 * 1024;
/** A page heavier than this share of the budget is sent but not kept. */
const MAX_ENTRY_BYTES = MAX_BYTES / 16;
/** Addresses longer than this are answered but not kept (a key is memory too). */
const MAX_KEY_LENGTH = 2048;
/** Smaller answers gain too little from brotli over gzip to be worth a second compression. */
const BROTLI_FROM_BYTES = 4096;

/**
 * What a shared cache in front (nginx, deploy/nginx/dashboard.conf; a CDN) may do with an
 * anonymous answer: keep it SHARED_SECONDS (`SHARED_CACHE_SECONDS`, default 10), then send it
 * stale for STALE_SECONDS more while it asks again in the background. Browsers keep it a few
 * seconds only: a shared cache can be revalidated (the ETag), a reader's browser cannot be
 * told that the data changed. So an import is visible through the shared cache within
 * SHARED_SECONDS, plus the one request that brings the new page in.
 */
export const SHARED_SECONDS = Math.max(1, Number(process.env.SHARED_CACHE_SECONDS) || 10);
export const STALE_SECONDS = 30;
export const BROWSER_SECONDS = 5;
export const PUBLIC_CACHE_CONTROL = `public, max-age=${BROWSER_SECONDS}, s-maxage=${SHARED_SECONDS}, stale-while-revalidate=${STALE_SECONDS}`;
/**
 * What an answer kept here varies with, besides its address (the language is the address's
 * prefix, so neither Accept-Language nor the `lang` cookie chooses it): the encoding, and
 * whether a session cookie or an API token comes with the request (the answer is then the
 * user's own, `private, no-store`). The `lang` cookie redirects an unprefixed address (see
 * hooks/locale.ts): `Cookie` covers it too.
 */
export const PUBLIC_VARY = 'Accept-Encoding, Cookie, Authorization';

interface Entry {
	body: Uint8Array<ArrayBuffer>;
	/** A hash of the body: it changes when the data or the page changes. */
	tag: string;
	/** The same body gzipped once, for the clients that accept it (every browser). */
	gzipped: Uint8Array<ArrayBuffer>;
	/**
	 * Brotli at its best quality, about a third smaller than gzip on the larger pages; made in
	 * the background (it takes longer than rendering), sent once it is ready.
	 */
	brotli: Uint8Array<ArrayBuffer> | null;
	status: number;
	headers: [string, string][];
}

/** In order of use, least recent first: a hit moves its entry to the end. */
const entries = new Map<string, Entry>();
let seenVersion = '';
/** What the kept entries weigh, every encoding counted. */
let bytes = 0;

const weight = (e: Entry) => e.body.byteLength + e.gzipped.byteLength + (e.brotli?.byteLength ?? 0);

function forget(key: string): void {
	const entry = entries.get(key);
	if (!entry) return;
	bytes -= weight(entry);
	entries.delete(key);
}

/** What the kept pages weigh now, in bytes (for tests and the load test). */
export function cacheBytes(): number {
	return bytes;
}

/**
 * SvelteKit's own choice between a route's page and its endpoint (`+server.ts` beside
 * `+page.svelte`): the page when `text/html` ranks before `*` in `Accept`. It is all of `Accept`
 * that the answer depends on, so the cache key takes this and not the header itself.
 */
function wantsPage(accept: string): boolean {
	const parts: { type: string; subtype: string; q: number; i: number }[] = [];
	accept.split(',').forEach((part, i) => {
		const match = /^[ \t]*([^/ \t]+)\/([^; \t]+)[ \t]*(?:;[ \t]*q=([0-9.]+))?/.exec(part);
		if (match) parts.push({ type: match[1], subtype: match[2], q: +(match[3] ?? '1'), i });
	});
	parts.sort((a, b) => {
		if (a.q !== b.q) return b.q - a.q;
		if ((a.subtype === '*') !== (b.subtype === '*')) return a.subtype === '*' ? 1 : -1;
		if ((a.type === '*') !== (b.type === '*')) return a.type === '*' ? 1 : -1;
		return a.i - b.i;
	});
	const any = parts.findIndex((p) => p.type === '*' && p.subtype === '*');
	const html = parts.findIndex(
		(p) => (p.type === 'text' || p.type === '*') && (p.subtype === 'html' || p.subtype === '*')
	);
	return html !== -1 && (any === -1 || html < any);
}

/**
 * The cache key of a request, or null when it is not to be kept: the path (its language prefix
 * included), the query with its parameters in a fixed order (repeated ones keep theirs), and
 * whether the page or the endpoint answers. Not `Accept-Encoding` (every entry holds every
 * encoding) nor any other header: a visitor cannot make two keys of one page by varying them.
 */
export function cacheKey(url: URL, request: Request): string | null {
	const params = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const query = new URLSearchParams(params).toString();
	const kind = wantsPage(request.headers.get('accept') ?? '*/*') ? 'page' : 'data';
	const key = `${kind} ${url.pathname}${query ? `?${query}` : ''}`;
	return key.length > MAX_KEY_LENGTH ? null : key;
}

/** Today's date (UTC), worked out again only when a day has passed. */
let day = { name: '', endsAt: 0 };
function today(): string {
	const now = Date.now();
	if (now >= day.endsAt) {
		const name = new Date(now).toISOString().slice(0, 10);
		day = { name, endsAt: Date.parse(`${name}T00:00:00Z`) + 86_400_000 };
	}
	return day.name;
}

/** What the cache's answers depend on: the data (any connection's commits) and the day. */
export function currentVersion(db: Db): string {
	return `${dataRevision(db)}:${today()}`;
}

/** Drops every entry when the data (or the day) changed since the last look. */
function sync(db: Db): void {
	const version = currentVersion(db);
	if (version !== seenVersion) {
		entries.clear();
		bytes = 0;
		seenVersion = version;
	}
}

type Encoding = 'br' | 'gzip' | 'identity';

/** The entity tag of each encoding of an entry (each is a representation of its own). */
const etagOf = (entry: Entry, encoding: 'br' | 'gzip' | 'identity') =>
	`"${entry.tag}${encoding === 'identity' ? '' : `-${encoding}`}"`;

/**
 * Whether `If-None-Match` names the entry in any of its encodings (the weak comparison of RFC
 * 9110: `W/` ignored). A client holding the gzipped page holds the same page.
 */
function notModified(entry: Entry, request: Request): boolean {
	const header = request.headers.get('if-none-match');
	if (!header) return false;
	if (header.trim() === '*') return true;
	return header
		.split(',')
		.map((t) => t.trim().replace(/^W\//, ''))
		.some(
			(t) => t === `"${entry.tag}"` || t === `"${entry.tag}-gzip"` || t === `"${entry.tag}-br"`
		);
}

function answer(
	entry: Entry,
	request: Request,
	encoding: Encoding,
	cache: 'hit' | 'miss'
): Response {
	const headers = new Headers(entry.headers);
	headers.set('x-cache', cache);
	if (!headers.has('cache-control')) headers.set('cache-control', PUBLIC_CACHE_CONTROL);
	headers.set('vary', PUBLIC_VARY);
	if (notModified(entry, request)) {
		const sent = encoding === 'br' && !entry.brotli ? 'gzip' : encoding;
		const kept = ['cache-control', 'vary', 'x-cache', 'content-type'];
		for (const name of [...headers.keys()]) if (!kept.includes(name)) headers.delete(name);
		headers.set('etag', etagOf(entry, sent));
		return new Response(null, { status: 304, headers });
	}
	// The bytes are only read, never written, so every answer can share them. Their length is
	// known: the answer goes out in one piece rather than in chunked encoding.
	let body = entry.body;
	if (encoding === 'br' && entry.brotli) body = entry.brotli;
	else if (encoding !== 'identity') body = entry.gzipped;
	const sent = body === entry.body ? 'identity' : body === entry.brotli ? 'br' : 'gzip';
	if (sent !== 'identity') headers.set('content-encoding', sent);
	headers.set('etag', etagOf(entry, sent));
	headers.set('content-length', String(body.byteLength));
	return new Response(body, { status: entry.status, headers });
}

/** The best encoding the request accepts: brotli, else gzip (every browser takes both). */
export function encodingFor(request: Request): Encoding {
	const accepted = new Set<string>();
	for (const part of (request.headers.get('accept-encoding') ?? '').split(',')) {
		const [name, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
		const q = params.find((p) => p.startsWith('q='));
		if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
	}
	return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : 'identity';
}

/**
 * Brotli versions are made one at a time, on libuv's thread pool: the server goes on answering
 * (with gzip meanwhile), and after an import empties the cache the re-rendered pages do not all
 * compress at once. An entry dropped before its turn is skipped.
 */
const toCompress: { key: string; entry: Entry }[] = [];
let compressing = false;
let idle: (() => void)[] = [];

function compressNext(): void {
	if (compressing) return;
	let next = toCompress.shift();
	while (next && entries.get(next.key) !== next.entry) next = toCompress.shift();
	if (!next) {
		for (const resolve of idle) resolve();
		idle = [];
		return;
	}
	const { entry } = next;
	compressing = true;
	brotliCompress(
		entry.body,
		{
			params: {
				[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_SIZE_HINT]: entry.body.byteLength
			}
		},
		(error, result) => {
			compressing = false;
			// Without a brotli version the entry goes on being sent gzipped. Counted only while the
			// entry is still kept; the budget may be passed by one brotli body until the next keep.
			if (!error) {
				entry.brotli = new Uint8Array(result);
				if (entries.get(next.key) === entry) bytes += entry.brotli.byteLength;
			}
			compressNext();
		}
	);
}

/** Resolves when every kept page has its brotli version (for tests). */
export function compressed(): Promise<void> {
	if (!compressing && toCompress.length === 0) return Promise.resolve();
	return new Promise((resolve) => idle.push(resolve));
}

/** The kept answer to `key`, if the data has not changed since it was kept. */
export function cachedResponse(db: Db, key: string, request: Request): Response | null {
	sync(db);
	const hit = entries.get(key);
	if (!hit) return null;
	entries.delete(key);
	entries.set(key, hit);
	return answer(hit, request, encodingFor(request), 'hit');
}

/**
 * Keeps a successful answer; returns a response to send in its place. `renderedAt` is the
 * `currentVersion` taken before rendering: if the data changed meanwhile (an import committed
 * while the page was read), the answer is sent but not kept, as it may mix old and new.
 */
export async function keep(
	db: Db,
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
		tag: createHash('sha1').update(body).digest('base64url').slice(0, 22),
		gzipped: new Uint8Array(gzipSync(body, { level: 6 })),
		brotli: null,
		status: response.status,
		headers: [...response.headers]
	};
	sync(db);
	if (renderedAt !== undefined && renderedAt !== seenVersion) {
		// Nor by a shared cache in front, for the same reason.
		const sent = answer(entry, request, encodingFor(request), 'miss');
		sent.headers.set('cache-control', 'no-store');
		return sent;
	}
	forget(key);
	if (weight(entry) > MAX_ENTRY_BYTES) return answer(entry, request, encodingFor(request), 'miss');
	// The first entry is the least recently used one.
	while (entries.size > 0 && (entries.size >= MAX_ENTRIES || bytes + weight(entry) > MAX_BYTES))
		forget(entries.keys().next().value as string);
	entries.set(key, entry);
	bytes += weight(entry);
	if (body.byteLength >= BROTLI_FROM_BYTES) {
		toCompress.push({ key, entry });
		compressNext();
	}
	return answer(entry, request, encodingFor(request), 'miss');
}

const rendering = new Map<string, Promise<void>>();

/**
 * One render per page at a time: a request for a page already being rendered waits for that
 * render and is answered from the cache, instead of rendering it again (after an import empties
 * the cache, a busy server would otherwise render each popular page once per waiting request).
 */
export async function renderOnce(
	db: Db,
	key: string,
	request: Request,
	render: () => Response | Promise<Response>
): Promise<Response> {
	const pending = rendering.get(key);
	if (pending) {
		await pending;
		const hit = cachedResponse(db, key, request);
		if (hit) return hit;
	}
	let done = () => {};
	rendering.set(key, new Promise<void>((resolve) => (done = resolve)));
	try {
		const renderedAt = currentVersion(db);
		return await keep(db, key, request, await render(), renderedAt);
	} finally {
		rendering.delete(key);
		done();
	}
}
