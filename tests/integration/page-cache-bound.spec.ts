/**
 * The page cache's memory: one key per page whatever the headers, and a bound in bytes
 * (PAGE_CACHE_MB, 1 MB here so that the test stays small).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { randomBytes } from 'node:crypto';
import { tempDatabase } from '../helpers';

vi.hoisted(() => {
	process.env.PAGE_CACHE_MB = '1';
});
const { cacheBytes, cacheKey, cachedResponse, keep, MAX_BYTES } =
	await import('../../src/lib/server/page-cache');

let t: ReturnType<typeof tempDatabase>;
beforeEach(() => (t = tempDatabase()));
afterEach(() => t.close());

const request = (url: string, headers: Record<string, string> = {}) =>
	new Request(url, { headers });

describe('the page cache key', () => {
	it('is the same for 2,000 different Accept headers of browsers and scripts', () => {
		const keys = new Set<string | null>();
		for (let i = 0; i < 2000; i++) {
			const url = new URL('http://test/indicators/EGDI?year=2024');
			keys.add(
				cacheKey(url, request(url.href, { accept: `text/html, application/x-${i};q=0.${i % 10}` }))
			);
			keys.add(cacheKey(url, request(url.href, { accept: `application/x-${i}, */*;q=0.8` })));
		}
		// The page, and the endpoint when a route has one (SvelteKit's own choice).
		expect([...keys].sort()).toEqual([
			'data /indicators/EGDI?year=2024',
			'page /indicators/EGDI?year=2024'
		]);
	});

	it('orders the query and ignores the encoding, keeping repeated parameters in order', () => {
		const key = (href: string, headers: Record<string, string> = { accept: 'text/html' }) =>
			cacheKey(new URL(href), request(href, headers));
		expect(key('http://test/compare?year=2024&add=KHM&add=LAO')).toBe(
			key('http://test/compare?add=KHM&year=2024&add=LAO', {
				accept: 'text/html',
				'accept-encoding': 'br'
			})
		);
		expect(key('http://test/compare?add=KHM&add=LAO')).not.toBe(
			key('http://test/compare?add=LAO&add=KHM')
		);
		expect(key('http://test/km/countries')).not.toBe(key('http://test/countries'));
		expect(key(`http://test/compare?add=${'x'.repeat(3000)}`)).toBeNull();
	});
});

describe('the page cache bound', () => {
	it('keeps no more than its bytes, forgetting the least recently used pages first', async () => {
		expect(MAX_BYTES).toBe(1024 * 1024);
		const plain = request('http://test/');
		// Random bytes do not compress: each page weighs twice its size (plain and gzip).
		for (let i = 0; i < 400; i++) {
			const body = randomBytes(3000).toString('base64').slice(0, 4000);
			await keep(t.db, `page /p${i}`, plain, new Response(body.slice(0, 4000)));
			expect(cacheBytes()).toBeLessThanOrEqual(MAX_BYTES);
		}
		expect(cacheBytes()).toBeGreaterThan(MAX_BYTES / 2);
		expect(cachedResponse(t.db, 'page /p0', plain)).toBeNull();
		expect(cachedResponse(t.db, 'page /p399', plain)).not.toBeNull();
	});
});
