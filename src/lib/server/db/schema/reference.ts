/** Reference data: countries, their names and groups, indicators, and run-time settings. */
import {
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

/**
 * Groups of countries: the UN's (LDC, LLDC, SIDS; `kind` 'un', loaded from
 * data/country-groups.csv) and user-defined ones (ASEAN, peers …; `kind` 'custom').
 */
export const countryGroups = sqliteTable('country_groups', {
	code: text('code').primaryKey(),
	name: text('name').notNull(),
	description: text('description'),
	kind: text('kind', { enum: ['un', 'custom'] })
		.notNull()
		.default('custom'),
	/** Where the membership comes from (the UN groups' lists). */
	source: text('source')
});

/**
 * A country's membership of a group, over a period: `fromDate` (inclusive) to `untilDate`
 * (exclusive), ISO dates; null where open (a member before 2003, or still a member). One
 * period per country and group: no country has left a group and come back.
 */
export const countryGroupMembers = sqliteTable(
	'country_group_members',
	{
		groupCode: text('group_code')
			.notNull()
			.references(() => countryGroups.code, { onDelete: 'cascade' }),
		iso3: text('iso3')
			.notNull()
			.references(() => countries.iso3, { onDelete: 'cascade' }),
		fromDate: text('from_date'),
		untilDate: text('until_date'),
		/** The list or decision the membership is taken from. */
		source: text('source'),
		/** What a reader should know: a graduation's day, one scheduled, an approximate date. */
		note: text('note')
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

/** Key/value settings an administrator can change at run time (focus country …). */
export const settings = sqliteTable('settings', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});

export type Country = typeof countries.$inferSelect;
export type Indicator = typeof indicators.$inferSelect;
