import Papa from 'papaparse';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UN_INDICATORS } from '$lib/server/un-indicators';
import type { Db } from './db/connection';
import { upsertBuiltInIndicators, upsertReferenceData, type ReferenceData } from './db/reference';

/** Where the bundled dataset lives: `DATA_DIR`, or `data/` in the working directory. */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
	return env.DATA_DIR ?? 'data';
}

function readCsv(path: string): Record<string, string>[] {
	const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
	return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' }).data;
}

/** The reference data of `dataDir`'s files (the optional ones may be missing). */
export function readReferenceData(dataDir: string): ReferenceData {
	const optional = (name: string) =>
		existsSync(join(dataDir, name)) ? readCsv(join(dataDir, name)) : [];
	return {
		indicators: [...UN_INDICATORS],
		countries: readCsv(join(dataDir, 'countries.csv')).map((c) => ({
			iso3: c.iso3,
			isoNumeric: c.iso_numeric || null,
			name: c.name,
			region: c.region,
			subregion: c.subregion,
			incomeGroup: c.income_group
		})),
		aliases: optional('country-aliases.csv').map((a) => ({ alias: a.alias, iso3: a.iso3 })),
		groups: optional('groups.csv').map((g) => ({
			code: g.group_code,
			name: g.group_name,
			description: g.description || null,
			iso3: g.iso3
		}))
	};
}

/**
 * Loads what observations refer to: the UN indicators, and from `dataDir` the countries,
 * their aliases and the country groups. Idempotent: existing rows are updated in place.
 */
export function loadReferenceData(db: Db, dataDir: string): void {
	upsertReferenceData(db, readReferenceData(dataDir));
}

/**
 * Brings the UN indicators' rows up to their definitions (`$lib/domain/un-indicators`): a new
 * one is added to a database made before it, a changed one updated, the others left alone.
 */
export function loadBuiltInIndicators(db: Db): void {
	upsertBuiltInIndicators(db, UN_INDICATORS);
}
