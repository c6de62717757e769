import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksum, importFixture, tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
let before: string;
beforeAll(async () => {
	t = tempDatabase();
	await importFixture(t.db, 'un-egov-2022.csv');
	before = checksum(t.db);
});
afterAll(() => t.close());

/** [fixture, expected message, row, column] for each kind of bad input. */
const cases: [string, RegExp, number | null, string | null][] = [
	['empty.csv', /empty/, null, null],
	['header-only.csv', /no data rows/, null, null],
	['binary.csv', /not a text CSV/, null, null],
	['wrong-columns.csv', /Unrecognised layout/, null, null],
	['missing-column.csv', /Unrecognised layout/, null, null],
	['unknown-country.csv', /unknown country "Cambodja"/, 2, 'Country Name'],
	['unknown-indicator.csv', /unknown indicator "EGDX"/, 2, 'indicator'],
	['non-numeric.csv', /"high" is not a number/, 2, 'value'],
	['out-of-range.csv', /EGDI value 1.5 is out of range/, 2, 'value'],
	['impossible-year.csv', /impossible year "3024"/, 2, 'year'],
	[
		'duplicate-conflict.csv',
		/appears twice with different values \(0.5 in row 2, 0.6 here\)/,
		4,
		'value'
	],
	['formula.csv', /"=1\+2" is not a number/, 2, 'value'],
	['error-in-row-150.csv', /"0.5x" is not a number/, 150, 'value']
];

describe('bad input is rejected whole, with row and column, and nothing changes', () => {
	it.each(cases)('%s', async (file, message, row, column) => {
		const report = await importFixture(t.db, `bad/${file}`);
		expect(report.status).toBe('rejected');
		expect(report.importId).toBeNull();
		expect(report.errors[0]).toMatchObject({ row, column });
		expect(report.errors[0].message).toMatch(message);
		expect(checksum(t.db)).toBe(before);
	});

	it('suggests the closest country for an unknown name', async () => {
		const report = await importFixture(t.db, 'bad/unknown-country.csv');
		expect(report.errors[0].suggestion).toBe('did you mean "Cambodia" (KHM)?');
	});

	it('reports every error of a file, not only the first', async () => {
		const report = await importFixture(t.db, 'bad/formula.csv');
		expect(report.errorCount).toBe(2);
		expect(report.errors[1]).toMatchObject({ row: 3, column: 'iso3' });
	});

	it('names a missing required column when the layout is given', async () => {
		const report = await importFixture(t.db, 'bad/missing-column.csv', { layout: 'long' });
		expect(report.errors.map((e) => e.message)).toEqual([
			'required column "indicator" is missing from the header'
		]);
	});

	it('leaves the valid rows before an error unwritten', async () => {
		await importFixture(t.db, 'bad/error-in-row-150.csv');
		const n = t.db.$client
			.prepare('SELECT count(*) AS n FROM observations WHERE year = 2026')
			.get();
		expect(n).toEqual({ n: 0 });
	});
});
