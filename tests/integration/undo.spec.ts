import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/server/import';
import { undoneBy, writtenBy } from '../../src/lib/server/db/imports';
import { undoImport } from '../../src/lib/server/import/undo';
import { checksum, importFixture, tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
beforeEach(() => (t = tempDatabase()));
afterEach(() => t.close());

const observations = () =>
	t.db.$client.prepare('SELECT * FROM observations ORDER BY indicator, year, country').all();

describe('undoImport', () => {
	it('restores exactly the values an import replaced and removes those it added', async () => {
		await importFixture(t.db, 'long.csv');
		const before = observations();
		const update = await importFixture(t.db, 'long-update.csv');
		expect(observations()).not.toEqual(before);
		const result = undoImport(t.db, update.importId!, 'ana@example.org');
		expect(result).toMatchObject({ ok: true, restored: 1, removed: 1 });
		expect(observations()).toEqual(before);
		const records = t.db.$client
			.prepare('SELECT id, kind, status, undoes_import_id, imported_by FROM imports ORDER BY id')
			.all();
		expect(records).toEqual([
			{ id: 1, kind: 'import', status: 'published', undoes_import_id: null, imported_by: 'test' },
			{ id: 2, kind: 'import', status: 'undone', undoes_import_id: null, imported_by: 'test' },
			{
				id: 3,
				kind: 'undo',
				status: 'published',
				undoes_import_id: 2,
				imported_by: 'ana@example.org'
			}
		]);
	});

	it('brings an empty database back to empty after undoing its only import', async () => {
		const first = await importFixture(t.db, 'un-egov-2022.csv');
		expect(undoImport(t.db, first.importId!, 'x')).toMatchObject({ ok: true, removed: 40 });
		expect(observations()).toEqual([]);
	});

	it('refuses to undo the same import twice, changing nothing', async () => {
		const first = await importFixture(t.db, 'long.csv');
		undoImport(t.db, first.importId!, 'x');
		const before = checksum(t.db);
		expect(undoImport(t.db, first.importId!, 'x')).toEqual({
			ok: false,
			status: 409,
			message: `Import #${first.importId} was already undone.`
		});
		expect(checksum(t.db)).toBe(before);
	});

	it('refuses an undo that would overwrite a later import, naming it', async () => {
		const first = await importFixture(t.db, 'long.csv');
		const second = await importFixture(t.db, 'long-update.csv');
		const before = checksum(t.db);
		const result = undoImport(t.db, first.importId!, 'x');
		expect(result).toEqual({
			ok: false,
			status: 409,
			message: `Import #${second.importId} (long-update.csv) changed values of this import later (KHM EGDI 2024); undo import #${second.importId} first.`
		});
		expect(checksum(t.db)).toBe(before);
		// Undoing the later one first, then the earlier one, works.
		expect(undoImport(t.db, second.importId!, 'x').ok).toBe(true);
		expect(undoImport(t.db, first.importId!, 'x').ok).toBe(true);
		expect(observations()).toEqual([]);
	});

	it('refuses an import that does not exist', () => {
		expect(undoImport(t.db, 99, 'x')).toMatchObject({ ok: false, status: 404 });
	});
});

describe('writtenBy (the values an import wrote)', () => {
	const lao = (rows: ReturnType<typeof writtenBy>['rows']) => rows.find((r) => r.country === 'LAO');

	it('still lists a value it added after a later import replaced it, and after its undo', async () => {
		await importFixture(t.db, 'long.csv');
		const update = await importFixture(t.db, 'long-update.csv');
		expect(lao(writtenBy(t.db, update.importId!).rows)).toMatchObject({
			previousExisted: false,
			newValue: 0.4
		});
		const later = await runImport(
			t.db,
			'iso3,year,indicator,value,rank\nLAO,2024,EGDI,0.41,149\n',
			{
				fileName: 'later.csv',
				importedBy: 'test'
			}
		);
		expect(later.status).toBe('published');
		// Listed with the value it wrote, not the later one.
		expect(lao(writtenBy(t.db, update.importId!).rows)).toMatchObject({ newValue: 0.4 });
		expect(undoImport(t.db, later.importId!, 'x').ok).toBe(true);
		expect(undoImport(t.db, update.importId!, 'x').ok).toBe(true);
		const afterUndo = writtenBy(t.db, update.importId!);
		expect(afterUndo.total).toBe(2);
		expect(lao(afterUndo.rows)).toMatchObject({ newValue: 0.4, newRank: 150 });
	});

	it('pages a large import: at most `limit` rows, with the total', async () => {
		const report = await importFixture(t.db, 'long.csv');
		const page = writtenBy(t.db, report.importId!, { limit: 2 });
		expect(page.rows.map((r) => `${r.indicator} ${r.country}`)).toEqual(['EGDI KHM', 'EGDI VNM']);
		expect(page.total).toBe(4);
		const next = writtenBy(t.db, report.importId!, { limit: 2, offset: 2 });
		expect(next.rows.map((r) => `${r.indicator} ${r.country}`)).toEqual(['EPI THA', 'OSI KHM']);
	});

	it('filters by country and by indicator, the total counting only what matches', async () => {
		const report = await importFixture(t.db, 'long.csv');
		const khm = writtenBy(t.db, report.importId!, { country: 'KHM' });
		expect(khm.rows.map((r) => r.indicator)).toEqual(['EGDI', 'OSI']);
		expect(khm.total).toBe(2);
		const egdi = writtenBy(t.db, report.importId!, { indicator: 'EGDI', country: 'VNM' });
		expect(egdi).toMatchObject({ total: 1, rows: [{ country: 'VNM', newValue: 0.7709 }] });
		expect(writtenBy(t.db, report.importId!, { country: 'FRA' })).toEqual({ rows: [], total: 0 });
	});

	it("reads an import's rows through indexes that start with its id", () => {
		const plan = (sql: string) =>
			(t.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[])
				.map((r) => r.detail)
				.join('\n');
		expect(plan('SELECT * FROM observations WHERE import_id = ?')).toMatch(
			/USING (COVERING )?INDEX observations_import/
		);
		expect(plan('SELECT * FROM import_changes WHERE previous_import_id = ?')).toMatch(
			/USING (COVERING )?INDEX import_changes_previous/
		);
	});
});

describe('undoneBy (what an undo did)', () => {
	it('lists the values an undo removed and those it put back, counted apart', async () => {
		await importFixture(t.db, 'long.csv');
		const update = await importFixture(t.db, 'long-update.csv');
		const result = undoImport(t.db, update.importId!, 'ana@example.org');
		if (!result.ok) throw new Error(result.message);
		const record = t.db.$client
			.prepare(
				'SELECT values_new, values_changed, values_removed, values_restored FROM imports WHERE id = ?'
			)
			.get(result.undoId);
		expect(record).toEqual({
			values_new: 0,
			values_changed: 0,
			values_removed: 1,
			values_restored: 1
		});
		const done = undoneBy(t.db, result.undoId, update.importId!);
		expect(done.total).toBe(2);
		expect(done.rows).toEqual([
			{
				indicator: 'EGDI',
				year: 2024,
				country: 'KHM',
				previousExisted: true,
				previousValue: 0.6,
				previousRank: 110,
				newExisted: true,
				newValue: 0.57536,
				newRank: 120
			},
			{
				indicator: 'EGDI',
				year: 2024,
				country: 'LAO',
				previousExisted: true,
				previousValue: 0.4,
				previousRank: 150,
				newExisted: false,
				newValue: null,
				newRank: null
			}
		]);
		expect(undoneBy(t.db, result.undoId, update.importId!, { country: 'LAO' }).total).toBe(1);
	});
});
