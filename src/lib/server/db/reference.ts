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
	groups: { code: string; name: string; description: string | null; iso3: string }[];
}

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
 * Writes the UN indicators (as built in), the countries, their aliases and the country groups,
 * in one transaction. Idempotent: existing rows are updated in place, group members added.
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
	const upsertGroup = sqlite.prepare(
		`INSERT INTO country_groups (code, name, description) VALUES (?, ?, ?)
		 ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description`
	);
	const insertMember = sqlite.prepare(
		'INSERT OR IGNORE INTO country_group_members (group_code, iso3) VALUES (?, ?)'
	);
	transaction(db, () => {
		for (const i of data.indicators) {
			upsertIndicator.run({ ...i, higherIsBetter: i.higherIsBetter ? 1 : 0 });
		}
		for (const c of data.countries) upsertCountry.run(c);
		for (const a of data.aliases) upsertAlias.run(a.alias, a.iso3);
		for (const g of data.groups) {
			upsertGroup.run(g.code, g.name, g.description);
			insertMember.run(g.code, g.iso3);
		}
	});
}
