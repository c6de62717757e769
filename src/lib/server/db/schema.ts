import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';

/** UN Member States (and any other economy an analyst adds), keyed by ISO 3166-1 alpha-3. */
export const countries = sqliteTable(
	'countries',
	{
		iso3: text('iso3').primaryKey(),
		/** ISO 3166-1 numeric, as a zero-padded string ("116"); joins the world map. */
		isoNumeric: text('iso_numeric'),
		name: text('name').notNull(),
		region: text('region'),
		subregion: text('subregion'),
		incomeGroup: text('income_group')
	},
	(t) => [uniqueIndex('countries_iso_numeric').on(t.isoNumeric)]
);

/** Other spellings of a country's name, as they appear in source files; normalised for matching. */
export const countryAliases = sqliteTable(
	'country_aliases',
	{
		alias: text('alias').primaryKey(),
		iso3: text('iso3')
			.notNull()
			.references(() => countries.iso3, { onDelete: 'cascade' })
	},
	(t) => [index('country_aliases_iso3').on(t.iso3)]
);

/** User-defined groups of countries (ASEAN, peers …). */
export const countryGroups = sqliteTable('country_groups', {
	code: text('code').primaryKey(),
	name: text('name').notNull(),
	description: text('description')
});

export const countryGroupMembers = sqliteTable(
	'country_group_members',
	{
		groupCode: text('group_code')
			.notNull()
			.references(() => countryGroups.code, { onDelete: 'cascade' }),
		iso3: text('iso3')
			.notNull()
			.references(() => countries.iso3, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.groupCode, t.iso3] }), index('group_members_iso3').on(t.iso3)]
);

export const indicators = sqliteTable('indicators', {
	code: text('code').primaryKey(),
	name: text('name').notNull(),
	description: text('description').notNull().default(''),
	unit: text('unit').notNull().default('index (0–1)'),
	minValue: real('min_value'),
	maxValue: real('max_value'),
	higherIsBetter: integer('higher_is_better', { mode: 'boolean' }).notNull().default(true),
	source: text('source').notNull().default(''),
	/** True for the UN DESA indicators the application ships with; false for national KPIs. */
	builtIn: integer('built_in', { mode: 'boolean' }).notNull().default(false),
	sortOrder: integer('sort_order').notNull().default(100)
});

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
		index('observations_country').on(t.country, t.indicator, t.year)
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

/** Key/value settings an administrator can change at run time (focus country …). */
export const settings = sqliteTable('settings', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});

export type Country = typeof countries.$inferSelect;
export type Indicator = typeof indicators.$inferSelect;
export type Observation = typeof observations.$inferSelect;
export type ImportRecord = typeof imports.$inferSelect;

/** A national policy whose targets and milestones the dashboard follows. */
export const policies = sqliteTable(
	'policies',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		name: text('name').notNull(),
		country: text('country')
			.notNull()
			.references(() => countries.iso3),
		startYear: integer('start_year').notNull(),
		endYear: integer('end_year').notNull(),
		description: text('description').notNull().default(''),
		sourceUrl: text('source_url')
	},
	(t) => [index('policies_country').on(t.country)]
);

export const MILESTONE_STATUSES = ['planned', 'in_progress', 'done', 'delayed'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** A dated step of a policy; `status` as entered (overdue ones are shown as delayed). */
export const milestones = sqliteTable(
	'milestones',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		policyId: integer('policy_id')
			.notNull()
			.references(() => policies.id, { onDelete: 'cascade' }),
		/** ISO date, YYYY-MM-DD. */
		date: text('date').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		responsibleBody: text('responsible_body').notNull().default(''),
		status: text('status', { enum: MILESTONE_STATUSES }).notNull().default('planned'),
		evidenceUrl: text('evidence_url')
	},
	(t) => [index('milestones_policy_date').on(t.policyId, t.date)]
);

export const TARGET_KINDS = ['value', 'rank', 'level'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * A target of a policy: an indicator's value, the EGDI rank, or an EGDI level group, to reach
 * by `targetYear` from `baselineYear`. Direction comes from the indicator (ranks: lower is
 * better). `isExample` marks seeded targets that users should replace: never official.
 */
export const targets = sqliteTable(
	'targets',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		policyId: integer('policy_id')
			.notNull()
			.references(() => policies.id, { onDelete: 'cascade' }),
		country: text('country')
			.notNull()
			.references(() => countries.iso3),
		indicator: text('indicator')
			.notNull()
			.references(() => indicators.code),
		baselineYear: integer('baseline_year').notNull(),
		targetYear: integer('target_year').notNull(),
		kind: text('kind', { enum: TARGET_KINDS }).notNull(),
		targetValue: real('target_value'),
		targetRank: integer('target_rank'),
		targetLevel: text('target_level'),
		note: text('note').notNull().default(''),
		isExample: integer('is_example', { mode: 'boolean' }).notNull().default(false)
	},
	(t) => [index('targets_country').on(t.country), index('targets_policy').on(t.policyId)]
);

export type Policy = typeof policies.$inferSelect;
export type Milestone = typeof milestones.$inferSelect;
export type Target = typeof targets.$inferSelect;

export const ROLES = ['viewer', 'editor', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** People who sign in. Passwords are argon2id hashes; deactivated users cannot sign in. */
export const users = sqliteTable('users', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	role: text('role', { enum: ROLES }).notNull().default('viewer'),
	passwordHash: text('password_hash').notNull(),
	/** Set when the password was given by an admin (invite): the user should change it. */
	mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
	active: integer('active', { mode: 'boolean' }).notNull().default(true),
	createdAt: text('created_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
});

/** Signed-in sessions; the cookie holds the token, the table only its SHA-256. */
export const sessions = sqliteTable(
	'sessions',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** ISO time after which the session is no longer valid; pushed forward on use. */
		expiresAt: text('expires_at').notNull()
	},
	(t) => [index('sessions_user').on(t.userId)]
);

/** API tokens for scripts (`Authorization: Bearer …`); only their SHA-256 is stored. */
export const apiTokens = sqliteTable(
	'api_tokens',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		label: text('label').notNull().default(''),
		createdAt: text('created_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
		lastUsedAt: text('last_used_at')
	},
	(t) => [index('api_tokens_user').on(t.userId)]
);

/** Failed sign-ins, by account and by address, for rate limiting. */
export const loginAttempts = sqliteTable(
	'login_attempts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		email: text('email').notNull(),
		address: text('address').notNull(),
		at: text('at').notNull()
	},
	(t) => [
		index('login_attempts_email').on(t.email, t.at),
		index('login_attempts_address').on(t.address, t.at)
	]
);

/** Who changed what and when: every change to data, plans or users. */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: text('at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
		/** A user's email, or "cli" / "system". */
		actor: text('actor').notNull(),
		action: text('action').notNull(),
		/** What was acted on, e.g. "import 14", "user ana@example.org". */
		subject: text('subject').notNull().default(''),
		details: text('details').notNull().default('')
	},
	(t) => [index('audit_log_at').on(t.at)]
);

export type User = typeof users.$inferSelect;

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
