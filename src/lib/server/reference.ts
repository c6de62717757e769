import Papa from 'papaparse';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUnGroup, parseMembershipDate, UN_GROUP_NAMES } from '$lib/domain/groups';
import { UN_INDICATORS } from '$lib/server/un-indicators';
import type { Db } from './db/connection';
import {
	syncGroupsAndAliases,
	upsertBuiltInIndicators,
	upsertReferenceData,
	type ReferenceData
} from './db/reference';

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
		...readGroups(dataDir)
	};
}

type Groups = Pick<ReferenceData, 'groups' | 'members'>;

/**
 * The country groups of `dataDir`: the UN's from `country-groups.csv` (group, iso3, from,
 * until, source, note) and the user-defined ones from `groups.csv` (group_code, group_name,
 * description, iso3, and optionally from and until). Dates may be a year or a month alone.
 */
export function readGroups(dataDir: string): Groups {
	const groups = new Map<string, Groups['groups'][number]>();
	const members: Groups['members'] = [];
	const file = (name: string) =>
		existsSync(join(dataDir, name)) ? readCsv(join(dataDir, name)) : [];
	for (const [line, m] of file('country-groups.csv').entries()) {
		if (!isUnGroup(m.group))
			throw new Error(`country-groups.csv, row ${line + 2}: unknown group "${m.group}"`);
		if (!groups.has(m.group))
			groups.set(m.group, {
				code: m.group,
				name: UN_GROUP_NAMES[m.group],
				description: null,
				kind: 'un',
				source: m.source || null
			});
		members.push({
			groupCode: m.group,
			iso3: m.iso3,
			from: parseMembershipDate(m.from),
			until: parseMembershipDate(m.until),
			source: m.source || null,
			note: m.note || null
		});
	}
	for (const g of file('groups.csv')) {
		if (!groups.has(g.group_code))
			groups.set(g.group_code, {
				code: g.group_code,
				name: g.group_name,
				description: g.description || null,
				kind: 'custom',
				source: null
			});
		members.push({
			groupCode: g.group_code,
			iso3: g.iso3,
			from: parseMembershipDate(g.from),
			until: parseMembershipDate(g.until),
			source: null,
			note: g.note || null
		});
	}
	return { groups: [...groups.values()], members };
}

/**
 * Brings the UN groups (LDC, LLDC, SIDS) of an existing database up to `dataDir`'s lists, and
 * adds aliases it lacks: reference data the application ships, which a newer version may
 * correct. Rows already as listed are left untouched (no change to the data revision).
 */
export function syncShippedReferenceData(db: Db, dataDir: string): void {
	const { groups, members } = readGroups(dataDir);
	const un = new Set(groups.filter((g) => g.kind === 'un').map((g) => g.code));
	const aliases = existsSync(join(dataDir, 'country-aliases.csv'))
		? readCsv(join(dataDir, 'country-aliases.csv')).map((a) => ({ alias: a.alias, iso3: a.iso3 }))
		: [];
	syncGroupsAndAliases(
		db,
		{
			groups: groups.filter((g) => un.has(g.code)),
			members: members.filter((m) => un.has(m.groupCode))
		},
		aliases
	);
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
