import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Readable } from 'node:stream';
import { runImport } from '../../src/lib/server/import';
import { writtenBy } from '../../src/lib/server/db/imports';
import { checksum, importFixture, tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
beforeEach(() => (t = tempDatabase()));
afterEach(() => t.close());

type Row = { value: number | null; rank: number | null };
const get = (indicator: string, year: number, country: string) =>
	t.db.$client
		.prepare(
			'SELECT value, rank FROM observations WHERE indicator = ? AND year = ? AND country = ?'
		)
		.get(indicator, year, country) as Row | undefined;

describe('UN Data Center layout (EGOV_DATA_YYYY.csv)', () => {
	it('maps quoted UN spellings with trailing spaces to ISO3 codes', async () => {
		const report = await importFixture(t.db, 'un-egov-2022.csv');
		expect(report).toMatchObject({
			status: 'published',
			layout: 'un-egov',
			years: [2022],
			rowsRead: 8
		});
		expect(report.values).toEqual({ new: 40, changed: 0, unchanged: 0 });
		for (const iso3 of ['KHM', 'VNM', 'TUR', 'CIV', 'IRN', 'GEO', 'LAO', 'SSD']) {
			expect(get('EGDI', 2022, iso3)?.value).toBeGreaterThan(0);
		}
		expect(get('EGDI', 2022, 'KHM')).toEqual({ value: 0.5056, rank: 127 });
		expect(get('OSI', 2022, 'KHM')).toEqual({ value: 0.4181, rank: null });
	});

	it('keeps real zeros where the EGDI is not 0', async () => {
		await importFixture(t.db, 'un-egov-2022.csv');
		expect(get('EPI', 2022, 'SSD')?.value).toBe(0);
		await importFixture(t.db, 'un-egov-2003.csv');
		expect(get('EPI', 2003, 'PLW')?.value).toBe(0);
		expect(get('EGDI', 2003, 'PLW')).toEqual({ value: 0.00873, rank: 173 });
	});

	it('reads a 0 HCI or TII of 2003–2005 as no data, keeping the EGDI and rank as published', async () => {
		// Palau 2003: OSI 0.0262, HCI 0, TII 0, EGDI 0.00873 = (0.0262 + 0 + 0) / 3 (UN 2003 file).
		await importFixture(t.db, 'un-egov-2003.csv');
		expect(get('HCI', 2003, 'PLW')?.value).toBeNull();
		expect(get('TII', 2003, 'PLW')?.value).toBeNull();
		expect(get('OSI', 2003, 'PLW')?.value).toBe(0.0262);
		expect(get('EGDI', 2003, 'PLW')).toEqual({ value: 0.00873, rank: 173 });
	});

	it('keeps the non-zero values of a row whose EGDI is 0; the EGDI and rank are missing', async () => {
		// Iraq 2003 (UN 2003 file): EGDI 0, rank 174 (tied last), EPI 0, OSI 0, HCI 0.93, TII 0.01578.
		await importFixture(t.db, 'un-egov-2003.csv');
		for (const indicator of ['EGDI', 'EPI', 'OSI']) {
			expect(get(indicator, 2003, 'IRQ')).toEqual({ value: null, rank: null });
		}
		expect(get('HCI', 2003, 'IRQ')).toEqual({ value: 0.93, rank: null });
		expect(get('TII', 2003, 'IRQ')).toEqual({ value: 0.01578, rank: null });
	});

	it('accepts blank ranks (states that did not exist yet)', async () => {
		const report = await importFixture(t.db, 'un-egov-2003.csv');
		expect(report.status).toBe('published');
		expect(get('EGDI', 2003, 'MNE')).toEqual({ value: null, rank: null });
	});

	it('reads what Excel writes: BOM, CRLF, trailing empty lines', async () => {
		const report = await importFixture(t.db, 'un-egov-2024-excel.csv');
		expect(report).toMatchObject({ status: 'published', layout: 'un-egov', rowsRead: 2 });
		expect(get('EGDI', 2024, 'KHM')).toEqual({ value: 0.57536, rank: 120 });
		expect(get('EGDI', 2024, 'DNK')?.rank).toBe(1);
	});

	it('keeps a multi-byte character split across stream chunks intact', async () => {
		const text =
			'Survey Year,Country Name,E-Government Rank,E-Government Index\n2022,"Türkiye ",48,0.7983\n';
		const bytes = Buffer.from(text);
		const split = bytes.indexOf(Buffer.from('ü')) + 1;
		const stream = Readable.from([bytes.subarray(0, split), bytes.subarray(split)]);
		const report = await runImport(t.db, stream, {
			fileName: 'split.csv',
			importedBy: 'test'
		});
		expect(report.status).toBe('published');
		expect(get('EGDI', 2022, 'TUR')?.value).toBe(0.7983);
	});
});

describe('World Bank wide layout', () => {
	it('reads ISO3 from REF_AREA, one value per edition column, TTI as TII, 0.0 as missing', async () => {
		const report = await importFixture(t.db, 'worldbank-wide.csv');
		expect(report).toMatchObject({
			status: 'published',
			layout: 'worldbank-wide',
			years: [2020, 2022, 2024]
		});
		expect(get('TII', 2024, 'KHM')?.value).toBe(0.76094);
		expect(get('TII', 2020, 'SSD')).toEqual({ value: null, rank: null });
		expect(get('EGDI', 2022, 'KHM')?.value).toBe(0.5056);
	});

	it('keeps the ranks it does not carry', async () => {
		await importFixture(t.db, 'un-egov-2024-excel.csv');
		const report = await importFixture(t.db, 'worldbank-wide.csv');
		expect(get('EGDI', 2024, 'KHM')).toEqual({ value: 0.57536, rank: 120 });
		expect(report.values.unchanged).toBeGreaterThanOrEqual(2);
	});
});

describe('long layout', () => {
	it('reads iso3,year,indicator,value,rank with empty values as missing', async () => {
		const report = await importFixture(t.db, 'long.csv');
		expect(report).toMatchObject({ status: 'published', layout: 'long', values: { new: 4 } });
		expect(get('EGDI', 2024, 'VNM')).toEqual({ value: 0.7709, rank: 71 });
		expect(get('EPI', 2024, 'THA')).toEqual({ value: null, rank: null });
	});

	it('can be forced on a file whose header it would not detect', async () => {
		const report = await importFixture(t.db, 'long.csv', { layout: 'un-egov' });
		expect(report.status).toBe('rejected');
		expect(report.errors[0].message).toMatch(/required column "Country Name"/);
	});
});

describe('publishing', () => {
	it('changes nothing when the same file is imported twice', async () => {
		const first = await importFixture(t.db, 'un-egov-2022.csv');
		const before = checksum(t.db);
		const second = await importFixture(t.db, 'un-egov-2022.csv');
		expect(first.sha256).toBe(second.sha256);
		expect(second).toMatchObject({
			status: 'unchanged',
			importId: null,
			values: { new: 0, changed: 0, unchanged: 40 }
		});
		expect(checksum(t.db)).toBe(before);
	});

	it('reports new, changed and unchanged values and the largest changes', async () => {
		await importFixture(t.db, 'long.csv');
		const report = await importFixture(t.db, 'long-update.csv');
		expect(report.values).toEqual({ new: 1, changed: 1, unchanged: 1 });
		expect(report.largestChanges).toEqual([
			{ country: 'KHM', indicator: 'EGDI', year: 2024, previous: 0.57536, value: 0.6 }
		]);
	});

	it('records the import and what each value replaced, for undo', async () => {
		await importFixture(t.db, 'long.csv');
		const report = await importFixture(t.db, 'long-update.csv');
		const record = t.db.$client.prepare('SELECT * FROM imports WHERE id = ?').get(report.importId);
		expect(record).toMatchObject({
			file_name: 'long-update.csv',
			sha256: report.sha256,
			layout: 'long',
			imported_by: 'test',
			status: 'published',
			years: '2024',
			rows_read: 3,
			values_new: 1,
			values_changed: 1,
			values_unchanged: 1
		});
		// Only the replaced value is logged; the added one is known by its row's import id.
		const logged = t.db.$client
			.prepare(
				'SELECT country, previous_value, previous_rank, new_value FROM import_changes WHERE import_id = ?'
			)
			.all(report.importId);
		expect(logged).toEqual([
			{ country: 'KHM', previous_value: 0.57536, previous_rank: 120, new_value: 0.6 }
		]);
		expect(writtenBy(t.db, report.importId!).rows).toEqual([
			{
				indicator: 'EGDI',
				year: 2024,
				country: 'KHM',
				previousExisted: true,
				previousValue: 0.57536,
				previousRank: 120,
				newExisted: true,
				newValue: 0.6,
				newRank: 110
			},
			{
				indicator: 'EGDI',
				year: 2024,
				country: 'LAO',
				previousExisted: false,
				previousValue: null,
				previousRank: null,
				newExisted: true,
				newValue: 0.4,
				newRank: 150
			}
		]);
	});

	it('writes nothing on a dry run but reports the same diff', async () => {
		const before = checksum(t.db);
		const report = await importFixture(t.db, 'un-egov-2022.csv', { dryRun: true });
		expect(report).toMatchObject({ status: 'dry_run', importId: null, values: { new: 40 } });
		expect(checksum(t.db)).toBe(before);
	});

	it('keeps a published anomaly with a warning instead of rejecting the official file', async () => {
		const csv = 'iso3,year,indicator,value\nFSM,2003,HCI,1.422\n';
		const report = await runImport(t.db, csv, { fileName: 'fsm.csv', importedBy: 'test' });
		expect(report.status).toBe('published');
		expect(report.warnings[0].message).toMatch(/kept as published/);
		const other = await runImport(t.db, 'iso3,year,indicator,value\nFSM,2003,HCI,1.5\n', {
			fileName: 'fsm.csv',
			importedBy: 'test'
		});
		expect(other.status).toBe('rejected');
	});
});

describe('a large import', () => {
	/** Every country × five indicators × 25 years: 24,125 values, past the point where the
	 * secondary indexes are built once at the end rather than row by row. */
	function largeFile(extra = '') {
		const countries = t.db.$client.prepare('SELECT iso3 FROM countries').pluck().all() as string[];
		let csv = 'iso3,year,indicator,value\n';
		for (const indicator of ['EGDI', 'OSI', 'TII', 'HCI', 'EPI'])
			for (let year = 2000; year < 2025; year++)
				for (const [i, iso3] of countries.entries())
					csv += `${iso3},${year},${indicator},${((i % 97) / 100).toFixed(2)}\n`;
		return csv + extra;
	}
	const indexes = () =>
		t.db.$client
			.prepare(
				`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'observations' ORDER BY name`
			)
			.all();

	it('rebuilds the secondary indexes it set aside, the same as before, in the same commit', async () => {
		const before = indexes();
		const exec = vi.spyOn(t.db.$client, 'exec');
		const report = await runImport(t.db, largeFile(), {
			fileName: 'large.csv',
			importedBy: 'test'
		});
		expect(report.status).toBe('published');
		expect(report.values.new).toBe(24_125);
		expect(exec.mock.calls.some(([sql]) => /^DROP INDEX "observations_country"/.test(sql))).toBe(
			true
		);
		exec.mockRestore();
		expect(indexes()).toEqual(before);
		expect(t.db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
		const plan = t.db.$client
			.prepare(`EXPLAIN QUERY PLAN SELECT * FROM observations WHERE country = 'KHM'`)
			.all() as { detail: string }[];
		expect(plan.map((p) => p.detail).join()).toMatch(/observations_country/);
		expect(
			t.db.$client.prepare(`SELECT count(*) FROM observations WHERE country = 'KHM'`).pluck().get()
		).toBe(125);
	});

	it('leaves the indexes and the data as they were when its last row is bad', async () => {
		await importFixture(t.db, 'un-egov-2022.csv');
		const before = { indexes: indexes(), data: checksum(t.db) };
		const report = await runImport(t.db, largeFile('KHM,2030,EGDI,1.7\n'), {
			fileName: 'large.csv',
			importedBy: 'test'
		});
		expect(report.status).toBe('rejected');
		expect(report.errors[0]).toMatchObject({ row: 24_127, column: 'value' });
		expect(indexes()).toEqual(before.indexes);
		expect(checksum(t.db)).toBe(before.data);
	});
});
