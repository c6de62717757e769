/**
 * The public downloads: every indicator by edition and the whole dataset as CSV (formula-safe,
 * `toCsv`), the countries and their dated groups, and a metadata file in the Frictionless Data
 * Package format (`datapackage.json`: definitions, sources, licence note, citation, version).
 * Pure: `downloads.server.ts` loads the rows.
 */
import { toCsv } from '$lib/csv';
import { INCOME_CLASSIFICATION } from '$lib/domain/income';
import { PUBLISHED_CLASS_EXCEPTIONS } from '$lib/domain/levels';
import type { CountryWithGroups } from '$lib/server/db/countries';
import type { ObservationRow } from '$lib/server/db/observations';
import type { Indicator } from '$lib/server/db/schema';
import { rateObservations } from '$lib/server/observation-rows';

export interface CatalogueRows {
	indicators: readonly Indicator[];
	/** Each (indicator, year) holding a row. */
	editions: readonly { indicator: string; year: number }[];
	/** The newest import or undo: the data's version and date. */
	latest: { id: number; createdAt: string } | null;
}

export interface DownloadRows extends CatalogueRows {
	countries: readonly CountryWithGroups[];
	memberships: readonly {
		groupCode: string;
		iso3: string;
		fromDate: string | null;
		untilDate: string | null;
		source: string | null;
		note: string | null;
	}[];
	/** Every observation, by year, indicator order and country. */
	observations: readonly ObservationRow[];
}

export const DATA_CENTER = 'https://publicadministration.un.org/egovkb/en-us/Data-Center';
export const UN_TERMS = 'https://www.un.org/en/about-us/terms-of-use';

/** The licence note, said on the page and in the metadata. */
export const LICENCE_NOTE =
	'The values are UN DESA’s, published on the UN E-Government Knowledgebase Data Center without an open licence: the United Nations terms of use apply. Cite UN DESA as the source. The selection, country codes, groups and format are this dashboard’s.';

/** The citation the page and the metadata give. */
export function citation(latestEdition: number | undefined): string {
	return `United Nations Department of Economic and Social Affairs (UN DESA). United Nations E-Government Survey${latestEdition ? ` ${latestEdition}` : ''}. New York: United Nations. Data: UN E-Government Knowledgebase, Data Center, ${DATA_CENTER}.`;
}

/** The data's version: the number of the newest import (or undo), and its day. */
export function dataVersion(rows: CatalogueRows) {
	return rows.latest
		? { version: String(rows.latest.id), date: rows.latest.createdAt.slice(0, 10) }
		: { version: '0', date: null };
}

/** What the page lists: each indicator with its editions, oldest first. */
export function catalogue(rows: CatalogueRows) {
	return rows.indicators
		.map((i) => ({
			code: i.code,
			name: i.name,
			builtIn: i.builtIn,
			years: rows.editions.filter((e) => e.indicator === i.code).map((e) => e.year)
		}))
		.filter((i) => i.years.length);
}

/** The file names the downloads answer to. */
export type DownloadFile =
	| { kind: 'dataset' }
	| { kind: 'countries' }
	| { kind: 'groups' }
	| { kind: 'metadata' }
	| { kind: 'indicator'; code: string; year: number | null };

/** The file a name asks for: `dataset.csv`, `EGDI.csv`, `EGDI-2024.csv`, … ; null if none. */
export function parseFileName(name: string): DownloadFile | null {
	if (name === 'dataset.csv') return { kind: 'dataset' };
	if (name === 'country-list.csv') return { kind: 'countries' };
	if (name === 'country-groups.csv') return { kind: 'groups' };
	if (name === 'datapackage.json') return { kind: 'metadata' };
	const m = /^([A-Za-z0-9_]{1,32})(?:-(\d{4}))?\.csv$/.exec(name);
	return m ? { kind: 'indicator', code: m[1], year: m[2] ? Number(m[2]) : null } : null;
}

