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

/** What an undo event did, once done: the values it removed and those it put back. */
export function completeUndo(
	db: Db,
	undoId: number,
	counts: { removed: number; restored: number },
	message: string
): void {
	db.update(imports)
		.set({
			valuesRemoved: counts.removed,
			valuesRestored: counts.restored,
			messages: JSON.stringify([{ message }])
		})
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
	/** False for a value an undo removed. */
	newExisted: boolean;
	newValue: number | null;
	newRank: number | null;
}

/** Which of an event's values to list: a page of them, of one country or indicator. */
export interface ValuesQuery {
	country?: string;
	indicator?: string;
	limit?: number;
	offset?: number;
}

/**
 * Rows of `written` (a query of indicator, year, country, previous_existed, previous_value,
 * previous_rank, new_existed, new_value, new_rank over @id, filtered by @country and
 * @indicator where given): a page, sorted by indicator, year and country, with the total.
 */
function pageOf(
	db: Db,
	written: string,
	params: { id: number; undone?: number | null },
	query: ValuesQuery
): { rows: WrittenValue[]; total: number } {
	const bound = {
		...params,
		country: query.country ?? null,
		indicator: query.indicator ?? null,
		limit: query.limit ?? 1000,
		offset: query.offset ?? 0
	};
	const sqlite = db.$client;
	const total =
		(sqlite.prepare(`SELECT count(*) FROM (${written})`).pluck().get(bound) as number) ?? 0;
	const rows = sqlite
		.prepare(
			`SELECT indicator, year, country, previous_existed AS previousExisted, previous_value AS previousValue,
			        previous_rank AS previousRank, new_existed AS newExisted, new_value AS newValue, new_rank AS newRank
			 FROM (${written}) ORDER BY indicator, year, country LIMIT @limit OFFSET @offset`
		)
		.all(bound) as (Omit<WrittenValue, 'previousExisted' | 'newExisted'> & {
		previousExisted: number;
		newExisted: number;
	})[];
	return {
		rows: rows.map((r) => ({
			...r,
			previousExisted: r.previousExisted === 1,
			newExisted: r.newExisted === 1
		})),
		total
	};
}

/** The filters of `pageOf`, for a table aliased `t`: each uses the table's key or index. */
const FILTERS = `(@indicator IS NULL OR t.indicator = @indicator) AND (@country IS NULL OR t.country = @country)`;

/**
 * The values an import wrote, with what they replaced, sorted by indicator, year and country:
 * the values it replaced (its log), the values it added that are still there (rows marked with
 * it), and those it added that a later import or an undo has since replaced (logged there with
 * this import as their source). A page of them (`limit`, 1000 by default, from `offset`), of one
 * country or indicator if asked, with the total. Each part is read through an index that starts
 * with the import's id (the log's key, observations_import, import_changes_previous).
 */
export function writtenBy(
	db: Db,
	id: number,
	query: ValuesQuery = {}
): { rows: WrittenValue[]; total: number } {
	const written = `
		SELECT indicator, year, country, previous_existed, previous_value, previous_rank, 1 AS new_existed, new_value, new_rank
		FROM import_changes t WHERE t.import_id = @id AND ${FILTERS}
		UNION ALL
		SELECT t.indicator, t.year, t.country, 0, NULL, NULL, 1, t.value, t.rank
		FROM observations t WHERE t.import_id = @id AND ${FILTERS} AND NOT EXISTS (
			SELECT 1 FROM import_changes c WHERE c.import_id = @id AND c.indicator = t.indicator AND c.year = t.year AND c.country = t.country)
		UNION
		SELECT t.indicator, t.year, t.country, 0, NULL, NULL, 1, t.previous_value, t.previous_rank
		FROM import_changes t WHERE t.previous_import_id = @id AND ${FILTERS} AND NOT EXISTS (
			SELECT 1 FROM import_changes c WHERE c.import_id = @id AND c.indicator = t.indicator AND c.year = t.year AND c.country = t.country)`;
	return pageOf(db, written, { id }, query);
}

/**
 * What undo event `id` of import `undone` did, as `writtenBy` lists an import: the values it
 * removed (logged under the undo: the import had added them; after: none) and those it put back
 * (the import's log of what it replaced: before, the import's value; after, the earlier one).
 */
export function undoneBy(
	db: Db,
	id: number,
	undone: number,
	query: ValuesQuery = {}
): { rows: WrittenValue[]; total: number } {
	const written = `
		SELECT indicator, year, country, 1 AS previous_existed, previous_value, previous_rank, 0 AS new_existed, NULL AS new_value, NULL AS new_rank
		FROM import_changes t WHERE t.import_id = @id AND ${FILTERS}
		UNION ALL
		SELECT indicator, year, country, 1, new_value, new_rank, 1, previous_value, previous_rank
		FROM import_changes t WHERE t.import_id = @undone AND t.previous_existed AND ${FILTERS}`;
	return pageOf(db, written, { id, undone }, query);
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
