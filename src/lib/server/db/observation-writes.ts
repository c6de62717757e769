import type { Db } from './connection';

/**
 * The only module that writes to `observations` (and `import_changes`): an import's statements
 * and an undo's. Every such write happens in the transaction of an import or an undo, which
 * also inserts or updates its row of `imports`, and that row's trigger advances the data
 * revision (migration 0004, `revision.ts`). So `observations` needs no trigger of its own (one
 * per row would slow an import of a million rows), and pages cached before the commit are
 * dropped after it. A test (tests/unit/data-layer.spec.ts) fails if another module writes here.
 */

interface Existing {
	value: number | null;
	rank: number | null;
	importId: number | null;
}

/**
 * The statements of one import, prepared once and run for every row. The caller (the import
 * pipeline's writer) owns the transaction and writes rows in key order, which is the table's
 * own order (it is WITHOUT ROWID).
 */
export function importStatements(db: Db) {
	const sqlite = db.$client;
	const select = sqlite.prepare<[string, number, string], Existing>(
		'SELECT value, rank, import_id AS importId FROM observations WHERE indicator = ? AND year = ? AND country = ?'
	);
	const anyRow = sqlite
		.prepare<[string, number], number>(
			'SELECT 1 FROM observations WHERE indicator = ? AND year = ? LIMIT 1'
		)
		.pluck();
	const insert = sqlite.prepare<
		[string, number, string, number | null, number | null, number],
		void
	>(
		'INSERT INTO observations (indicator, year, country, value, rank, import_id) VALUES (?, ?, ?, ?, ?, ?)'
	);
	const update = sqlite.prepare<
		[number | null, number | null, number, string, number, string],
		void
	>(
		'UPDATE observations SET value = ?, rank = ?, import_id = ? WHERE indicator = ? AND year = ? AND country = ?'
	);
	const log = sqlite.prepare(
		`INSERT INTO import_changes (import_id, indicator, year, country, previous_existed, previous_value, previous_rank, previous_import_id, new_value, new_rank)
		 VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`
	);
	return {
		/** The stored value of a key, if any. */
		existing: (indicator: string, year: number, country: string): Existing | undefined =>
			select.get(indicator, year, country),
		/** Whether any country has a row of the indicator in that year. */
		editionHeld: (indicator: string, year: number): boolean =>
			anyRow.get(indicator, year) !== undefined,
		/** Adds a value; its row carries the import's id, which is all undo needs of it. */
		insert(
			importId: number,
			indicator: string,
			year: number,
			country: string,
			value: number | null,
			rank: number | null
		) {
			insert.run(indicator, year, country, value, rank, importId);
		},
		/** Replaces a value, logging what was there so that the import can be undone. */
		replace(
			importId: number,
			indicator: string,
			year: number,
			country: string,
			value: number | null,
			rank: number | null,
			previous: Existing
		) {
			update.run(value, rank, importId, indicator, year, country);
			log.run(
				importId,
				indicator,
				year,
				country,
				previous.value,
				previous.rank,
				previous.importId,
				value,
				rank
			);
		}
	};
}

/**
 * An import's writes, set aside before it takes the write lock (the two-step publish of the
 * import pipeline): a TEMP table, the connection's own, which no other connection sees and
 * whose filling takes no lock on the database. `writeStaged` then makes them in three
 * statements under the lock, a few times faster than a statement per row; `dropStaged`
 * forgets them. Keys are unique (the pipeline's validator lets a key through once).
 */
