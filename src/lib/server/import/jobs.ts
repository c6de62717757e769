import { audit } from '../auth/audit';
import { closeDatabase, databasePath, openDatabase, type Db } from '../db/connection';
import { runImport, type ImportOptions, type ImportReport } from './index';
import { undoImport, type UndoResult } from './undo';

/** An upload to validate (dry run) or publish, with who asked. */
export interface ImportJob {
	kind: 'import';
	content: Uint8Array;
	options: Pick<ImportOptions, 'fileName' | 'dryRun' | 'layout'> & { importedBy: string };
}

/** An import to undo, with who asked. */
export interface UndoJob {
	kind: 'undo';
	importId: number;
	actor: string;
}

export type Job = ImportJob | UndoJob;

/**
 * Around a job's writing (a publish once its file is checked, an undo): `beforeWrite` resolves
 * when the server lets it take the write lock, `afterWrite` says that it has let go of it.
 */
export interface WriteStep {
	beforeWrite(): Promise<void>;
	afterWrite(): void;
}
export type JobResult<J extends Job> = J extends ImportJob ? ImportReport : UndoResult;

/**
 * Runs the import pipeline on a connection of its own: readers on the application's connection
 * see the data before or after, never half an import.
 */
async function withImportConnection<T>(work: (db: Db) => Promise<T> | T) {
	const db = openDatabase(databasePath(), { migrate: false });
	try {
		return await work(db);
	} finally {
		closeDatabase(db);
	}
}

/**
 * Runs one job in this thread: the import worker's work (see ../imports.ts), or the server's
 * own when there is no worker (development, tests of the source).
 */
export function runJob(job: Job, step?: WriteStep): Promise<ImportReport | UndoResult> {
	// The audit line is written inside the write step too: no write of the job is outside it.
	if (job.kind === 'undo') {
		return withImportConnection(async (db) => {
			await step?.beforeWrite();
			try {
				const result = undoImport(db, job.importId, job.actor);
				if (result.ok) {
					audit(
						db,
						job.actor,
						'undo import',
						`import ${job.importId}`,
						`${result.restored} restored, ${result.removed} removed (event #${result.undoId})`
					);
				}
				return result;
			} finally {
				step?.afterWrite();
			}
		});
	}
	const { options } = job;
	return withImportConnection(async (db) => {
		const content = Buffer.from(job.content.buffer, job.content.byteOffset, job.content.byteLength);
		let writing = false;
		try {
			const report = await runImport(db, content, {
				...options,
				maxIssues: 500,
				beforeWrite: step
					? async () => {
							await step.beforeWrite();
							writing = true;
						}
					: undefined
			});
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
		} finally {
			if (writing) step?.afterWrite();
		}
	});
}
