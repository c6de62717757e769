import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedResponse, keep } from '../../src/lib/server/page-cache';
import { logLevel, requestIdOf } from '../../src/lib/server/log';
import { checksum, importFixture, tempDatabase } from '../helpers';
import { PAYLOADS, SQL_INJECTIONS, XSS } from '../fixtures/bad/payloads';

// The routes and query modules open the database named by DATABASE_URL when first imported.
const t = tempDatabase();
process.env.DATABASE_URL = t.path;

/** Every table with its row count: the same before and after means nothing was dropped or added. */
function tablesAndCounts(): Record<string, number> {
	const tables = t.db.$client
		.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
		.pluck()
		.all() as string[];
	return Object.fromEntries(
		tables.map((name) => [
			name,
			t.db.$client.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number
		])
	);
}

let before: { data: string; tables: Record<string, number> };
beforeAll(async () => {
	await importFixture(t.db, 'un-egov-2024-excel.csv');
	before = { data: checksum(t.db), tables: tablesAndCounts() };
});
afterAll(() => t.close());

type Handler = (event: { url: URL }) => Response | Promise<Response>;
async function get(route: string, query: string) {
	const module = (await import(`../../src/routes/api/v1/${route}/+server.ts`)) as { GET: Handler };
	return module.GET({ url: new URL(`http://test/api/v1/${route}?${query}`) });
}

/** Each API and the parameters it reads. */
const API: [string, string[]][] = [
	['observations', ['indicator', 'year', 'country', 'format']],
	['aggregates', ['indicator', 'year', 'by', 'format']],
	['targets', ['country', 'format']],
	['milestones', ['policy', 'format']],
	['countries', ['format']],
	['indicators', ['format']]
];

describe('injection strings in API parameters', () => {
	const cases = API.flatMap(([route, names]) =>
		[...names, 'unknown'].flatMap((name) => PAYLOADS.map((p) => [route, name, p] as const))
	);

	it.each(cases)('/api/v1/%s?%s=%s answers 400 as JSON', async (route, name, payload) => {
		// The other parameters valid, so that the payload is what gets checked.
		const valid = new URLSearchParams(
			route === 'aggregates' ? { indicator: 'EGDI', year: '2024' } : {}
		);
		valid.set(name, payload);
		const response = await get(route, valid.toString());
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		const body = await response.json();
		expect(body.parameter).toBe(name);
	});

	it('leaves every table and every value as it was', async () => {
		expect(checksum(t.db)).toBe(before.data);
		expect(tablesAndCounts()).toEqual(before.tables);
		const kept = await get('observations', 'indicator=EGDI&year=2024&country=KHM');
		expect(await kept.json()).toEqual([
			expect.objectContaining({
				country: 'KHM',
				year: 2024,
				indicator: 'EGDI',
				value: 0.57536,
				rank: 120
			})
		]);
	});
});

describe('injection strings in the query functions', () => {
	it('are compared as values, never run as SQL', async () => {
		const countries = await import('../../src/lib/server/db/countries');
		const indicators = await import('../../src/lib/server/db/indicators');
		const observations = await import('../../src/lib/server/db/observations');
		const policies = await import('../../src/lib/server/db/policies');
		const db = t.db;
		for (const p of PAYLOADS) {
			expect(countries.getCountry(db, p)).toBeUndefined();
			expect(indicators.getIndicator(db, p)).toBeUndefined();
			expect(observations.findObservations(db, { indicator: p })).toEqual([]);
			expect(observations.findObservations(db, { countries: [p, 'KHM'], indicator: p })).toEqual(
				[]
			);
			expect(observations.yearsOf(db, p)).toEqual([]);
			expect(observations.observationsOfCountries(db, [p])).toEqual([]);
			expect(observations.observationsOfPairs(db, [{ indicator: p, country: p }])).toEqual([]);
			expect(observations.editionsOf(db, [p])).toEqual([]);
			expect(observations.highestRank(db, p)).toBeNull();
			expect(policies.listPolicies(db, p)).toEqual([]);
			expect(policies.listTargets(db, p)).toEqual([]);
			expect(policies.listMilestones(db, { country: p })).toEqual([]);
			expect(indicators.deleteIndicator(db, p)).toBe(false);
		}
		expect(checksum(t.db)).toBe(before.data);
		expect(tablesAndCounts()).toEqual(before.tables);
	});
});

describe('request ids', () => {
	const withId = (id?: string) =>
		new Request('http://test/', id === undefined ? {} : { headers: { 'x-request-id': id } });
	const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

	it("keeps a proxy's plain id", () => {
		expect(requestIdOf(withId('abc.DEF_123-x'))).toBe('abc.DEF_123-x');
		expect(requestIdOf(withId('a'.repeat(64)))).toBe('a'.repeat(64));
	});

	it.each([undefined, '', 'a'.repeat(65), 'a b', 'x","level":60,"y":"', ...XSS, ...SQL_INJECTIONS])(
		'replaces %j with a new UUID',
		(given) => {
			const id = requestIdOf(withId(given));
			expect(id).toMatch(UUID);
			expect(requestIdOf(withId(given))).not.toBe(id);
		}
	);
});

describe('LOG_LEVEL', () => {
	it('is info by default and takes any pino level, silent included', () => {
		expect(logLevel({})).toBe('info');
		expect(logLevel({ LOG_LEVEL: ' ' })).toBe('info');
		expect(logLevel({ LOG_LEVEL: 'silent' })).toBe('silent');
		expect(logLevel({ LOG_LEVEL: 'DEBUG' })).toBe('debug');
	});

	it('stops the server on a level that does not exist', () => {
		expect(() => logLevel({ LOG_LEVEL: 'verbose' })).toThrow(
			/LOG_LEVEL must be one of .*"verbose"/
		);
	});
});

describe('the page cache and the headers', () => {
	const request = new Request('http://test/healthz');

	it('never replays an answer marked no-store', async () => {
		const health = () =>
			new Response('{"status":"ok"}', { headers: { 'cache-control': 'no-store' } });
		const first = await keep(t.db, '/healthz|', request, health());
		expect(first.headers.get('x-cache')).toBeNull();
		expect(cachedResponse(t.db, '/healthz|', request)).toBeNull();
	});

	it('replays a page with its own hash-based policy, the same for the same bytes', async () => {
		const csp = "script-src 'self' 'sha256-abc='";
		const page = new Response('<h1>x</h1>', {
			headers: { 'content-type': 'text/html', 'content-security-policy': csp }
		});
		await keep(t.db, '/methodology|', request, page);
		const hit = cachedResponse(t.db, '/methodology|', request)!;
		expect(hit.headers.get('x-cache')).toBe('hit');
		expect(hit.headers.get('content-security-policy')).toBe(csp);
	});
});
