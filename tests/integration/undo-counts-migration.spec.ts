import { afterEach, beforeEach, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { migrationsFolder, openDatabase, type Db } from '../../src/lib/server/db/connection';

let dir: string;
let db: Db;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'egov-0008-'));
	db = openDatabase(join(dir, 'old.db'), { migrate: false });
});
afterEach(() => {
	db.$client.close();
	rmSync(dir, { recursive: true, force: true });
});

it('migration 0008 counts the values earlier undo events removed and restored', () => {
	// The migrations before 0008, as a database made before it has them.
	const before = join(dir, 'before');
	cpSync(migrationsFolder(), before, { recursive: true });
	const journalPath = join(before, 'meta/_journal.json');
	const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
	expect(journal.entries.at(-1).tag).toBe('0008_import_pages');
	writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, -1) }));
	migrate(db, { migrationsFolder: before });

	// Import 1 replaced Cambodia's EGDI and added Lao PDR's; undo 2 put the one back and removed
	// the other, and was recorded as "2 changed".
	db.$client.exec(`
		INSERT INTO imports (id, kind, file_name, sha256, layout, imported_by, status, values_new, values_changed)
		VALUES (1, 'import', 'a.csv', 'x', 'long', 't', 'undone', 1, 1);
		INSERT INTO imports (id, kind, file_name, sha256, layout, imported_by, values_changed, undoes_import_id)
		VALUES (2, 'undo', 'a.csv', 'x', 'long', 't', 2, 1);
		INSERT INTO import_changes (import_id, indicator, year, country, previous_existed, previous_value, new_value)
		VALUES (1, 'EGDI', 2024, 'KHM', 1, 0.57536, 0.6), (2, 'EGDI', 2024, 'LAO', 1, 0.4, NULL);`);

	migrate(db, { migrationsFolder: migrationsFolder() });
	const rows = db.$client
		.prepare(
			'SELECT id, values_new, values_changed, values_removed, values_restored FROM imports ORDER BY id'
		)
		.all();
	expect(rows).toEqual([
		{ id: 1, values_new: 1, values_changed: 1, values_removed: 0, values_restored: 0 },
		{ id: 2, values_new: 0, values_changed: 0, values_removed: 1, values_restored: 1 }
	]);
});
