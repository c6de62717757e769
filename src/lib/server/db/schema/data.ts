/** The values and where they came from: observations, imports and what each changed. */
import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text
} from 'drizzle-orm/sqlite-core';
import { countries, indicators } from './reference';

/**
 * One value per indicator, country and year. `value` is null where the country was not
 * assessed; `rank` is set where the source publishes one (the EGDI rank).
 */
export const observations = sqliteTable(
	'observations',
	{
		indicator: text('indicator')
			.notNull()
			.references(() => indicators.code),
		year: integer('year').notNull(),
		country: text('country')
			.notNull()
			.references(() => countries.iso3),
		value: real('value'),
		rank: integer('rank'),
		/** The import that last wrote this row. */
		importId: integer('import_id').references(() => imports.id)
	},
	(t) => [
		primaryKey({ columns: [t.indicator, t.year, t.country] }),
		index('observations_country').on(t.country, t.indicator, t.year),
		// An import's page and its undo find its rows (WITHOUT ROWID: the index holds the key too,
		// so its rows come in indicator, year, country order).
		index('observations_import').on(t.importId)
	]
);

/** Every published import (and every undo, as its own event). */
export const imports = sqliteTable(
	'imports',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		kind: text('kind', { enum: ['import', 'undo'] })
			.notNull()
			.default('import'),
		fileName: text('file_name').notNull(),
		sha256: text('sha256').notNull(),
		layout: text('layout').notNull(),
		/** Who published it: a user's email, or "cli" / "system" for scripts and the bundled data. */
		importedBy: text('imported_by').notNull(),
		createdAt: text('created_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
		status: text('status', { enum: ['published', 'undone'] })
			.notNull()
			.default('published'),
		/** Editions (years) the file holds, comma-separated. */
		years: text('years').notNull().default(''),
		rowsRead: integer('rows_read').notNull().default(0),
		valuesNew: integer('values_new').notNull().default(0),
		valuesChanged: integer('values_changed').notNull().default(0),
		valuesUnchanged: integer('values_unchanged').notNull().default(0),
		/** For an undo event: the values it removed (the undone import had added them). */
		valuesRemoved: integer('values_removed').notNull().default(0),
		/** For an undo event: the values it put back (the undone import had replaced them). */
		valuesRestored: integer('values_restored').notNull().default(0),
		/** Warnings kept with the import, JSON array; errors reject a file so none is stored. */
		messages: text('messages').notNull().default('[]'),
		/** For an undo event: the import it undid. */
		undoesImportId: integer('undoes_import_id')
	},
	(t) => [index('imports_sha256').on(t.sha256)]
);

/**
 * The values an import replaced, with what was there before, so that it can be undone exactly.
 * Values an import added are not listed: their observation rows carry its id. For an undo event,
 * the values it removed (previous: what the undone import had added). Rows written before
 * migration 0003 also list added values, with `previousExisted` false.
 * Stored WITHOUT ROWID (migration 0003), as is `observations`.
 */
export const importChanges = sqliteTable(
	'import_changes',
	{
		importId: integer('import_id')
			.notNull()
			.references(() => imports.id, { onDelete: 'cascade' }),
		indicator: text('indicator').notNull(),
		year: integer('year').notNull(),
		country: text('country').notNull(),
		previousExisted: integer('previous_existed', { mode: 'boolean' }).notNull(),
		previousValue: real('previous_value'),
		previousRank: integer('previous_rank'),
		previousImportId: integer('previous_import_id'),
		newValue: real('new_value'),
		newRank: integer('new_rank')
	},
	(t) => [
		primaryKey({ columns: [t.importId, t.indicator, t.year, t.country] }),
		index('import_changes_previous').on(t.previousImportId)
	]
);

export type Observation = typeof observations.$inferSelect;
export type ImportRecord = typeof imports.$inferSelect;

/**
 * How many times content that pages show has changed: one row, advanced by triggers on every
 * table pages read (migration 0004; the lists are in revision.ts). The page cache compares it,
 * so that a write by any connection of any process drops the pages rendered before it.
 */
export const dataRevision = sqliteTable(
	'data_revision',
	{
		id: integer('id').primaryKey(),
		revision: integer('revision').notNull().default(0)
	},
	(t) => [check('data_revision_one_row', sql`${t.id} = 1`)]
);
