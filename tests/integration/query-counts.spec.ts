import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledData } from '../../src/lib/server/bundled';
import { tempDatabase } from '../helpers';

// The routes open the database named by DATABASE_URL when first imported.
const t = tempDatabase();
process.env.DATABASE_URL = t.path;

/**
 * Counts statement executions (`run`, `get`, `all`, `iterate` of every prepared statement, on
 * any connection of this process): what a page's loader costs the database, whatever builds the
 * SQL (drizzle prepares and runs one statement per query).
 */
let executions = 0;
function countExecutions() {
	const proto = Object.getPrototypeOf(t.db.$client.prepare('SELECT 1'));
	for (const method of ['run', 'get', 'all', 'iterate'] as const) {
		const original = proto[method];
		proto[method] = function (this: unknown, ...args: unknown[]) {
			executions++;
			return original.apply(this, args);
		};
	}
}

type Load = (event: unknown) => unknown;
const ROUTES: Record<string, () => Promise<unknown>> = {
	'': () => import('../../src/routes/+page.server'),
	'targets/': () => import('../../src/routes/targets/+page.server'),
	'brief/': () => import('../../src/routes/brief/+page.server'),
	'countries/[iso3]/': () => import('../../src/routes/countries/[iso3]/+page.server'),
	'indicators/[code]/': () => import('../../src/routes/indicators/[code]/+page.server'),
	'compare/': () => import('../../src/routes/compare/+page.server'),
	'countries/': () => import('../../src/routes/countries/+page.server'),
	'methodology/': () => import('../../src/routes/methodology/+page.server')
};
async function queriesOf(route: string, url: string, params: Record<string, string> = {}) {
	const { load } = (await ROUTES[route]()) as { load: Load };
	// No cookies: no confirmation of a save waiting (see $lib/server/flash).
	const cookies = { get: () => undefined, delete: () => {} };
	const event = {
		url: new URL(url, 'http://test'),
		params,
		locals: { locale: 'en', user: null },
		cookies
	};
	load(event); // the first call opens the connection and prepares what is prepared once
	executions = 0;
	load(event);
	return executions;
}

function addTargets(n: number) {
	const policy = t.db.$client.prepare('SELECT id FROM policies ORDER BY id DESC').pluck().get();
	const insert = t.db.$client.prepare(
		`INSERT INTO targets (policy_id, country, indicator, baseline_year, target_year, kind, target_value)
		 VALUES (?, 'KHM', ?, 2022, 2030, 'value', 0.8)`
	);
	for (let i = 0; i < n; i++) insert.run(policy, ['EGDI', 'OSI', 'TII', 'HCI'][i % 4]);
}

/** National KPIs with a value for Cambodia and Viet Nam (written as an import would). */
function addIndicators(codes: string[]) {
	const define = t.db.$client.prepare(
		`INSERT INTO indicators (code, name, unit, min_value, max_value) VALUES (?, ?, 'index (0–1)', 0, 1)`
	);
	const value = t.db.$client.prepare(
		`INSERT INTO observations (indicator, year, country, value) VALUES (?, 2024, ?, 0.5)`
	);
	for (const code of codes) {
		define.run(code, code);
		for (const country of ['KHM', 'VNM']) value.run(code, country);
	}
}

beforeAll(async () => {
	await loadBundledData(t.db, 'data');
	countExecutions();
});
afterAll(() => t.close());

const PAGES: [string, string, Record<string, string>?][] = [
	['', '/?country=KHM'],
	['targets/', '/targets?country=KHM'],
	['brief/', '/brief?country=KHM'],
	['countries/[iso3]/', '/countries/KHM', { iso3: 'KHM' }],
	['indicators/[code]/', '/indicators/EGDI', { code: 'EGDI' }],
	['compare/', '/compare?countries=KHM,VNM'],
	['countries/', '/countries'],
	['methodology/', '/methodology']
];

/**
 * The statements each page's loader runs, as measured when they were made fixed (before: one or
 * two per target, per indicator): a page over its budget has gained a query, perhaps one per row.
 */
const BUDGET: Record<string, number> = {
	'/?country=KHM': 15,
	// + the links of milestones to the targets they serve (one query, whatever their number)
	'/targets?country=KHM': 13,
	'/brief?country=KHM': 14,
	'/countries/KHM': 5,
	// The alias table, for the search by every name the import knows ("Vietnam", "Laos").
	'/indicators/EGDI': 8,
	// + the groups' members, for the links that put a whole group on.
	'/compare?countries=KHM,VNM': 8,
	// The alias table, for the search.
	'/countries': 5,
	// The country groups and their dated members, for the sources.
	'/methodology': 7
};

describe('statement executions per page load', () => {
	it('stay within each page budget, whatever the number of targets, countries and indicators', async () => {
		const report: Record<string, number> = {};
		for (const [route, url, params] of PAGES) report[url] = await queriesOf(route, url, params);
		report['/compare (12 countries)'] = await queriesOf(
			'compare/',
			'/compare?countries=KHM,VNM,THA,LAO,MMR,IDN,MYS,PHL,SGP,BRN,TLS,CHN'
		);
		addTargets(10);
		report['/ (13 targets)'] = await queriesOf('', '/?country=KHM');
		report['/targets (13 targets)'] = await queriesOf('targets/', '/targets?country=KHM');
		report['/brief (13 targets)'] = await queriesOf('brief/', '/brief?country=KHM');
		addIndicators(['KPI_A', 'KPI_B']);
		report['/compare (2 more indicators)'] = await queriesOf(
			'compare/',
			'/compare?countries=KHM,VNM'
		);
		report['/countries/KHM (2 more indicators)'] = await queriesOf(
			'countries/[iso3]/',
			'/countries/KHM',
			{ iso3: 'KHM' }
		);
		console.log(JSON.stringify(report, null, 2));
		for (const [url, budget] of Object.entries(BUDGET))
			expect(report[url], url).toBeLessThanOrEqual(budget);
		expect(report['/compare (12 countries)']).toBe(report['/compare?countries=KHM,VNM']);
		expect(report['/ (13 targets)']).toBe(report['/?country=KHM']);
		expect(report['/targets (13 targets)']).toBe(report['/targets?country=KHM']);
		expect(report['/brief (13 targets)']).toBe(report['/brief?country=KHM']);
		expect(report['/compare (2 more indicators)']).toBe(report['/compare?countries=KHM,VNM']);
		expect(report['/countries/KHM (2 more indicators)']).toBe(report['/countries/KHM']);
	});
});
