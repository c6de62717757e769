import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { openDatabase } from '../../src/lib/server/db/connection';
import {
	cachedResponse,
	currentVersion,
	dataChanged,
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
});
