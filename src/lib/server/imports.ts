import { Readable } from 'node:stream';
import { audit } from './auth/audit';
import { closeDatabase, databasePath, openDatabase, type Db } from './db/connection';
import { runImport, type ImportOptions, type ImportReport } from './import';
import { undoImport, type UndoResult } from './import/undo';

/** The largest file the upload page and the API accept. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * Runs the import pipeline on a connection of its own: readers on the application's
 * connection see the data before or after, never half an import, and a second import waits
 * for the first (the pipeline takes the write lock).
 */
async function withImportConnection<T>(work: (db: Db) => Promise<T> | T) {
	const db = openDatabase(databasePath(), { migrate: false });
	try {
		return await work(db);
	} finally {
		closeDatabase(db);
	}
}

/** Validates (dry run) or publishes an uploaded file, recording who did it. */
export function importFile(
	content: Buffer | Readable,
	options: Pick<ImportOptions, 'fileName' | 'dryRun' | 'layout'> & { importedBy: string }
): Promise<ImportReport> {
	return withImportConnection(async (db) => {
		const report = await runImport(db, content, { ...options, maxIssues: 500 });
		if (report.status === 'published') {
			audit(
				db,
				options.importedBy,
				'import',
				`import ${report.importId}`,
				`${options.fileName}: ${report.values.new} new, ${report.values.changed} changed`
			);
		}
		return report;
	});
}

/** Undoes an import, recording who did it. */
export function undo(importId: number, actor: string): Promise<UndoResult> {
	return withImportConnection((db) => {
		const result = undoImport(db, importId, actor);
		if (result.ok) {
			audit(
				db,
				actor,
				'undo import',
				`import ${importId}`,
				`${result.restored} restored, ${result.removed} removed (event #${result.undoId})`
			);
		}
		return result;
	});
}
