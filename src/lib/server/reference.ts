import type Database from 'better-sqlite3';
import Papa from 'papaparse';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UN_INDICATORS } from '$lib/domain/indicators';

/** Where the bundled dataset lives: `DATA_DIR`, or `data/` in the working directory. */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
	return env.DATA_DIR ?? 'data';
}

function readCsv(path: string): Record<string, string>[] {
	const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
	return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' }).data;
}

/**
 * Loads what observations refer to: the UN indicators, and from `dataDir` the countries,
 * their aliases and the country groups. Idempotent: existing rows are updated in place.
 */
export function loadReferenceData(sqlite: Database.Database, dataDir: string): void {
	const upsertIndicator = sqlite.prepare(
		`INSERT INTO indicators (code, name, description, unit, min_value, max_value, higher_is_better, source, built_in, sort_order)
		 VALUES (@code, @name, @description, @unit, @minValue, @maxValue, @higherIsBetter, @source, @builtIn, @sortOrder)
		 ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description, unit = excluded.unit,
		   min_value = excluded.min_value, max_value = excluded.max_value, higher_is_better = excluded.higher_is_better,
		   source = excluded.source, built_in = excluded.built_in, sort_order = excluded.sort_order`
	);
	const upsertCountry = sqlite.prepare(
		`INSERT INTO countries (iso3, iso_numeric, name, region, subregion, income_group)
		 VALUES (@iso3, @iso_numeric, @name, @region, @subregion, @income_group)
		 ON CONFLICT (iso3) DO UPDATE SET iso_numeric = excluded.iso_numeric, name = excluded.name,
		   region = excluded.region, subregion = excluded.subregion, income_group = excluded.income_group`
	);
	const insertAlias = sqlite.prepare(
		'INSERT INTO country_aliases (alias, iso3) VALUES (?, ?) ON CONFLICT (alias) DO UPDATE SET iso3 = excluded.iso3'
	);
	const upsertGroup = sqlite.prepare(
		`INSERT INTO country_groups (code, name, description) VALUES (?, ?, ?)
		 ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description`
	);
	const insertMember = sqlite.prepare(
		'INSERT OR IGNORE INTO country_group_members (group_code, iso3) VALUES (?, ?)'
	);

	sqlite.transaction(() => {
		for (const i of UN_INDICATORS) {
			upsertIndicator.run({ ...i, higherIsBetter: i.higherIsBetter ? 1 : 0, builtIn: 1 });
		}
		for (const c of readCsv(join(dataDir, 'countries.csv'))) {
			upsertCountry.run({ ...c, iso_numeric: c.iso_numeric || null });
		}
		const aliases = join(dataDir, 'country-aliases.csv');
		if (existsSync(aliases)) for (const a of readCsv(aliases)) insertAlias.run(a.alias, a.iso3);
		const groups = join(dataDir, 'groups.csv');
		if (existsSync(groups)) {
			for (const g of readCsv(groups)) {
				upsertGroup.run(g.group_code, g.group_name, g.description || null);
				insertMember.run(g.group_code, g.iso3);
			}
		}
	})();
}
