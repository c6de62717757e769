import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The SQLite file named by `DATABASE_URL` (a path, or `file:path`); `dashboard.db` by default. */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
	const url = env.DATABASE_URL?.trim() || 'dashboard.db';
	return url.startsWith('file:') ? url.slice('file:'.length) : url;
}

/** Where drizzle-kit writes migrations; the app applies them from there on start. */
export function migrationsFolder(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.MIGRATIONS_DIR ?? 'migrations');
}

/**
 * Opens (creating if needed) the SQLite database and applies pending migrations.
 * WAL lets readers go on while an import holds the write lock on its own connection.
 */
export function openDatabase(path: string, options: { migrate?: boolean } = {}): Db {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 10000');
	const db = drizzle(sqlite, { schema }) as Db;
	if (options.migrate !== false) migrate(db, { migrationsFolder: migrationsFolder() });
	return db;
}

/** Closes a connection opened with `openDatabase` (an import's own, a script's). */
export function closeDatabase(db: Db): void {
	db.$client.close();
}
