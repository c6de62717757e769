import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { openDatabase } from '../../src/lib/server/db/connection';
import {
	cachedResponse,
	compressed,
	currentVersion,
	dataChanged,
	encodingFor,
	keep,
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
		expect(cachedResponse(t.db.$client, '/', plain)).toBeNull();
		const first = await keep(t.db.$client, '/', plain, page());
		expect(first.headers.get('x-cache')).toBe('miss');
		expect(await first.text()).toBe('<h1>EGDI</h1>');
		const hit = cachedResponse(t.db.$client, '/', browser)!;
		expect(hit.headers.get('x-cache')).toBe('hit');
		expect(hit.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await hit.arrayBuffer())).toString()).toBe('<h1>EGDI</h1>');
	});

	it('forgets everything when an import commits on another connection', async () => {
		await keep(t.db.$client, '/', plain, page());
		const other = openDatabase(t.path);
		await importFixture(other, 'long.csv');
		other.$client.close();
		expect(cachedResponse(t.db.$client, '/', plain)).toBeNull();
	});

	it('does not keep a page rendered while an import committed (it may mix old and new)', async () => {
		cachedResponse(t.db.$client, '/', plain);
		const before = currentVersion(t.db.$client);
		const other = openDatabase(t.path);
		await importFixture(other, 'long.csv');
		other.$client.close();
		const sent = await keep(t.db.$client, '/', plain, page(), before);
		expect(await sent.text()).toBe('<h1>EGDI</h1>');
		expect(cachedResponse(t.db.$client, '/', plain)).toBeNull();
	});

	it('renders a page once for requests that arrive while it renders', async () => {
		let renders = 0;
		let finish = () => {};
		const render = () => {
			renders++;
			return new Promise<Response>((resolve) => (finish = () => resolve(page())));
		};
		const answers = [1, 2, 3].map(() => renderOnce(t.db.$client, '/slow', plain, render));
		await new Promise((r) => setTimeout(r, 10));
		finish();
		const sent = await Promise.all(answers);
		expect(renders).toBe(1);
		expect(sent.map((r) => r.headers.get('x-cache'))).toEqual(['miss', 'hit', 'hit']);
		expect(await Promise.all(sent.map((r) => r.text()))).toEqual(Array(3).fill('<h1>EGDI</h1>'));
	});

	it('forgets everything after a write through this process', async () => {
		await keep(t.db.$client, '/', plain, page());
		dataChanged();
		expect(cachedResponse(t.db.$client, '/', plain)).toBeNull();
	});

	it('keeps neither errors nor answers that set cookies', async () => {
		await keep(t.db.$client, '/a', plain, new Response('no', { status: 404 }));
		await keep(t.db.$client, '/b', plain, new Response('x', { headers: { 'set-cookie': 'a=b' } }));
		expect(cachedResponse(t.db.$client, '/a', plain)).toBeNull();
		expect(cachedResponse(t.db.$client, '/b', plain)).toBeNull();
	});

	it('sends brotli once it is made in the background, gzip meanwhile, with the right length', async () => {
		// A page large enough to be worth brotli: the explorer's table, in short.
		const html = `<table>${Array.from({ length: 400 }, (_, i) => `<tr><td>Country ${i}</td><td>0.${i}</td></tr>`).join('')}</table>`;
		const big = () => new Response(html, { headers: { 'content-type': 'text/html' } });
		await keep(t.db.$client, '/big', plain, big());
		const early = cachedResponse(t.db.$client, '/big', browser)!;
		expect(early.headers.get('content-encoding')).toBe('gzip');
		await compressed();
		const hit = cachedResponse(t.db.$client, '/big', browser)!;
		expect(hit.headers.get('content-encoding')).toBe('br');
		expect(hit.headers.get('vary')).toMatch(/accept-encoding/i);
		const bytes = Buffer.from(await hit.arrayBuffer());
		expect(Number(hit.headers.get('content-length'))).toBe(bytes.length);
		expect(brotliDecompressSync(bytes).toString()).toBe(html);
		const gzipOnly = new Request('http://test/', { headers: { 'accept-encoding': 'gzip' } });
		expect(cachedResponse(t.db.$client, '/big', gzipOnly)!.headers.get('content-encoding')).toBe(
			'gzip'
		);
		const raw = cachedResponse(t.db.$client, '/big', plain)!;
		expect(raw.headers.get('content-encoding')).toBeNull();
		expect(raw.headers.get('content-length')).toBe(String(Buffer.byteLength(html)));
		expect(await raw.text()).toBe(html);
	});

	it('never sends the brotli version of a page the data has changed since', async () => {
		const before = 'old figures '.repeat(1000);
		const after = 'new figures '.repeat(1000);
		await keep(t.db.$client, '/a', plain, new Response(before));
		await keep(t.db.$client, '/b', plain, new Response(before));
		dataChanged();
		expect(cachedResponse(t.db.$client, '/a', browser)).toBeNull();
		await compressed();
		await keep(t.db.$client, '/a', plain, new Response(after));
		await compressed();
		const hit = cachedResponse(t.db.$client, '/a', browser)!;
		expect(hit.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(Buffer.from(await hit.arrayBuffer())).toString()).toBe(after);
		expect(cachedResponse(t.db.$client, '/b', browser)).toBeNull();
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
