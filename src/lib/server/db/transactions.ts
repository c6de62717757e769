import type { Db } from './connection';

/**
 * Runs `work` in one transaction, committed when it returns and rolled back when it throws.
 * `immediate` takes the write lock up front: a writer then waits its turn (busy_timeout) rather
 * than failing when a read transaction cannot be upgraded. Nested calls become savepoints.
 */
export function transaction<T>(db: Db, work: () => T, mode: 'deferred' | 'immediate' = 'deferred') {
	return db.$client.transaction(work)[mode]() as T;
}

/**
 * The import's transaction, which spans the awaits of reading a file in chunks (a function
 * transaction cannot): `begin` then `commit` or `rollback`. A write takes the lock up front, so
 * that two imports run one after the other; a dry run reads a consistent snapshot.
 */
export function begin(db: Db, mode: 'read' | 'write'): void {
	db.$client.exec(mode === 'write' ? 'BEGIN IMMEDIATE' : 'BEGIN');
}

export function commit(db: Db): void {
	db.$client.exec('COMMIT');
}

export function rollback(db: Db): void {
	db.$client.exec('ROLLBACK');
}

/** Whether a transaction is open on the connection (one a crash or an error left open, say). */
export function inTransaction(db: Db): boolean {
	return db.$client.inTransaction;
}

/** Whether SQLite checks foreign keys on this connection. */
export function foreignKeys(db: Db): boolean {
	return db.$client.pragma('foreign_keys', { simple: true }) === 1;
}

/**
 * Turns foreign-key checks on or off for the connection. SQLite ignores it inside a transaction,
 * so call it before `begin` and after `commit`.
 */
export function setForeignKeys(db: Db, on: boolean): void {
	db.$client.pragma(`foreign_keys = ${on ? 'ON' : 'OFF'}`);
}
