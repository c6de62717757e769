import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';

export class BackupError extends Error {}

/** Opens a file as a database only if it is one, whole: `PRAGMA integrity_check` says ok. */
export function checkDatabaseFile(path: string): { tables: number; observations: number } {
	if (!existsSync(path) || !statSync(path).isFile()) throw new BackupError(`${path}: no such file`);
	let db: Database.Database | null = null;
	try {
		db = new Database(path, { readonly: true, fileMustExist: true });
		const check = db.pragma('integrity_check', { simple: true });
		if (check !== 'ok') throw new BackupError(`${path}: the database is damaged (${check})`);
		const tables = db
			.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
			.pluck()
			.all() as string[];
		if (!tables.includes('__drizzle_migrations') || !tables.includes('observations')) {
			throw new BackupError(`${path}: not a database of this dashboard`);
		}
		const observations = db.prepare('SELECT count(*) FROM observations').pluck().get() as number;
		return { tables: tables.length, observations };
	} catch (error) {
		if (error instanceof BackupError) throw error;
		throw new BackupError(`${path}: not a readable SQLite database (${(error as Error).message})`);
	} finally {
		db?.close();
	}
}

/**
 * Copies the live database to `target` with SQLite's online backup, which is safe while the
 * server runs (readers and writers go on; a write during the copy restarts it). The copy is
 * written beside the target and renamed when whole and checked, so a half-written backup never
 * carries the target's name.
 */
export async function backupDatabase(source: string, target: string) {
	if (existsSync(target)) throw new BackupError(`${target} exists; choose another name`);
	const partial = `${target}.partial`;
	rmSync(partial, { force: true });
	const db = new Database(source, { readonly: true, fileMustExist: true });
	try {
		await db.backup(partial);
	} finally {
		db.close();
	}
	// One self-contained file (the copy inherits WAL mode, which would need -wal/-shm siblings).
	const copy = new Database(partial);
	copy.pragma('journal_mode = DELETE');
	copy.close();
	try {
		const summary = checkDatabaseFile(partial);
		renameSync(partial, target);
		return summary;
	} catch (error) {
		rmSync(partial, { force: true });
		throw error;
	}
}

/**
 * Replaces the live database's content with a backup's, through the same online backup (so a
 * running server sees the restored data at its next read). The backup is checked first; the
 * current content is kept beside the database as `<name>.before-restore-<time>` unless it is
 * empty or missing.
 */
export async function restoreDatabase(backup: string, target: string, now = new Date()) {
	const summary = checkDatabaseFile(backup);
	let kept: string | null = null;
	if (existsSync(target) && statSync(target).size > 0) {
		kept = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
		await backupDatabase(target, kept);
	}
	const source = new Database(backup, { readonly: true, fileMustExist: true });
	try {
		await source.backup(target);
	} finally {
		source.close();
	}
	return { ...summary, kept };
}
