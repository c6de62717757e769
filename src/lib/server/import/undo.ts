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
 * Set-based statements, so that undoing a million-row import takes seconds, not minutes.
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
			// A later import that replaced a value of this one logged this import as the value's
			// source; undoing this one first would overwrite it.
			const later = sqlite
				.prepare(
					`SELECT i.id, i.file_name, c.country, c.indicator, c.year
				 FROM import_changes c JOIN imports i ON i.id = c.import_id
				 WHERE c.previous_import_id = ? AND i.status = 'published' AND i.kind = 'import'
				 ORDER BY i.id, c.indicator, c.year, c.country LIMIT 1`
				)
				.get(importId) as
				| { id: number; file_name: string; country: string; indicator: string; year: number }
				| undefined;
			if (later) {
				return {
					ok: false,
					status: 409,
					message: `Import #${later.id} (${later.file_name}) changed values of this import later (${later.country} ${later.indicator} ${later.year}); undo import #${later.id} first.`
				};
			}
			sqlite.prepare(`UPDATE imports SET status = 'undone' WHERE id = ?`).run(importId);
			const undoId = Number(
				sqlite
					.prepare(
						`INSERT INTO imports (kind, file_name, sha256, layout, imported_by, years, undoes_import_id)
					 SELECT 'undo', file_name, sha256, layout, ?, years, id FROM imports WHERE id = ?`
					)
					.run(actor, importId).lastInsertRowid
			);
			// The values it replaced come back (with the import they came from)…
			const restored = sqlite
				.prepare(
					`UPDATE observations SET (value, rank, import_id) = (
					   SELECT c.previous_value, c.previous_rank, c.previous_import_id FROM import_changes c
					   WHERE c.import_id = @id AND c.previous_existed AND c.indicator = observations.indicator
					     AND c.year = observations.year AND c.country = observations.country)
				 WHERE import_id = @id AND EXISTS (
					   SELECT 1 FROM import_changes c WHERE c.import_id = @id AND c.previous_existed
					     AND c.indicator = observations.indicator AND c.year = observations.year
					     AND c.country = observations.country)`
				)
				.run({ id: importId }).changes;
			// …and the rows still marked with it are the ones it added: logged under the undo event
			// (so the import's page can still list them), then removed.
			sqlite
				.prepare(
					`INSERT INTO import_changes (import_id, indicator, year, country, previous_existed, previous_value, previous_rank, previous_import_id, new_value, new_rank)
				 SELECT ?, indicator, year, country, 1, value, rank, import_id, NULL, NULL FROM observations WHERE import_id = ?`
				)
				.run(undoId, importId);
			const removed = sqlite
				.prepare('DELETE FROM observations WHERE import_id = ?')
				.run(importId).changes;
			sqlite
				.prepare('UPDATE imports SET values_changed = ?, messages = ? WHERE id = ?')
				.run(
					restored + removed,
					JSON.stringify([{ message: `${restored} value(s) restored, ${removed} removed` }]),
					undoId
				);
			return { ok: true, undoId, restored, removed };
		})
		.immediate();
}
