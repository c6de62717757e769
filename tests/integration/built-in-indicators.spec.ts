import { afterAll, describe, expect, it } from 'vitest';
import { UN_INDICATORS } from '../../src/lib/server/un-indicators';
import { ensureReferenceData } from '../../src/lib/server/bundled';
import { dataRevision } from '../../src/lib/server/db/revision';
import { tempDatabase } from '../helpers';

/**
 * The built-in indicators follow their definitions on every start, not only on the first: a
 * database made before an indicator was defined gets it, one whose rows match is not written.
 */
describe('the built-in indicators at start', () => {
	const t = tempDatabase();
	const sqlite = t.db.$client;
	afterAll(() => t.close());
	const rows = () =>
		sqlite
			.prepare('SELECT code, name, sort_order AS sortOrder FROM indicators ORDER BY sort_order')
			.all();
	const defined = UN_INDICATORS.map(({ code, name, sortOrder }) => ({ code, name, sortOrder }));

	it('leaves a database that matches its definitions unwritten', () => {
		const before = dataRevision(t.db);
		ensureReferenceData(t.db, 'data');
		expect(dataRevision(t.db)).toBe(before);
		expect(rows()).toEqual(defined);
	});

	it('adds an indicator defined after the database was made and corrects a changed one', () => {
		const last = UN_INDICATORS.at(-1)!.code;
		sqlite.prepare('DELETE FROM indicators WHERE code = ?').run(last);
		sqlite.prepare("UPDATE indicators SET name = 'Old name' WHERE code = 'OSI'").run();
		const before = dataRevision(t.db);
		ensureReferenceData(t.db, 'data');
		expect(rows()).toEqual(defined);
		expect(dataRevision(t.db)).toBeGreaterThan(before);
	});
});