/** The columns of the observation files: the import's long format first, then the rest. */
export const OBSERVATION_FIELDS = [
	{ name: 'iso3', type: 'string', description: 'ISO 3166-1 alpha-3 code of the country.' },
	{ name: 'year', type: 'integer', description: 'The Survey edition.' },
	{ name: 'indicator', type: 'string', description: 'Indicator code (EGDI, OSI, TII, HCI, EPI or a national indicator).' },
	{
		name: 'value',
		type: 'number',
		description: 'The value as published; empty where the country was not assessed (an EGDI of 0 in the UN file) or the value is missing (see notes).'
	},
	{ name: 'rank', type: 'integer', description: 'The rank as published (the EGDI rank); empty where the source gives none.' },
	{ name: 'country', type: 'string', description: 'The country’s name in UN spelling.' },
	{
		name: 'computed_rank',
		type: 'integer',
		description: 'Standard competition ranking of the values of the indicator in that edition, best first (equal values share a rank, the next skips).'
	},
	{ name: 'level_group', type: 'string', description: 'EGDI level group: Very High (≥ 0.75), High (0.50–0.75), Middle (0.25–0.50), Low (< 0.25). EGDI rows only.' },
	{
		name: 'rating_class',
		type: 'string',
		description: 'EGDI rating class (editions from 2020): the quartile of the level group’s countries in rank order, VH … L1; the published class where it differs from the rule.'
	},
	{ name: 'rating_class_rule', type: 'string', description: 'The rating class the quartile rule gives (differs from rating_class only where the published list does).' }
] as const;

const OBSERVATION_COLUMNS = OBSERVATION_FIELDS.map((f) => f.name);

/** Observations as CSV: every one, or one indicator's (all editions, or one). */
export function observationsCsv(
	rows: DownloadRows,
	only?: { indicator: string; year: number | null }
): string {
	const direction = new Map(rows.indicators.map((i) => [i.code, i.higherIsBetter]));
	const names = new Map(rows.countries.map((c) => [c.iso3, c.name]));
	const rated = rateObservations(rows.observations, (code) => direction.get(code) ?? true).filter(
		(r) => !only || (r.indicator === only.indicator && (only.year === null || r.year === only.year))
	);
	return toCsv(
		rated.map((r) => ({
			iso3: r.country,
			year: r.year,
			indicator: r.indicator,
			value: r.value,
			rank: r.rank,
			country: names.get(r.country) ?? r.country,
			computed_rank: r.computedRank,
			level_group: r.levelGroup,
			rating_class: r.ratingClass,
			rating_class_rule: r.ratingClassRule
		})),
		OBSERVATION_COLUMNS
	);
}

export const COUNTRY_FIELDS = [
	{ name: 'iso3', type: 'string', description: 'ISO 3166-1 alpha-3 code.' },
	{ name: 'iso_numeric', type: 'string', description: 'ISO 3166-1 numeric code, zero-padded.' },
	{ name: 'name', type: 'string', description: 'Name in UN spelling.' },
	{ name: 'region', type: 'string', description: 'UN M49 region.' },
	{ name: 'subregion', type: 'string', description: 'UN M49 sub-region (intermediate region in Africa and the Americas).' },
	{ name: 'income_group', type: 'string', description: 'World Bank income group.' },
	{ name: 'income_classification', type: 'string', description: 'The income classification the group is of.' }
] as const;

export function countriesCsv(rows: DownloadRows): string {
	return toCsv(
		rows.countries.map((c) => ({
			iso3: c.iso3,
			iso_numeric: c.isoNumeric,
			name: c.name,
			region: c.region,
			subregion: c.subregion,
			income_group: c.incomeGroup,
			income_classification: INCOME_CLASSIFICATION.label
		})),
		COUNTRY_FIELDS.map((f) => f.name)
	);
}

