/**
 * A file in memory (what the server publishes) is read and checked without SQLite's write
 * lock, which is taken for the writing alone, once `beforeWrite` has let it: other connections
 * write meanwhile (a sign-in during a publish). If the data changed in between, the file is
 * read again under the lock, and the import sees what the other one wrote.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../src/lib/server/db/connection';
import { runImport } from '../../src/lib/server/import';
import { longCsv } from '../generate';
import { tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
let other: Db;
beforeEach(() => {
	t = tempDatabase();
	other = openDatabase(t.path, { migrate: false });
	other.$client.pragma('busy_timeout = 0');
});
afterEach(() => {
	closeDatabase(other);
	t.close();
});

/** Whether another connection can take the write lock at once (it is not held). */
function lockFree(): boolean {
	try {
		other.$client.exec('BEGIN IMMEDIATE');
		other.$client.exec('ROLLBACK');
		return true;
	} catch (error) {
		if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
		throw error;
	}
}

it('holds the write lock only between beforeWrite and afterWrite', async () => {
	const { csv, rows } = longCsv([2031, 2032, 2033, 2034], 1);
	const seen = { whileReading: [] as boolean[], beforeWrite: false, afterWrite: false };
	let writing = false;
	const report = await runImport(t.db, csv, {
		fileName: 'a.csv',
		importedBy: 'test',
		onProgress: () => seen.whileReading.push(lockFree()),
		beforeWrite: async () => {
			seen.beforeWrite = lockFree();
			writing = true;
		},
		afterWrite: () => {
			writing = false;
			seen.afterWrite = lockFree();
		}
	});
	expect(report).toMatchObject({ status: 'published', values: { new: rows } });
	expect(writing).toBe(false);
	expect(seen.whileReading.length).toBeGreaterThan(0);
	expect(seen.whileReading.every(Boolean)).toBe(true);
	expect(seen).toMatchObject({ beforeWrite: true, afterWrite: true });
});

it('takes no lock for a file that changes nothing or is rejected', async () => {
	const { csv } = longCsv([2031], 1);
	await runImport(t.db, csv, { fileName: 'a.csv', importedBy: 'test' });
	let asked = 0;
	const beforeWrite = async () => void asked++;
	const again = await runImport(t.db, csv, { fileName: 'a.csv', importedBy: 'test', beforeWrite });
	expect(again.status).toBe('unchanged');
	const bad = await runImport(t.db, 'iso3,year,indicator,value\nKHM,2031,EGDI,1.5\n', {
		fileName: 'bad.csv',
		importedBy: 'test',
		beforeWrite
	});
	expect(bad.status).toBe('rejected');
	expect(asked).toBe(0);
});

it('reads the file again under the lock when another import committed in between', async () => {
	const first = longCsv([2031, 2032], 1);
	const second = longCsv([2031, 2032], 2);
	const report = await runImport(t.db, first.csv, {
		fileName: 'first.csv',
		importedBy: 'test',
		// Another connection publishes the same keys with other values meanwhile.
		beforeWrite: async () => {
			const meanwhile = await runImport(other, second.csv, {
				fileName: 'second.csv',
				importedBy: 'other'
			});
			expect(meanwhile).toMatchObject({ status: 'published', values: { new: second.rows } });
		}
	});
	// Checked against an empty year, it would have added every value; read again, it replaces
	// what the other import wrote (the values that differ).
	expect(report.status).toBe('published');
	expect(report.values.new).toBe(0);
	expect(report.values.changed + report.values.unchanged).toBe(first.rows);
	const sources = t.db.$client
		.prepare(
			'SELECT DISTINCT previous_import_id FROM import_changes WHERE import_id = ? AND previous_existed'
		)
		.pluck()
		.all(report.importId);
	expect(sources).toEqual([report.importId! - 1]);
	const count = t.db.$client
		.prepare('SELECT count(*) FROM observations WHERE year IN (2031, 2032)')
		.pluck()
		.get();
	expect(count).toBe(first.rows);
});
