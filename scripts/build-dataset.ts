/**
 * Rebuilds the bundled dataset in data/ from the raw UN DESA downloads:
 *   npm run data:build -- [raw-directory]     (default ../shared/data/raw)
 * The country table comes from the UNU-EGOV country list (M49 regions, income groups) with
 * ISO numeric codes from i18n-iso-countries; the observations go through the application's
 * own import pipeline into a scratch database and are exported in the project's long format.
 */
import countryCodes from 'i18n-iso-countries';
import Papa from 'papaparse';
import {
	createReadStream,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeName } from '../src/lib/domain/country-names';
import { openDatabase } from '../src/lib/server/db/connection';
import { formatIssue, runImport } from '../src/lib/server/import';
import { exportObservations } from '../src/lib/server/export';
import { loadReferenceData } from '../src/lib/server/reference';
import { toCsv } from '../src/lib/csv';

const raw = process.argv[2] ?? '../shared/data/raw';
const out = 'data';

function readCsv(file: string, delimiter = ','): Record<string, string>[] {
	const text = readFileSync(join(raw, file), 'utf8').replace(/^\uFEFF/, '');
	return Papa.parse<Record<string, string>>(text, {
		header: true,
		delimiter,
		skipEmptyLines: 'greedy'
	}).data;
}

// 1. Countries: ISO3, M49 region and sub-region (M49's names), income group (UNU-EGOV list).
const unu = readCsv('countries-data_EN.csv', ';');
const aliases = new Map<string, string>();
const addAlias = (name: string | undefined, iso3: string) => {
	const trimmed = name?.trim();
	if (trimmed && !aliases.has(normalizeName(trimmed)))
		aliases.set(normalizeName(trimmed), `${trimmed}\u0000${iso3}`);
};
for (const c of unu) {
	addAlias(c['COMMON NAME'], c['COUNTRY CODE']);
	addAlias(c['OFFICIAL NAME'], c['COUNTRY CODE']);
}
// Names with ISO3 codes: UNU-EGOV EGDI files (UN names of 2010–2018) and World Bank labels.
for (const f of readdirSync(raw).filter((f) => /^egdi-\d{4}\.csv$/.test(f))) {
	for (const r of readCsv(f)) addAlias(r['country-name'], r['country-code']);
}
for (const f of readdirSync(raw).filter((f) => /^UN_EGDI_.*_WIDEF\.csv$/.test(f))) {
	for (const r of readCsv(f)) addAlias(r.REF_AREA_LABEL, r.REF_AREA);
}
// Common English names and their variants ("Vietnam", "Laos", "South Korea").
for (const c of unu) {
	const iso2 = countryCodes.alpha3ToAlpha2(c['COUNTRY CODE']);
	const names = iso2 ? countryCodes.getName(iso2, 'en', { select: 'all' }) : [];
	for (const n of names ?? []) addAlias(n, c['COUNTRY CODE']);
}
// The current UN names, which the EGOV_DATA files use in every edition, and former or common
// English names that none of the lists above carries ("Burma", "Swaziland").
for (const [name, iso3] of [
	['North Macedonia', 'MKD'],
	['Türkiye', 'TUR'],
	['Burma', 'MMR'],
	['Swaziland', 'SWZ'],
	['East Timor', 'TLS'],
	['Macedonia', 'MKD'],
	['DR Congo', 'COD'],
	['Zaire', 'COD']
]) {
	addAlias(name, iso3);
}
const byName = new Map([...aliases].map(([key, v]) => [key, v.split('\u0000')[1]]));
const unNames = new Map<string, string>();
for (const r of readCsv('EGOV_DATA_2024.csv')) {
	const name = r['Country Name'].trim();
	const iso3 = byName.get(normalizeName(name));
	if (!iso3) throw new Error(`No ISO3 code for the UN name "${name}"`);
	unNames.set(iso3, name);
}

/** M49's own names where the UNU-EGOV list writes them otherwise. */
const M49_NAMES: Record<string, string> = { 'North America': 'Northern America' };
const m49 = (name: string) => M49_NAMES[name] ?? name;

const countries = unu.map((c) => {
	const iso3 = c['COUNTRY CODE'];
	const numeric = countryCodes.alpha3ToNumeric(iso3);
	if (!numeric) throw new Error(`No ISO numeric code for ${iso3}`);
	return {
		iso3,
		iso_numeric: numeric,
		name: unNames.get(iso3) ?? c['COMMON NAME'],
		region: m49(c.REGION),
		subregion: m49(c['SUB-REGION']),
		income_group: c.INCOME
	};
});
countries.sort((a, b) => a.iso3.localeCompare(b.iso3));
mkdirSync(join(out, 'observations'), { recursive: true });
writeFileSync(
	join(out, 'countries.csv'),
	toCsv(countries, ['iso3', 'iso_numeric', 'name', 'region', 'subregion', 'income_group'])
);
const names = new Set(countries.map((c) => normalizeName(c.name)));
const aliasRows = [...aliases.values()]
	.map((v) => v.split('\u0000'))
	.filter(([alias]) => !names.has(normalizeName(alias)))
	.map(([alias, iso3]) => ({ alias, iso3 }))
	.sort((a, b) => a.iso3.localeCompare(b.iso3) || a.alias.localeCompare(b.alias));
writeFileSync(join(out, 'country-aliases.csv'), toCsv(aliasRows, ['alias', 'iso3']));
console.log(`countries: ${countries.length}, aliases: ${aliasRows.length}`);

// 2. Observations: every edition through the import pipeline, then exported in long format.
const scratch = mkdtempSync(join(tmpdir(), 'egov-build-'));
process.env.DATABASE_URL = join(scratch, 'build.db');
const db = openDatabase(process.env.DATABASE_URL);
loadReferenceData(db, out);
const editions = readdirSync(raw)
	.filter((f) => /^EGOV_DATA_\d{4}\.csv$/.test(f))
	.sort();
for (const file of editions) {
	const report = await runImport(db, createReadStream(join(raw, file)), {
		fileName: file,
		importedBy: 'build-dataset'
	});
	if (report.status !== 'published') {
		throw new Error(`${file} was ${report.status}:\n${report.errors.map(formatIssue).join('\n')}`);
	}
	console.log(`${file}: ${report.values.new} values`);
}
// Cross-check against the independent World Bank mirror (EGDI, OSI, HCI, TII).
for (const file of readdirSync(raw).filter((f) => /^UN_EGDI_.*_WIDEF\.csv$/.test(f))) {
	const report = await runImport(db, createReadStream(join(raw, file)), {
		fileName: file,
		importedBy: 'build-dataset',
		dryRun: true
	});
	const worst = report.largestChanges[0];
	console.log(
		`cross-check ${file}: ${report.values.unchanged} equal, ${report.values.changed} differ` +
			(worst
				? ` (largest ${worst.country} ${worst.year}: ${worst.previous} vs ${worst.value})`
				: '') +
			(report.errorCount
				? `; ${report.errorCount} error(s): ${report.errors.map(formatIssue).join('; ')}`
				: '')
	);
}
for (const file of readdirSync(join(out, 'observations'))) rmSync(join(out, 'observations', file));
for (const { year, csv } of exportObservations(db)) {
	writeFileSync(join(out, 'observations', `un-egov-${year}.csv`), csv);
}
db.$client.close();
rmSync(scratch, { recursive: true });
console.log(
	`wrote ${out}/countries.csv, ${out}/country-aliases.csv and ${editions.length} files in ${out}/observations/`
);
