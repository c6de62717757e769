import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	COVERED_BY_IMPORTS,
	dataRevision,
	NOT_ON_PAGES,
	REVISED_TABLES
} from '../../src/lib/server/db/revision';
import { undoImport } from '../../src/lib/server/import/undo';
import { seedPolicies } from '../../src/lib/server/seed-policies';
import { importFixture, tempDatabase } from '../helpers';

describe('the data revision', () => {
	const t = tempDatabase();
	const sqlite = t.db.$client;
	beforeAll(async () => {
		seedPolicies(t.db, 'data');
		await importFixture(t.db, 'un-egov-2022.csv');
	});
	afterAll(() => t.close());

	const tables = () =>
		sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
	const triggersOn = (table: string) =>
		sqlite
			.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?")
			.pluck()
			.all(table) as string[];

	it('places every table of the database in exactly one list', () => {
		const lists = [...REVISED_TABLES, ...COVERED_BY_IMPORTS, ...NOT_ON_PAGES] as string[];
		expect(new Set(lists).size).toBe(lists.length);
		expect(tables().filter((table) => !lists.includes(table))).toEqual([]);
		expect(lists.filter((table) => !tables().includes(table))).toEqual([]);
	});

	it('has an insert, an update and a delete trigger on every table pages show, and no other', () => {
		for (const table of REVISED_TABLES) {
			const sql = triggersOn(table).join('\n');
			for (const event of ['INSERT', 'UPDATE', 'DELETE'])
				expect(sql, `${table} ${event}`).toMatch(
					new RegExp(`AFTER ${event} ON \`${table}\`[\\s\\S]*?UPDATE \`data_revision\``)
				);
		}
		for (const table of [...COVERED_BY_IMPORTS, ...NOT_ON_PAGES])
			expect(triggersOn(table), table).toEqual([]);
	});

	it('moves on every insert, update and delete of every table pages show', () => {
		sqlite.pragma('foreign_keys = OFF');
		try {
			for (const table of REVISED_TABLES) {
				const first = `rowid = (SELECT min(rowid) FROM "${table}")`;
				const column = (sqlite.pragma(`table_info("${table}")`) as { name: string }[])[0].name;
				sqlite.exec('SAVEPOINT probe');
				const moved = (write: string) => {
					const before = dataRevision(t.db);
					sqlite.exec(write);
					return dataRevision(t.db) - before;
				};
				expect(sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), table).not.toBe(0);
				sqlite.exec(`CREATE TEMP TABLE probe AS SELECT * FROM "${table}" WHERE ${first}`);
				expect(moved(`UPDATE "${table}" SET "${column}" = "${column}" WHERE ${first}`), table).toBe(
					1
				);
				expect(moved(`DELETE FROM "${table}" WHERE ${first}`), table).toBe(1);
				expect(moved(`INSERT INTO "${table}" SELECT * FROM temp.probe`), table).toBe(1);
				sqlite.exec('ROLLBACK TO probe; RELEASE probe');
			}
		} finally {
			sqlite.pragma('foreign_keys = ON');
		}
	});

	it('moves with every import and every undo, which write observations without a trigger', async () => {
		const before = dataRevision(t.db);
		const report = await importFixture(t.db, 'un-egov-2024-excel.csv');
		expect(report.status).toBe('published');
		const imported = dataRevision(t.db);
		expect(imported).toBeGreaterThan(before);
		expect(undoImport(t.db, report.importId!, 'test').ok).toBe(true);
		expect(dataRevision(t.db)).toBeGreaterThan(imported);
	});

	it('stays put through a dry run and a rejected file', async () => {
		const before = dataRevision(t.db);
		expect((await importFixture(t.db, 'un-egov-2003.csv', { dryRun: true })).status).toBe(
			'dry_run'
		);
		expect((await importFixture(t.db, 'bad/out-of-range.csv')).status).toBe('rejected');
		expect(dataRevision(t.db)).toBe(before);
	});
});
