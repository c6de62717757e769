import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../src/lib/server/db/connection';
import { runImport, type ImportOptions } from '../src/lib/server/import';
import { loadReferenceData } from '../src/lib/server/reference';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A migrated database in a temporary folder, with the project's countries and indicators. */
export function tempDatabase(): { db: Db; path: string; dir: string; close(): void } {
	const dir = mkdtempSync(join(tmpdir(), 'egov-test-'));
	const path = join(dir, 'test.db');
	const db = openDatabase(path);
	loadReferenceData(db, 'data');
	return {
		db,
		path,
		dir,
		close() {
			db.$client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/**
 * Imports a fixture file by name (relative to tests/fixtures). The fixtures are small editions
 * of a few countries, some values made up, so the checks of an edition warn about them (the
 * countries of an earlier fixture missing, made-up components): publishing acknowledges the
 * warnings unless `acknowledgeWarnings: false` is given, as the tests of the checks do.
 */
export function importFixture(db: Db, name: string, options: Partial<ImportOptions> = {}) {
	return runImport(db, readFileSync(join(FIXTURES, name)), {
		fileName: name,
		importedBy: 'test',
		acknowledgeWarnings: true,
		...options
	});
}

const DATA_TABLES = [
	'countries',
	'country_aliases',
	'country_groups',
	'country_group_members',
	'indicators',
	'observations',
	'imports',
	'import_changes'
];

/** A checksum of every row of every data table: equal before and after means nothing changed. */
export function checksum(db: Db): string {
	const hash = createHash('sha256');
	for (const table of DATA_TABLES) {
		const rows = db.$client.prepare(`SELECT * FROM ${table}`).raw().all();
		hash.update(
			`${table}:${rows
				.map((r) => JSON.stringify(r))
				.sort()
				.join('\n')}`
		);
	}
	return hash.digest('hex');
}
