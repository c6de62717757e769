import { desc, eq } from 'drizzle-orm';
import type { Db } from './connection';
import { imports, type ImportRecord } from './schema';

/** Every import and undo, newest first. */
export function listImports(db: Db): ImportRecord[] {
	return db.select().from(imports).orderBy(desc(imports.id)).all();
}

export function getImport(db: Db, id: number): ImportRecord | undefined {
	return db.select().from(imports).where(eq(imports.id, id)).get();
}

/**
 * Records an import as it starts, inside its transaction; `completeImport` fills in the rest.
 * Returns its id, which every row it writes carries.
 */
export function insertImport(
	db: Db,
	record: { fileName: string; layout: string; importedBy: string }
): number {
	return db
		.insert(imports)
		.values({ ...record, sha256: '' })
		.returning({ id: imports.id })
		.get().id;
}

/** What a published import read and wrote, once its file has been read to the end. */
export function completeImport(
	db: Db,
	id: number,
	summary: {
		sha256: string | null;
		years: number[];
		rowsRead: number;
		values: { new: number; changed: number; unchanged: number };
		warnings: unknown[];
	}
): void {
	db.update(imports)
		.set({
			sha256: summary.sha256 ?? '',
			years: summary.years.join(','),
			rowsRead: summary.rowsRead,
			valuesNew: summary.values.new,
			valuesChanged: summary.values.changed,
			valuesUnchanged: summary.values.unchanged,
			messages: JSON.stringify(summary.warnings)
		})
		.where(eq(imports.id, id))
		.run();
}

/**
 * The first value of import `id` that a later published import replaced (it logged `id` as the
 * value's source): undoing `id` first would overwrite it.
 */
export function laterChange(db: Db, id: number) {
	return db.$client
		.prepare(
			`SELECT i.id, i.file_name AS fileName, c.country, c.indicator, c.year
			 FROM import_changes c JOIN imports i ON i.id = c.import_id
			 WHERE c.previous_import_id = ? AND i.status = 'published' AND i.kind = 'import'
			 ORDER BY i.id, c.indicator, c.year, c.country LIMIT 1`
		)
		.get(id) as
		{ id: number; fileName: string; country: string; indicator: string; year: number } | undefined;
}

/** Marks import `id` undone and records the undo as an event of its own; returns the event's id. */
export function recordUndo(db: Db, id: number, actor: string): number {
	db.update(imports).set({ status: 'undone' }).where(eq(imports.id, id)).run();
	return Number(
		db.$client
			.prepare(
				`INSERT INTO imports (kind, file_name, sha256, layout, imported_by, years, undoes_import_id)
				 SELECT 'undo', file_name, sha256, layout, ?, years, id FROM imports WHERE id = ?`
			)
			.run(actor, id).lastInsertRowid
	);
}

/** What an undo event changed, once done. */
export function completeUndo(db: Db, undoId: number, changed: number, message: string): void {
	db.update(imports)
		.set({ valuesChanged: changed, messages: JSON.stringify([{ message }]) })
		.where(eq(imports.id, undoId))
		.run();
}

export interface WrittenValue {
	indicator: string;
	year: number;
	country: string;
	previousExisted: boolean;
	previousValue: number | null;
	previousRank: number | null;
	newValue: number | null;
	newRank: number | null;
}

/**
 * The values an import wrote, with what they replaced, sorted by indicator, year and country:
 * the values it replaced (its log), the values it added that are still there (rows marked with
 * it), and those it added that a later import or an undo has since replaced (logged there with
 * this import as their source). At most `limit` rows, with the total.
 */
export function writtenBy(
	db: Db,
	id: number,
	limit = 1000
): { rows: WrittenValue[]; total: number } {
	const written = `
		SELECT indicator, year, country, previous_existed, previous_value, previous_rank, new_value, new_rank
		FROM import_changes WHERE import_id = @id
		UNION ALL
		SELECT o.indicator, o.year, o.country, 0, NULL, NULL, o.value, o.rank
		FROM observations o WHERE o.import_id = @id AND NOT EXISTS (
			SELECT 1 FROM import_changes c WHERE c.import_id = @id AND c.indicator = o.indicator AND c.year = o.year AND c.country = o.country)
		UNION
		SELECT l.indicator, l.year, l.country, 0, NULL, NULL, l.previous_value, l.previous_rank
		FROM import_changes l WHERE l.previous_import_id = @id AND NOT EXISTS (
			SELECT 1 FROM import_changes c WHERE c.import_id = @id AND c.indicator = l.indicator AND c.year = l.year AND c.country = l.country)`;
	const sqlite = db.$client;
	const total =
		(sqlite.prepare(`SELECT count(*) FROM (${written})`).pluck().get({ id }) as number) ?? 0;
	const rows = sqlite
		.prepare(
			`SELECT indicator, year, country, previous_existed AS previousExisted, previous_value AS previousValue,
			        previous_rank AS previousRank, new_value AS newValue, new_rank AS newRank
			 FROM (${written}) ORDER BY indicator, year, country LIMIT @limit`
		)
		.all({ id, limit }) as (Omit<WrittenValue, 'previousExisted'> & { previousExisted: number })[];
	return { rows: rows.map((r) => ({ ...r, previousExisted: r.previousExisted === 1 })), total };
}

/** The newest import or undo (what the data are "as of"), or undefined before any. */
export function latestImport(db: Db): Pick<ImportRecord, 'id' | 'createdAt'> | undefined {
	return db
		.select({ id: imports.id, createdAt: imports.createdAt })
		.from(imports)
		.orderBy(desc(imports.id))
		.limit(1)
		.get();
}