export function stageStatements(db: Db) {
	const sqlite = db.$client;
	sqlite.exec('DROP TABLE IF EXISTS temp.import_staged');
	sqlite.exec(
		`CREATE TEMP TABLE import_staged (
		   indicator TEXT NOT NULL, year INTEGER NOT NULL, country TEXT NOT NULL,
		   value REAL, rank INTEGER, replaces INTEGER NOT NULL,
		   previous_value REAL, previous_rank INTEGER, previous_import_id INTEGER,
		   PRIMARY KEY (indicator, year, country)) WITHOUT ROWID`
	);
	const add = sqlite.prepare<
		[string, number, string, number | null, number | null, number, ...(number | null)[]],
		void
	>('INSERT INTO temp.import_staged VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
	return {
		/** A value to add, or (with `previous`) one to replace, logging what it replaces. */
		stage(
			indicator: string,
			year: number,
			country: string,
			value: number | null,
			rank: number | null,
			previous?: Existing
		) {
			add.run(
				indicator,
				year,
				country,
				value,
				rank,
				previous ? 1 : 0,
				previous?.value ?? null,
				previous?.rank ?? null,
				previous?.importId ?? null
			);
		}
	};
}

/** Makes the staged writes as import `importId`, in the caller's write transaction. */
export function writeStaged(db: Db, importId: number): void {
	const sqlite = db.$client;
	sqlite
		.prepare(
			`INSERT INTO import_changes (import_id, indicator, year, country, previous_existed, previous_value, previous_rank, previous_import_id, new_value, new_rank)
			 SELECT ?, indicator, year, country, 1, previous_value, previous_rank, previous_import_id, value, rank
			 FROM temp.import_staged WHERE replaces`
		)
		.run(importId);
	sqlite
		.prepare(
			`UPDATE observations SET value = s.value, rank = s.rank, import_id = ?
			 FROM temp.import_staged AS s
			 WHERE s.replaces AND observations.indicator = s.indicator
			   AND observations.year = s.year AND observations.country = s.country`
		)
		.run(importId);
	sqlite
		.prepare(
			`INSERT INTO observations (indicator, year, country, value, rank, import_id)
			 SELECT indicator, year, country, value, rank, ? FROM temp.import_staged WHERE NOT replaces`
		)
		.run(importId);
}

/** Forgets the staged writes (made or not). */
export function dropStaged(db: Db): void {
	db.$client.exec('DROP TABLE IF EXISTS temp.import_staged');
}

/** How many rows the table holds. */
export function observationCount(db: Db): number {
	return db.$client.prepare('SELECT count(*) FROM observations').pluck().get() as number;
}

/**
 * Drops the secondary indexes of `observations` and returns the statements that build them
 * again (`createIndexes`), for a large import: see the import pipeline's writer for when.
 */
export function dropSecondaryIndexes(db: Db): string[] {
	const indexes = db.$client
		.prepare(
			`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'observations' AND sql IS NOT NULL`
		)
		.all() as { name: string; sql: string }[];
	for (const { name } of indexes) db.$client.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
	return indexes.map((i) => i.sql);
}

/** Builds the indexes `dropSecondaryIndexes` dropped. */
export function createIndexes(db: Db, statements: readonly string[]): void {
	for (const sql of statements) db.$client.exec(sql);
}

/**
 * An undo's writes, set-based so that undoing a million-row import takes seconds: the values
 * the import replaced come back (with the import they came from), and the rows still marked
 * with it, the ones it added, are logged under the undo event `undoId` (so that the import's
 * page can still list them) and removed. Run inside the undo's transaction.
 */
export function undoObservations(db: Db, importId: number, undoId: number) {
	const sqlite = db.$client;
	const restored = sqlite
		.prepare(
			`UPDATE observations SET (value, rank, import_id) = (
			   SELECT c.previous_value, c.previous_rank, c.previous_import_id FROM import_changes c
			   WHERE c.import_id = @id AND c.previous_existed AND c.indicator = observations.indicator
			     AND c.year = observations.year AND c.country = observations.country)
			 WHERE import_id = @id AND EXISTS (
			   SELECT 1 FROM import_changes c WHERE c.import_id = @id AND c.previous_existed
			     AND c.indicator = observations.indicator AND c.year = observations.year
			     AND c.country = observations.country)`
		)
		.run({ id: importId }).changes;
	sqlite
		.prepare(
			`INSERT INTO import_changes (import_id, indicator, year, country, previous_existed, previous_value, previous_rank, previous_import_id, new_value, new_rank)
			 SELECT ?, indicator, year, country, 1, value, rank, import_id, NULL, NULL FROM observations WHERE import_id = ?`
		)
		.run(undoId, importId);
	const removed = sqlite
		.prepare('DELETE FROM observations WHERE import_id = ?')
		.run(importId).changes;
	return { restored, removed };
}
