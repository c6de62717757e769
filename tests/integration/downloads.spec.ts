import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledData } from '../../src/lib/server/bundled';
import { tempDatabase } from '../helpers';

// The routes open the database named by DATABASE_URL when first imported.
const t = tempDatabase();
process.env.DATABASE_URL = t.path;

type Handler = (event: {
	params: { file: string };
	locals: { locale: 'en'; user: null };
}) => Response | Promise<Response>;
async function download(file: string) {
	const module = (await import('../../src/routes/data/downloads/[file]/+server')) as {
		GET: Handler;
	};
	try {
		const response = await module.GET({ params: { file }, locals: { locale: 'en', user: null } });
		return {
			status: response.status,
			type: response.headers.get('content-type') ?? '',
			body: await response.text()
		};
	} catch (e) {
		return {
			status: (e as { status: number }).status,
			type: '',
			body: String((e as { body: { message: string } }).body?.message)
		};
	}
}
const rowsOf = (csv: string) =>
	Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

beforeAll(async () => {
	await loadBundledData(t.db, 'data');
});
afterAll(() => t.close());

describe('GET /data/downloads/<file>, on the bundled dataset', () => {
	it('gives the whole dataset: 193 countries, 12 editions, 5 indices', async () => {
		const { status, type, body } = await download('dataset.csv');
		expect(status).toBe(200);
		expect(type).toMatch(/text\/csv/);
		expect(rowsOf(body)).toHaveLength(193 * 12 * 5);
	});

	it('gives one indicator in one edition, with ranks and rating classes', async () => {
		const rows = rowsOf((await download('EGDI-2020.csv')).body);
		expect(rows).toHaveLength(193);
		// UN E-Government Survey 2020: 14 countries in the VH class.
		expect(rows.filter((r) => r.rating_class === 'VH')).toHaveLength(14);
		expect(rows.find((r) => r.iso3 === 'KHM')).toMatchObject({
			year: '2020',
			value: '0.5113',
			rank: '124',
			computed_rank: '124',
			level_group: 'High',
			country: 'Cambodia'
		});
		const epi = rowsOf((await download('EPI-2020.csv')).body);
		// EPI 2020: Estonia, the Republic of Korea and the United States tied first.
		expect(
			epi
				.filter((r) => r.computed_rank === '1')
				.map((r) => r.iso3)
				.sort()
		).toEqual(['EST', 'KOR', 'USA']);
	});

	it('gives every edition of an indicator, the countries and the dated groups', async () => {
		expect(rowsOf((await download('HCI.csv')).body)).toHaveLength(193 * 12);
		expect(rowsOf((await download('country-list.csv')).body)).toHaveLength(193);
		const groups = rowsOf((await download('country-groups.csv')).body);
		expect(groups.find((g) => g.group === 'LDC' && g.iso3 === 'BTN')).toMatchObject({
			from: '1971',
			until: '2023-12-13'
		});
	});

	it('describes them in datapackage.json, with the version and date of the data', async () => {
		const { status, body } = await download('datapackage.json');
		expect(status).toBe(200);
		const meta = JSON.parse(body);
		expect(meta.version).toBe('12');
		expect(meta.created).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(meta.resources.map((r: { path: string }) => r.path)).toContain('EGDI.csv');
		expect(meta.citation).toMatch(/United Nations E-Government Survey 2024/);
	});

	it.each(['EGDI-1999.csv', 'NOPE.csv', 'secrets.txt', '..%2Fdashboard.db'])(
		'answers 404 to %s',
		async (file) => {
			expect((await download(file)).status).toBe(404);
		}
	);
});
