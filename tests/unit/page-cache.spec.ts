import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { openDatabase } from '../../src/lib/server/db/connection';
import { cachedResponse, dataChanged, keep } from '../../src/lib/server/page-cache';
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
