import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runImport } from '../../src/lib/server/import';
import { checksum, importFixture, tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
/** The bundled 2022 and 2024 editions, as published. */
beforeEach(async () => {
	t = tempDatabase();
	for (const year of [2022, 2024]) {
		const report = await runImport(t.db, readFileSync(`data/observations/un-egov-${year}.csv`), {
			fileName: `un-egov-${year}.csv`,
			importedBy: 'test',
			layout: 'long',
			acknowledgeWarnings: true
		});
		expect(report.status).toBe('published');
	}
});
afterEach(() => t.close());

const egdi = (country: string, year: number) =>
	t.db.$client
		.prepare(
			`SELECT value, rank FROM observations WHERE indicator = 'EGDI' AND year = ? AND country = ?`
		)
		.get(year, country);

describe('the checks of an edition', () => {
	it('warn about a revised 2024 file with Denmark at 0.50, and refuse it unacknowledged', async () => {
		const before = checksum(t.db);
		const preview = await importFixture(t.db, 'un-egov-2024-revised-denmark.csv', { dryRun: true });
		expect(preview.status).toBe('dry_run');
		expect(
			preview.checks.map((c) => [
				c.kind,
				'country' in c ? c.country : '',
				'indicator' in c ? c.indicator : ''
			])
		).toEqual([
			['egdiMean', 'DNK', ''],
			['rankOrder', 'DNK', 'EGDI'],
			['outlierChange', 'DNK', 'EGDI']
		]);
		expect(preview.checks[0]).toMatchObject({ egdi: 0.5, mean: 0.98476 });
		const refused = await importFixture(t.db, 'un-egov-2024-revised-denmark.csv', {
			acknowledgeWarnings: false
		});
		expect(refused).toMatchObject({ status: 'unacknowledged', importId: null });
		expect(checksum(t.db)).toBe(before);
		expect(egdi('DNK', 2024)).toEqual({ value: 0.98474, rank: 1 });

		const published = await importFixture(t.db, 'un-egov-2024-revised-denmark.csv');
		expect(published.status).toBe('published');
		expect(egdi('DNK', 2024)).toEqual({ value: 0.5, rank: 3 });
		const kept = t.db.$client
			.prepare('SELECT messages FROM imports WHERE id = ?')
			.pluck()
			.get(published.importId) as string;
		expect(JSON.parse(kept)).toHaveLength(3);
	});

	it('find nothing in a clean new edition, and compare it with the one before', async () => {
		const report = await importFixture(t.db, 'un-egov-2026.csv', { dryRun: true });
		expect(report.checks).toEqual([]);
		expect(report.comparison).toMatchObject({ year: 2026, previousYear: 2024 });
		expect(report.comparison!.rows).toHaveLength(193);
		expect(report.comparison!.rows.find((r) => r.country === 'KHM')).toEqual({
			country: 'KHM',
			previousValue: 0.57536,
			previousRank: 120,
			value: 0.58872,
			rank: 120
		});
	});

	it('warn about a country present in the previous edition and missing now', async () => {
		const text = readFileSync('tests/fixtures/un-egov-2026.csv', 'utf8')
			.split('\n')
			.filter((line) => !line.includes('"Cambodia'))
			.join('\n');
		const report = await runImport(t.db, text, {
			fileName: 'no-cambodia.csv',
			importedBy: 'test',
			dryRun: true
		});
		expect(report.checks.map((c) => c.message)).toEqual([
			'KHM 2026: no EGDI, OSI, TII, HCI, EPI row, although it had values in 2024'
		]);
	});

	it('say once that an edition is partial, rather than name every missing country', async () => {
		const report = await runImport(t.db, 'iso3,year,indicator,value\nKHM,2030,EGDI,0.6\n', {
			fileName: 'x.csv',
			importedBy: 'test',
			dryRun: true
		});
		expect(report.checks.map((c) => c.message)).toEqual([
			'2030: 192 of the 193 countries with values in 2024 have none, a partial edition'
		]);
	});

	it('leave national KPIs alone', async () => {
		t.db.$client
			.prepare(
				`INSERT INTO indicators (code, name, description, unit, source) VALUES ('KPI1', 'k', '', '%', '')`
			)
			.run();
		const report = await runImport(t.db, 'iso3,year,indicator,value\nKHM,2030,KPI1,40\n', {
			fileName: 'x.csv',
			importedBy: 'test',
			dryRun: true
		});
		expect(report).toMatchObject({ status: 'dry_run', checks: [], comparison: null });
	});
});
