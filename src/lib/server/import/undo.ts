import type Database from 'better-sqlite3';

export type UndoResult =
	| { ok: true; undoId: number; restored: number; removed: number }
	| { ok: false; status: 404 | 409; message: string };

interface ImportRow {
	id: number;
	kind: string;
	status: string;
	file_name: string;
	created_at: string;
}

/**
 * Undoes a published import: restores exactly the values it replaced and removes the ones it
 * added, in one transaction, recorded as a new "undo" event. Refused when the import was
 * already undone, or when a later import changed one of its values (undo that one first).
 */
export function undoImport(sqlite: Database.Database, importId: number, actor: string): UndoResult {
	return sqlite
		.transaction((): UndoResult => {
			const record = sqlite
				.prepare('SELECT id, kind, status, file_name, created_at FROM imports WHERE id = ?')
				.get(importId) as ImportRow | undefined;
			if (!record || record.kind !== 'import') {
				return { ok: false, status: 404, message: `There is no import #${importId}.` };
			}
			if (record.status === 'undone') {
				return { ok: false, status: 409, message: `Import #${importId} was already undone.` };
			}
			const later = sqlite
				.prepare(
					`SELECT i.id, i.file_name, c.country, c.indicator, c.year
				 FROM import_changes mine
				 JOIN import_changes c ON c.indicator = mine.indicator AND c.year = mine.year AND c.country = mine.country
				 JOIN imports i ON i.id = c.import_id
				 WHERE mine.import_id = ? AND c.import_id > ? AND i.status = 'published' AND i.kind = 'import'
				 ORDER BY i.id LIMIT 1`
				)
				.get(importId, importId) as
				| { id: number; file_name: string; country: string; indicator: string; year: number }
				| undefined;
			if (later) {
				return {
					ok: false,
					status: 409,
					message: `Import #${later.id} (${later.file_name}) changed values of this import later (${later.country} ${later.indicator} ${later.year}); undo import #${later.id} first.`
				};
			}
			const changes = sqlite
				.prepare(
					`SELECT indicator, year, country, previous_existed AS existed, previous_value AS value,
				        previous_rank AS rank, previous_import_id AS importId
				 FROM import_changes WHERE import_id = ?`
				)
				.all(importId) as {
				indicator: string;
				year: number;
				country: string;
				existed: number;
				value: number | null;
				rank: number | null;
				importId: number | null;
			}[];
			const restore = sqlite.prepare(
				'UPDATE observations SET value = ?, rank = ?, import_id = ? WHERE indicator = ? AND year = ? AND country = ?'
			);
			const remove = sqlite.prepare(
				'DELETE FROM observations WHERE indicator = ? AND year = ? AND country = ?'
			);
			let restored = 0;
			let removed = 0;
			for (const c of changes) {
				if (c.existed) {
					restore.run(c.value, c.rank, c.importId, c.indicator, c.year, c.country);
					restored++;
				} else {
					remove.run(c.indicator, c.year, c.country);
					removed++;
				}
			}
			sqlite.prepare(`UPDATE imports SET status = 'undone' WHERE id = ?`).run(importId);
			const undo = sqlite
				.prepare(
					`INSERT INTO imports (kind, file_name, sha256, layout, imported_by, years, values_changed, values_new, undoes_import_id, messages)
				 SELECT 'undo', file_name, sha256, layout, ?, years, ?, 0, id, ? FROM imports WHERE id = ?`
				)
				.run(
					actor,
					restored + removed,
					JSON.stringify([{ message: `${restored} value(s) restored, ${removed} removed` }]),
					importId
				);
			return { ok: true, undoId: Number(undo.lastInsertRowid), restored, removed };
		})
		.immediate();
}
