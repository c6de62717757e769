import { describe, expect, it } from 'vitest';
import { COUNTRIES, EDITIONS, INDICATORS, OBSERVATIONS } from '$lib/server/__fixtures__/survey';
import {
	catalogue,
	countriesCsv,
	datapackage,
	dataVersion,
	groupsCsv,
	observationsCsv,
	parseFileName,
	type DownloadRows
} from './downloads';

const rows: DownloadRows = {
	indicators: INDICATORS,
	editions: EDITIONS,
	latest: { id: 14, createdAt: '2026-05-02T10:00:00.000Z' },
	countries: COUNTRIES,
	memberships: [
		{
			groupCode: 'LDC',
			iso3: 'KHM',
			fromDate: '1991',
			untilDate: null,
			source: 'UN DESA CDP, LDC timeline',
			note: 'graduation scheduled for 2029'
		}
	],
	observations: OBSERVATIONS
};
const lines = (csv: string) => csv.trimEnd().split('\n');

describe('parseFileName', () => {
	it.each([
		['dataset.csv', { kind: 'dataset' }],
		['datapackage.json', { kind: 'metadata' }],
		['country-groups.csv', { kind: 'groups' }],
		['EGDI.csv', { kind: 'indicator', code: 'EGDI', year: null }],
		['EPI-2020.csv', { kind: 'indicator', code: 'EPI', year: 2020 }]
	])('reads %s', (name, file) => {
		expect(parseFileName(name)).toEqual(file);
	});

	it.each(['../etc/passwd', 'EGDI-20.csv', 'EGDI.xlsx', 'a'.repeat(40) + '.csv', ''])(
		'answers nothing to %s',
		(name) => {
			expect(parseFileName(name)).toBeNull();
		}
	);
});

describe('the files', () => {
	it('lists each indicator with its editions, and the data version', () => {
		expect(catalogue(rows).find((i) => i.code === 'EGDI')?.years).toEqual([2020, 2022, 2024]);
		expect(catalogue(rows).find((i) => i.code === 'EPI')?.years).toEqual([2024]);
		expect(dataVersion(rows)).toEqual({ version: '14', date: '2026-05-02' });
	});

	it('writes one edition of an indicator in the long format, then names, ranks and classes', () => {
		const csv = lines(observationsCsv(rows, { indicator: 'EGDI', year: 2024 }));
		expect(csv[0]).toBe(
			'iso3,year,indicator,value,rank,country,computed_rank,level_group,rating_class,rating_class_rule'
		);
		expect(csv).toContain('KHM,2024,EGDI,0.5625,120,Cambodia,5,High,H1,H1');
		// Not assessed: an empty value, rank and class.
		expect(csv).toContain("LAO,2024,EGDI,,,Lao People's Democratic Republic,,,,");
		expect(csv).toHaveLength(1 + 6);
	});

	it('writes every edition of an indicator, or everything', () => {
		expect(lines(observationsCsv(rows, { indicator: 'EGDI', year: null }))).toHaveLength(1 + 13);
		expect(lines(observationsCsv(rows))).toHaveLength(1 + OBSERVATIONS.length);
	});

	it('neutralises a cell a spreadsheet would run as a formula', () => {
		const hostile = {
			...rows,
			countries: rows.countries.map((c) =>
				c.iso3 === 'KHM' ? { ...c, name: '=HYPERLINK("http://x","y")' } : c
			)
		};
		expect(observationsCsv(hostile, { indicator: 'EGDI', year: 2024 })).toContain(
			`KHM,2024,EGDI,0.5625,120,"'=HYPERLINK(""http://x"",""y"")"`
		);
	});

	it('writes the countries with their income classification, and the dated groups', () => {
		const countries = lines(countriesCsv(rows));
		expect(countries[0]).toBe(
			'iso3,iso_numeric,name,region,subregion,income_group,income_classification'
		);
		expect(countries[1]).toMatch(/^KHM,116,Cambodia,Asia,South-eastern Asia,Lower-Middle,"World Bank income groups of about 2018/);
		expect(lines(groupsCsv(rows))).toEqual([
			'group,iso3,from,until,source,note',
			'LDC,KHM,1991,,"UN DESA CDP, LDC timeline",graduation scheduled for 2029'
		]);
	});
});

describe('datapackage', () => {
	const meta = datapackage(rows);

	it('gives the version, date, sources, licence note and citation', () => {
		expect(meta).toMatchObject({ profile: 'tabular-data-package', version: '14', created: '2026-05-02' });
		expect(meta.title).toBe('UN E-Government Survey indicators, 2020–2024');
		expect(meta.licenses[0].title).toMatch(/without an open licence/);
		expect(meta.citation).toMatch(/^United Nations Department of Economic and Social Affairs \(UN DESA\)\. United Nations E-Government Survey 2024\./);
		expect(meta.sources.map((s) => s.title)).toContain('UN DESA CDP, LDC timeline');
		expect(meta.notes.join(' ')).toMatch(/not assessed/);
	});

	it('defines every indicator and describes every file and column', () => {
		expect(meta.indicators.map((i) => i.code)).toEqual(INDICATORS.map((i) => i.code));
		expect(meta.resources.map((r) => r.path)).toEqual([
			'dataset.csv',
			'country-list.csv',
			'country-groups.csv',
			'EGDI.csv',
			'OSI.csv',
			'TII.csv',
			'HCI.csv',
			'EPI.csv',
			'KPI_WAIT.csv'
		]);
		for (const r of meta.resources)
			for (const f of r.schema.fields) expect(f.description, `${r.path} ${f.name}`).toBeTruthy();
	});
});
