import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { audit } from '../../src/lib/server/auth/audit';
import { recordFailedLogin } from '../../src/lib/server/auth/rate-limit';
import { createSession, validateSession } from '../../src/lib/server/auth/sessions';
import { signIn } from '../../src/lib/server/auth/sign-in';
import { createApiToken } from '../../src/lib/server/auth/tokens';
import { createUser } from '../../src/lib/server/auth/users';
import { openDatabase } from '../../src/lib/server/db/connection';
import { createIndicator } from '../../src/lib/server/db/indicators';
import { createPolicy } from '../../src/lib/server/db/policies';
import {
	cachedResponse,
	compressed,
	currentVersion,
	encodingFor,
	keep,
	MAX_ENTRIES,
	renderOnce
} from '../../src/lib/server/page-cache';
import { importFixture, tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
beforeEach(() => (t = tempDatabase()));
afterEach(() => t.close());

const plain = new Request('http://test/');
const browser = new Request('http://test/', { headers: { 'accept-encoding': 'gzip, br' } });
const page = () => new Response('<h1>EGDI</h1>', { headers: { 'content-type': 'text/html' } });

describe('the page cache', () => {
	it('answers a second request from memory, gzipped for clients that accept it', async () => {
		expect(cachedResponse(t.db, '/', plain)).toBeNull();
		const first = await keep(t.db, '/', plain, page());
		expect(first.headers.get('x-cache')).toBe('miss');
		expect(await first.text()).toBe('<h1>EGDI</h1>');
		const hit = cachedResponse(t.db, '/', browser)!;
		expect(hit.headers.get('x-cache')).toBe('hit');
		expect(hit.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await hit.arrayBuffer())).toString()).toBe('<h1>EGDI</h1>');
	});

	it('tells a shared cache it may keep the page, with a tag that changes with the page', async () => {
		const first = await keep(t.db, '/', plain, page());
		const cc = first.headers.get('cache-control')!;
		expect(cc).toMatch(/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/);
		expect(first.headers.get('vary')).toBe('Accept-Encoding, Cookie, Authorization');
		const tag = first.headers.get('etag')!;
		expect(tag).toMatch(/^"[\w-]{22}"$/);
		expect(cachedResponse(t.db, '/', plain)!.headers.get('etag')).toBe(tag);
		expect(cachedResponse(t.db, '/', browser)!.headers.get('etag')).toBe(
			tag.replace(/"$/, '-gzip"')
		);
		// The data changes (another connection), the page is rendered again: another tag.
		const other = openDatabase(t.path);
		await importFixture(other, 'long.csv');
		other.$client.close();
		const changed = () => new Response('<h1>EGDI 2026</h1>');
		expect((await keep(t.db, '/', plain, changed())).headers.get('etag')).not.toBe(tag);
	});

	it('answers 304 to If-None-Match naming the page in any encoding, 200 otherwise', async () => {
		const tag = (await keep(t.db, '/', plain, page())).headers.get('etag')!;
		const asking = (value: string, encoding = 'gzip') =>
			cachedResponse(
				t.db,
				'/',
				new Request('http://test/', {
					headers: { 'if-none-match': value, 'accept-encoding': encoding }
				})
			)!;
		const revalidated = asking(tag);
		expect(revalidated.status).toBe(304);
		expect(revalidated.body).toBeNull();
		expect(revalidated.headers.get('etag')).toBe(tag.replace(/"$/, '-gzip"'));
		expect(revalidated.headers.get('cache-control')).toMatch(/^public/);
		expect(asking(`"other", W/${tag.replace(/"$/, '-gzip"')}`).status).toBe(304);
		expect(asking('*').status).toBe(304);
		expect(asking('"other"').status).toBe(200);
		expect(asking(tag.slice(0, -2) + '"').status).toBe(200);
		// A miss answers 304 too: the client's tag may come from another process.
		const fresh = await keep(t.db, '/fresh', plain, page());
		const elsewhere = new Request('http://test/', { headers: { 'if-none-match': tag } });
		expect((await keep(t.db, '/other', elsewhere, page())).status).toBe(304);
		expect(fresh.status).toBe(200);
	});

	it('tells a shared cache to keep no page rendered while the data changed', async () => {
		cachedResponse(t.db, '/', plain);
		const before = currentVersion(t.db);
		createIndicator(t.db, {
			code: 'KPI_X',
			name: 'X',
			description: '',
			unit: '%',
			minValue: 0,
			maxValue: 100,
			higherIsBetter: true,
			source: ''
		});
		const sent = await keep(t.db, '/', plain, page(), before);
		expect(sent.headers.get('cache-control')).toBe('no-store');
	});

	it('forgets everything when an import commits on another connection', async () => {
		await keep(t.db, '/', plain, page());
		const other = openDatabase(t.path);
		await importFixture(other, 'long.csv');
		other.$client.close();
		expect(cachedResponse(t.db, '/', plain)).toBeNull();
	});

	it('does not keep a page rendered while an import committed (it may mix old and new)', async () => {
		cachedResponse(t.db, '/', plain);
		const before = currentVersion(t.db);
		const other = openDatabase(t.path);
		await importFixture(other, 'long.csv');
		other.$client.close();
		const sent = await keep(t.db, '/', plain, page(), before);
		expect(await sent.text()).toBe('<h1>EGDI</h1>');
		expect(cachedResponse(t.db, '/', plain)).toBeNull();
	});

	it('renders a page once for requests that arrive while it renders', async () => {
		let renders = 0;
		let finish = () => {};
		const render = () => {
			renders++;
			return new Promise<Response>((resolve) => (finish = () => resolve(page())));
		};
		const answers = [1, 2, 3].map(() => renderOnce(t.db, '/slow', plain, render));
		await new Promise((r) => setTimeout(r, 10));
		finish();
		const sent = await Promise.all(answers);
		expect(renders).toBe(1);
		expect(sent.map((r) => r.headers.get('x-cache'))).toEqual(['miss', 'hit', 'hit']);
		expect(await Promise.all(sent.map((r) => r.text()))).toEqual(Array(3).fill('<h1>EGDI</h1>'));
	});

	it("forgets everything after an edit through the application's own connection", async () => {
		await keep(t.db, '/', plain, page());
		createPolicy(t.db, {
			name: 'Digital Cambodia',
			country: 'KHM',
			startYear: 2025,
			endYear: 2030,
			description: '',
			sourceUrl: null
		});
		expect(cachedResponse(t.db, '/', plain)).toBeNull();
	});

	it('forgets everything after a write by another process', async () => {
		await keep(t.db, '/', plain, page());
		// As a second app process on the same file would write: its own connection, its own pid.
		const script = `const Database = require('better-sqlite3');
			const db = new Database(process.argv[1]);
			db.pragma('busy_timeout = 10000');
			db.prepare("UPDATE countries SET income_group = 'Low' WHERE iso3 = 'KHM'").run();
			db.close();`;
		const child = spawnSync(process.execPath, ['-e', script, t.path], { encoding: 'utf8' });
		expect(child.stderr).toBe('');
		expect(child.status).toBe(0);
		expect(cachedResponse(t.db, '/', plain)).toBeNull();
	});

	it('keeps its pages through sign-ins, sessions, API tokens and the audit log', async () => {
		const user = await createUser(t.db, {
			email: 'ana@example.org',
			name: 'Ana',
			role: 'editor',
			password: 'a long enough password'
		});
		await keep(t.db, '/', plain, page());
		const before = currentVersion(t.db);
		const { token } = createSession(t.db, user.id);
		// Two hours on, the session is renewed: a write to it.
		expect(validateSession(t.db, token, new Date(Date.now() + 2 * 3600_000))?.renewed).toBe(true);
		recordFailedLogin(t.db, 'ana@example.org', '192.0.2.1');
		await signIn(t.db, { email: 'ana@example.org', password: 'wrong', address: '192.0.2.1' });
		createApiToken(t.db, user.id, 'script');
		audit(t.db, 'ana@example.org', 'user.password', 'user ana@example.org');
		expect(currentVersion(t.db)).toBe(before);
		expect(cachedResponse(t.db, '/', plain)?.headers.get('x-cache')).toBe('hit');
	});

	it('drops the least recently used page when full, not the oldest', async () => {
		const small = () => new Response('x');
		for (let i = 0; i < MAX_ENTRIES; i++) await keep(t.db, `/lru/${i}`, plain, small());
		// The first page kept is read again: the second one is now the least recently used.
		expect(cachedResponse(t.db, '/lru/0', plain)).not.toBeNull();
		await keep(t.db, '/lru/new', plain, small());
		expect(cachedResponse(t.db, '/lru/1', plain)).toBeNull();
		expect(cachedResponse(t.db, '/lru/0', plain)).not.toBeNull();
		expect(cachedResponse(t.db, '/lru/2', plain)).not.toBeNull();
		expect(cachedResponse(t.db, '/lru/new', plain)).not.toBeNull();
		// Keeping a page again replaces it without pushing another one out.
		await keep(t.db, '/lru/new', plain, small());
		expect(cachedResponse(t.db, '/lru/3', plain)).not.toBeNull();
	});

	it('keeps neither errors nor answers that set cookies', async () => {
		await keep(t.db, '/a', plain, new Response('no', { status: 404 }));
		await keep(t.db, '/b', plain, new Response('x', { headers: { 'set-cookie': 'a=b' } }));
		expect(cachedResponse(t.db, '/a', plain)).toBeNull();
		expect(cachedResponse(t.db, '/b', plain)).toBeNull();
	});

	it('sends brotli once it is made in the background, gzip meanwhile, with the right length', async () => {
		// A page large enough to be worth brotli: the explorer's table, in short.
		const html = `<table>${Array.from({ length: 400 }, (_, i) => `<tr><td>Country ${i}</td><td>0.${i}</td></tr>`).join('')}</table>`;
		const big = () => new Response(html, { headers: { 'content-type': 'text/html' } });
		await keep(t.db, '/big', plain, big());
		const early = cachedResponse(t.db, '/big', browser)!;
		expect(early.headers.get('content-encoding')).toBe('gzip');
		await compressed();
		const hit = cachedResponse(t.db, '/big', browser)!;
		expect(hit.headers.get('content-encoding')).toBe('br');
		expect(hit.headers.get('vary')).toMatch(/accept-encoding/i);
		const bytes = Buffer.from(await hit.arrayBuffer());
		expect(Number(hit.headers.get('content-length'))).toBe(bytes.length);
		expect(brotliDecompressSync(bytes).toString()).toBe(html);
		const gzipOnly = new Request('http://test/', { headers: { 'accept-encoding': 'gzip' } });
		expect(cachedResponse(t.db, '/big', gzipOnly)!.headers.get('content-encoding')).toBe('gzip');
		const raw = cachedResponse(t.db, '/big', plain)!;
		expect(raw.headers.get('content-encoding')).toBeNull();
		expect(raw.headers.get('content-length')).toBe(String(Buffer.byteLength(html)));
		expect(await raw.text()).toBe(html);
	});

	it('never sends the brotli version of a page the data has changed since', async () => {
		const before = 'old figures '.repeat(1000);
		const after = 'new figures '.repeat(1000);
		await keep(t.db, '/a', plain, new Response(before));
		await keep(t.db, '/b', plain, new Response(before));
		createIndicator(t.db, {
			code: 'KPI_PORTAL',
			name: 'Services online',
			description: '',
			unit: '%',
			minValue: 0,
			maxValue: 100,
			higherIsBetter: true,
			source: ''
		});
		expect(cachedResponse(t.db, '/a', browser)).toBeNull();
		await compressed();
		await keep(t.db, '/a', plain, new Response(after));
		await compressed();
		const hit = cachedResponse(t.db, '/a', browser)!;
		expect(hit.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(Buffer.from(await hit.arrayBuffer())).toString()).toBe(after);
		expect(cachedResponse(t.db, '/b', browser)).toBeNull();
	});

	it('reads Accept-Encoding as browsers and proxies write it, q=0 meaning "not this one"', () => {
		const asking = (value: string) =>
			encodingFor(new Request('http://test/', { headers: { 'accept-encoding': value } }));
		expect(asking('gzip, deflate, br, zstd')).toBe('br');
		expect(asking('gzip;q=1.0, br;q=0')).toBe('gzip');
		expect(asking('BR')).toBe('br');
		expect(asking('deflate')).toBe('identity');
		expect(asking('gzip;q=0')).toBe('identity');
		expect(encodingFor(plain)).toBe('identity');
	});
});
