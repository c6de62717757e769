import type { Db } from '../db/connection';
import { completeUndo, getImport, laterChange, recordUndo } from '../db/imports';
import { undoObservations } from '../db/observation-writes';
import { transaction } from '../db/transactions';

export type UndoResult =
	| { ok: true; undoId: number; restored: number; removed: number }
	| { ok: false; status: 404 | 409; message: string };

/**
 * Undoes a published import: restores exactly the values it replaced and removes the ones it
 * added, in one transaction, recorded as a new "undo" event. Refused when the import was
 * already undone, or when a later import changed one of its values (undo that one first).
 * Set-based statements, so that undoing a million-row import takes seconds, not minutes.
 */
export function undoImport(db: Db, importId: number, actor: string): UndoResult {
	return transaction(
		db,
		(): UndoResult => {
			const record = getImport(db, importId);
			if (!record || record.kind !== 'import') {
				return { ok: false, status: 404, message: `There is no import #${importId}.` };
			}
			if (record.status === 'undone') {
				return { ok: false, status: 409, message: `Import #${importId} was already undone.` };
			}
			// A later import that replaced a value of this one logged this import as the value's
			// source; undoing this one first would overwrite it.
			const later = laterChange(db, importId);
			if (later) {
				return {
					ok: false,
					status: 409,
					message: `Import #${later.id} (${later.fileName}) changed values of this import later (${later.country} ${later.indicator} ${later.year}); undo import #${later.id} first.`
				};
			}
			const undoId = recordUndo(db, importId, actor);
			const { restored, removed } = undoObservations(db, importId, undoId);
			completeUndo(
				db,
				undoId,
				{ removed, restored },
				`${restored} value(s) restored, ${removed} removed`
			);
			return { ok: true, undoId, restored, removed };
		},
		'immediate'
	);
}
