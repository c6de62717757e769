import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db/connection';
import { appliedMigrations } from './db/migrations';

/** What `GET /healthz` answers: `ok` only when the database answers and is fully migrated. */
export interface Health {
	status: 'ok' | 'error';
	database: 'ok' | 'error';
	migrations: 'current' | 'pending' | 'unknown';
	/** Why the status is not ok. */
	reason?: string;
}

interface JournalEntry {
	tag: string;
	/** drizzle-kit's timestamp of the migration; the migrator records it as `created_at`. */
	when: number;
}

function journalOf(folder: string): JournalEntry[] {
	const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8'));
	return journal.entries;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Checks that the database answers a query and that every migration of `folder` (its
 * meta/_journal.json) is recorded in drizzle's `__drizzle_migrations`. The migrator decides by
 * the same timestamps, so a migration it would skip or has not run yet shows here as pending.
 */
export function checkHealth(db: Db, folder: string): Health {
	let applied: Set<number>;
	try {
		applied = new Set(appliedMigrations(db));
	} catch (error) {
		return {
			status: 'error',
			database: 'error',
			migrations: 'unknown',
			reason: `the database did not answer: ${message(error)}`
		};
	}
	let journal: JournalEntry[];
	try {
		journal = journalOf(folder);
	} catch (error) {
		return {
			status: 'error',
			database: 'ok',
			migrations: 'unknown',
			reason: `the migrations journal cannot be read: ${message(error)}`
		};
	}
	const pending = journal.filter((m) => !applied.has(m.when)).map((m) => m.tag);
	if (pending.length)
		return {
			status: 'error',
			database: 'ok',
			migrations: 'pending',
			reason: `migrations not applied: ${pending.join(', ')}`
		};
	return { status: 'ok', database: 'ok', migrations: 'current' };
}