export const GROUP_FIELDS = [
	{ name: 'group', type: 'string', description: 'LDC, LLDC, SIDS, or a user-defined group (ASEAN).' },
	{ name: 'iso3', type: 'string', description: 'ISO 3166-1 alpha-3 code of the member.' },
	{ name: 'from', type: 'string', description: 'When it joined (a day, a month or a year, as precise as the source); empty: before 2003.' },
	{ name: 'until', type: 'string', description: 'When it left (graduation); empty while it is a member.' },
	{ name: 'source', type: 'string', description: 'Where the membership is taken from.' },
	{ name: 'note', type: 'string', description: 'What to know about it.' }
] as const;

export function groupsCsv(rows: DownloadRows): string {
	return toCsv(
		rows.memberships.map((m) => ({
			group: m.groupCode,
			iso3: m.iso3,
			from: m.fromDate,
			until: m.untilDate,
			source: m.source,
			note: m.note
		})),
		GROUP_FIELDS.map((f) => f.name)
	);
}

/** The metadata file: a Frictionless Data Package describing every file the page offers. */
export function datapackage(rows: DownloadRows) {
	const { version, date } = dataVersion(rows);
	const list = catalogue(rows);
	const years = [...new Set(rows.editions.map((e) => e.year))].sort((a, b) => a - b);
	const csv = (
		name: string,
		path: string,
		title: string,
		fields: readonly { name: string; type: string; description: string }[]
	) => ({
		name,
		path,
		title,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		schema: { fields }
	});
	return {
		profile: 'tabular-data-package',
		name: 'digital-government-maturity-dashboard-data',
		title: `UN E-Government Survey indicators${years.length ? `, ${years[0]}–${years.at(-1)}` : ''}`,
		description:
			'The UN E-Government Survey indices (EGDI, OSI, TII, HCI, EPI) and ranks of every UN Member State by edition, with the national indicators this deployment follows, computed ranks, EGDI level groups and rating classes, countries (UN M49 regions, income groups) and dated country groups (LDC, LLDC, SIDS).',
		version,
		/** The day of the newest import or undo: the data as of. */
		created: date,
		homepage: DATA_CENTER,
		sources: [
			{ title: 'UN DESA, United Nations E-Government Survey (all editions)', path: DATA_CENTER },
			{
				title: 'UN University EGOV unit (UNU-EGOV), country list: UN M49 regions and sub-regions, World Bank income groups of about 2018',
				path: 'https://github.com/UNU-EGOV/datasets'
			},
			...[...new Set(rows.memberships.map((m) => m.source).filter((s) => s !== null))].map((title) => ({
				title
			}))
		],
		licenses: [{ name: 'other', title: LICENCE_NOTE, path: UN_TERMS }],
		citation: citation(years.at(-1)),
		notes: [
			'Not assessed: an EGDI of 0 in the UN file means the country was not assessed that edition; its EGDI and rank are empty. Other values published in such a row are kept when not 0.',
			'2003–2005: an HCI or TII of 0 means no data (those indices were not min–max normalised then) and is empty here; the EGDI and rank are as published, computed by the UN with the 0.',
			`Rating classes (from 2020): each level group's countries split into quartiles in rank order. Published exceptions followed: ${PUBLISHED_CLASS_EXCEPTIONS.map((e) => e.note).join(' ')}`,
			`Income groups: ${INCOME_CLASSIFICATION.label}.`,
			'Country groups: each edition counts the members on 1 July of its year (country-groups.csv gives the dates).'
		],
		indicators: rows.indicators.map((i) => ({
			code: i.code,
			name: i.name,
			description: i.description,
			unit: i.unit,
			min: i.minValue,
			max: i.maxValue,
			higherIsBetter: i.higherIsBetter,
			source: i.source
		})),
		resources: [
			csv('dataset', 'dataset.csv', 'Every value of every indicator and edition', OBSERVATION_FIELDS),
			csv('countries', 'country-list.csv', 'The countries', COUNTRY_FIELDS),
			csv('country-groups', 'country-groups.csv', 'Dated memberships of country groups', GROUP_FIELDS),
			...list.map((i) =>
				csv(i.code.toLowerCase(), `${i.code}.csv`, `${i.name}, every edition`, OBSERVATION_FIELDS)
			)
		]
	};
}
