import type { Db } from './connection';

/**
 * The drizzle timestamps (`created_at`, the journal's `when`) of the migrations the database
 * has applied; none when it has no migrations table. Throws when the database does not answer.
 */
export function appliedMigrations(db: Db): number[] {
	const sqlite = db.$client;
	sqlite.prepare('SELECT 1').get();
	const table = sqlite
		.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
		.get();
	if (!table) return [];
	const rows = sqlite.prepare('SELECT created_at FROM __drizzle_migrations').pluck().all() as (
		number | string
	)[];
	return rows.map(Number);
}
