import type { Db } from './connection';
import { transaction } from './transactions';

/** The reference data as read from the bundled files (see src/lib/server/reference.ts). */
export interface ReferenceData {
	indicators: {
		code: string;
		name: string;
		description: string;
		unit: string;
		minValue: number | null;
		maxValue: number | null;
		higherIsBetter: boolean;
		source: string;
		sortOrder: number;
	}[];
	countries: {
		iso3: string;
		isoNumeric: string | null;
		name: string;
		region: string | null;
		subregion: string | null;
		incomeGroup: string | null;
	}[];
	aliases: { alias: string; iso3: string }[];
	groups: {
		code: string;
		name: string;
		description: string | null;
		kind: 'un' | 'custom';
		source: string | null;
	}[];
	/** Dated memberships: ISO dates, null where open. */
	members: {
		groupCode: string;
		iso3: string;
		from: string | null;
		until: string | null;
		source: string | null;
		note: string | null;
	}[];
}

const UPSERT_GROUP = `INSERT INTO country_groups (code, name, description, kind, source)
	 VALUES (@code, @name, @description, @kind, @source)
	 ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description,
	   kind = excluded.kind, source = excluded.source
	 WHERE (name, description, kind, source) IS NOT
	   (excluded.name, excluded.description, excluded.kind, excluded.source)`;

const UPSERT_MEMBER = `INSERT INTO country_group_members (group_code, iso3, from_date, until_date, source, note)
	 VALUES (@groupCode, @iso3, @from, @until, @source, @note)
	 ON CONFLICT (group_code, iso3) DO UPDATE SET from_date = excluded.from_date,
	   until_date = excluded.until_date, source = excluded.source, note = excluded.note
	 WHERE (from_date, until_date, source, note) IS NOT
	   (excluded.from_date, excluded.until_date, excluded.source, excluded.note)`;

const UPSERT_INDICATOR = `INSERT INTO indicators (code, name, description, unit, min_value, max_value, higher_is_better, source, built_in, sort_order)
	 VALUES (@code, @name, @description, @unit, @minValue, @maxValue, @higherIsBetter, @source, 1, @sortOrder)
	 ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description, unit = excluded.unit,
	   min_value = excluded.min_value, max_value = excluded.max_value, higher_is_better = excluded.higher_is_better,
	   source = excluded.source, built_in = excluded.built_in, sort_order = excluded.sort_order
	 WHERE (name, description, unit, min_value, max_value, higher_is_better, source, built_in, sort_order)
	   IS NOT (excluded.name, excluded.description, excluded.unit, excluded.min_value, excluded.max_value,
	     excluded.higher_is_better, excluded.source, excluded.built_in, excluded.sort_order)`;

/**
 * Writes the built-in indicators as defined, leaving rows that already match untouched (so that
 * an unchanged definition does not move the data revision and empty the page cache).
 */
export function upsertBuiltInIndicators(
	db: Db,
	indicators: readonly ReferenceData['indicators'][number][]
): void {
	const upsert = db.$client.prepare(UPSERT_INDICATOR);
	transaction(db, () => {
		for (const i of indicators) upsert.run({ ...i, higherIsBetter: i.higherIsBetter ? 1 : 0 });
	});
}

/**
 * Writes the UN indicators (as built in), the countries, their aliases and the country groups
 * with their dated members, in one transaction. Idempotent: existing rows are updated in place.
 */
export function upsertReferenceData(db: Db, data: ReferenceData): void {
	const sqlite = db.$client;
	const upsertIndicator = sqlite.prepare(UPSERT_INDICATOR);
	const upsertCountry = sqlite.prepare(
		`INSERT INTO countries (iso3, iso_numeric, name, region, subregion, income_group)
		 VALUES (@iso3, @isoNumeric, @name, @region, @subregion, @incomeGroup)
		 ON CONFLICT (iso3) DO UPDATE SET iso_numeric = excluded.iso_numeric, name = excluded.name,
		   region = excluded.region, subregion = excluded.subregion, income_group = excluded.income_group`
	);
	const upsertAlias = sqlite.prepare(
		'INSERT INTO country_aliases (alias, iso3) VALUES (?, ?) ON CONFLICT (alias) DO UPDATE SET iso3 = excluded.iso3'
	);
	const upsertGroup = sqlite.prepare(UPSERT_GROUP);
	const upsertMember = sqlite.prepare(UPSERT_MEMBER);
	transaction(db, () => {
		for (const i of data.indicators) {
			upsertIndicator.run({ ...i, higherIsBetter: i.higherIsBetter ? 1 : 0 });
		}
		for (const c of data.countries) upsertCountry.run(c);
		for (const a of data.aliases) upsertAlias.run(a.alias, a.iso3);
		for (const g of data.groups) upsertGroup.run(g);
		for (const m of data.members) upsertMember.run(m);
	});
}

/**
 * Writes `groups` and their members as listed (members of those groups not listed are removed)
 * and inserts the aliases not there yet; rows already as listed are not written, so that an
 * unchanged list leaves the data revision alone.
 */
export function syncGroupsAndAliases(
	db: Db,
	data: Pick<ReferenceData, 'groups' | 'members'>,
	aliases: ReferenceData['aliases']
): void {
	const sqlite = db.$client;
	const upsertGroup = sqlite.prepare(UPSERT_GROUP);
	const upsertMember = sqlite.prepare(UPSERT_MEMBER);
	const members = sqlite.prepare<[string], string>(
		'SELECT iso3 FROM country_group_members WHERE group_code = ?'
	);
	const removeMember = sqlite.prepare(
		'DELETE FROM country_group_members WHERE group_code = ? AND iso3 = ?'
	);
	const insertAlias = sqlite.prepare(
		'INSERT OR IGNORE INTO country_aliases (alias, iso3) SELECT ?, iso3 FROM countries WHERE iso3 = ?'
	);
	const known = sqlite.prepare<[string], number>('SELECT 1 FROM countries WHERE iso3 = ?').pluck();
	transaction(db, () => {
		for (const g of data.groups) {
			upsertGroup.run(g);
			const listed = new Set(data.members.filter((m) => m.groupCode === g.code).map((m) => m.iso3));
			for (const iso3 of members.pluck().all(g.code) as string[])
				if (!listed.has(iso3)) removeMember.run(g.code, iso3);
		}
		for (const m of data.members) if (known.get(m.iso3)) upsertMember.run(m);
		for (const a of aliases) insertAlias.run(a.alias, a.iso3);
	});
}
