import type Database from 'better-sqlite3';
import type { Db } from './connection';

/**
 * The data revision: a counter the database keeps itself (migration 0004), advanced by a
 * trigger on every insert, update and delete of a table whose content pages show. Any
 * connection of any process that commits such a write moves it, so the page cache of every
 * app process sees the change at its next request, and no code path can forget to say so.
 * Every table of the database is in exactly one of the lists below (or
 * tests/integration/data-revision.spec.ts fails): a new table must be placed, and a new page table
 * needs its triggers.
 */

/** Tables pages show, each with AFTER INSERT/UPDATE/DELETE triggers advancing the revision. */
export const REVISED_TABLES = [
	'countries',
	'country_aliases',
	'country_groups',
	'country_group_members',
	'indicators',
	'imports',
	'policies',
	'milestones',
	'targets',
	'milestone_targets',
	'entered_texts',
	'settings'
] as const;

/**
 * Tables pages show that have no trigger: written only by imports and undos
 * (observation-writes.ts), whose transaction also writes their `imports` row, which advances
 * the revision. A trigger per row here would slow an import of a million rows.
 */
export const COVERED_BY_IMPORTS = ['observations', 'import_changes'] as const;

/**
 * Tables no cached page shows (the cache keeps anonymous pages only): signing in, sessions and
 * the audit log must not empty the page cache. Plus SQLite's and drizzle's own bookkeeping.
 */
export const NOT_ON_PAGES = [
	'users',
	'sessions',
	'api_tokens',
	'login_attempts',
	'audit_log',
	'data_revision',
	'__drizzle_migrations',
	'sqlite_sequence'
] as const;

/** The revision's statement, prepared once per connection: the page cache reads it per request. */
const statements = new WeakMap<Database.Database, Database.Statement<[], number>>();

/** The current data revision, as committed (outside a transaction, the latest commit). */
export function dataRevision(db: Db): number {
	let statement = statements.get(db.$client);
	if (!statement) {
		statement = db.$client
			.prepare<[], number>('SELECT revision FROM data_revision WHERE id = 1')
			.pluck();
		statements.set(db.$client, statement);
	}
	return statement.get() as number;
}
