import { expect, test, type APIResponse } from '@playwright/test';

/**
 * What a shared cache in front (nginx, a CDN) is told about each kind of answer: anonymous
 * pages, embeds and API reads may be kept by it and revalidated with their ETag; errors and
 * redirects by no cache. Signed-in answers: accounts.spec.ts (it has the accounts).
 */
const PUBLIC = /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/;
const VARY = 'Accept-Encoding, Cookie, Authorization';

async function expectShared(response: APIResponse) {
	expect(response.status()).toBe(200);
	const h = response.headers();
	expect(h['cache-control']).toMatch(PUBLIC);
	expect(h['vary']).toBe(VARY);
	expect(h['etag']).toMatch(/^"[A-Za-z0-9_-]{22}(-gzip|-br)?"$/);
	return h['etag'];
}

for (const [kind, path] of [
	['a page', '/countries/KHM'],
	['a page in Khmer', '/km/indicators/EGDI'],
	['an embed', '/countries/KHM?embed=1'],
	['an API read', '/api/v1/countries'],
	['an API read as CSV', '/api/v1/observations?indicator=EGDI&year=2024&format=csv']
] as const) {
	test(`${kind} may be kept by a shared cache and is revalidated with its ETag`, async ({
		request
	}) => {
		const first = await request.get(path);
		const etag = await expectShared(first);
		// Kept by this process or not (the second is from its memory), the same tag.
		const again = await request.get(path);
		expect(await expectShared(again)).toBe(etag);
		const revalidated = await request.get(path, { headers: { 'if-none-match': etag } });
		expect(revalidated.status()).toBe(304);
		expect(revalidated.headers()['etag']).toBe(etag);
		expect(revalidated.headers()['cache-control']).toMatch(PUBLIC);
		expect(await revalidated.body()).toHaveLength(0);
		// A weak comparison, and a list, as proxies send them.
		const weak = await request.get(path, { headers: { 'if-none-match': `"x", W/${etag}` } });
		expect(weak.status()).toBe(304);
		const other = await request.get(path, { headers: { 'if-none-match': '"not-this-one"' } });
		expect(other.status()).toBe(200);
	});
}

test('each encoding of a page has its own ETag, and any of them revalidates the page', async ({
	request
}) => {
	const path = '/indicators/EGDI';
	const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
	const gzip = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
	expect(gzip.headers()['content-encoding']).toBe('gzip');
	expect(gzip.headers()['etag']).toBe(plain.headers()['etag'].replace(/"$/, '-gzip"'));
	const back = await request.get(path, {
		headers: { 'accept-encoding': 'identity', 'if-none-match': gzip.headers()['etag'] }
	});
	expect(back.status()).toBe(304);
});

test('the embed and the page are different answers, with different tags', async ({ request }) => {
	const page = await request.get('/countries/KHM');
	const embed = await request.get('/countries/KHM?embed=1');
	expect(embed.headers()['etag']).not.toBe(page.headers()['etag']);
	expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*$/);
});

for (const [kind, path, status] of [
	['an unknown page', '/countries/XXX', 404],
	['an unknown address', '/no-such-page', 404],
	['an unknown API address', '/api/v1/nothing', 404],
	['a bad API query', '/api/v1/observations?year=abc', 400],
	['a page for signed-in users only', '/account', 303]
] as const) {
	test(`${kind} (${status}) is kept by no cache`, async ({ request }) => {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status()).toBe(status);
		expect(response.headers()['cache-control']).toBe('no-store');
		expect(response.headers()['etag']).toBeUndefined();
	});
}

test('an unknown API token is refused, and the refusal kept by no cache', async ({ request }) => {
	const response = await request.get('/api/v1/countries', {
		headers: { authorization: 'Bearer not-a-token' }
	});
	expect(response.status()).toBe(401);
	expect(response.headers()['cache-control']).toBe('private, no-store');
});

test('the read API answers any site’s script, without cookies or tokens; pages do not', async ({
	request
}) => {
	const origin = { origin: 'https://partner.example.org' };
	const read = await request.get('/api/v1/observations?indicator=EGDI&year=2024&country=KHM', {
		headers: origin
	});
	expect(read.status()).toBe(200);
	expect(read.headers()['access-control-allow-origin']).toBe('*');
	expect(read.headers()['access-control-allow-credentials']).toBeUndefined();
	const refused = await request.get('/api/v1/observations?year=abc', { headers: origin });
	expect(refused.status()).toBe(400);
	expect(refused.headers()['access-control-allow-origin']).toBe('*');

	// A preflight is answered for reads only, and lets no header through (no Authorization).
	const preflight = await request.fetch('/api/v1/countries', {
		method: 'OPTIONS',
		headers: {
			...origin,
			'access-control-request-method': 'GET',
			'access-control-request-headers': 'authorization'
		}
	});
	expect(preflight.status()).toBe(204);
	expect(preflight.headers()['access-control-allow-methods']).toBe('GET, HEAD');
	expect(preflight.headers()['access-control-allow-headers']).toBeUndefined();

	// Pages and the rest of the site stay same-origin.
	const page = await request.get('/countries/KHM', { headers: origin });
	expect(page.headers()['access-control-allow-origin']).toBeUndefined();
	const download = await request.get('/data/downloads/EGDI.csv', { headers: origin });
	expect(download.headers()['access-control-allow-origin']).toBeUndefined();
});
