import type { CountryMatcher } from '$lib/domain/country-names';
import { UN_INDICATOR_CODES, YEAR_RANGE } from '$lib/domain/indicators';
import { UN_INDICATOR_REGISTRY } from '$lib/domain/un-indicators';
import { UnreadableFileError } from './errors';

/** One value to store. `rank` undefined means the file says nothing about ranks (keep them). */
export interface ImportRecord {
	indicator: string;
	country: string;
	year: number;
	value: number | null;
	rank?: number | null;
}

export interface MapContext {
	countries: CountryMatcher;
	/** The indicator code for a code in the file (any case), or null when unknown. */
	indicatorCode(text: string): string | null;
	issue(row: number | null, column: string | null, message: string, suggestion?: string): void;
}

/** Turns one data row into records; reports problems through the context. */
export type RowMapper = (
	row: string[],
	line: number,
	emit: (record: ImportRecord, column: string) => void
) => void;

const MISSING = new Set(['', 'na', 'n/a', '..', 'null']);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number, null for an empty or "not available" cell, or NaN for anything else. */
export function parseValue(text: string | undefined): number | null {
	const t = (text ?? '').trim();
	// Numbers first: they are nearly every cell of a large file.
	if (NUMBER.test(t)) return Number(t);
	return MISSING.has(t.toLowerCase()) ? null : NaN;
}

type Columns = Record<string, number>;

/** Finds each wanted column by any of its names (case and spacing ignored). */
function findColumns(header: string[], wanted: Record<string, readonly string[]>): Columns {
	const key = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
	const positions = new Map(header.map((h, i) => [key(h), i]));
	const found: Columns = {};
	for (const [name, aliases] of Object.entries(wanted)) {
		const i = aliases.map((a) => positions.get(key(a))).find((p) => p !== undefined);
		if (i !== undefined) found[name] = i;
	}
	return found;
}

/** The UN Data Center download: a row per country, a column per indicator (see un-indicators). */
const UN_COLUMNS: Record<string, readonly string[]> = {
	year: ['Survey Year', 'Year'],
	country: ['Country Name', 'Country'],
	rank: ['E-Government Rank', 'EGDI Rank', 'Rank'],
	...Object.fromEntries(UN_INDICATOR_REGISTRY.map((i) => [i.code, i.unColumns]))
};

const LONG_COLUMNS = {
	country: ['iso3', 'country', 'country_code', 'iso', 'ref_area'],
	year: ['year'],
	indicator: ['indicator', 'indicator_code', 'code'],
	value: ['value'],
	rank: ['rank']
} as const;

const WORLD_BANK_COLUMNS = { area: ['REF_AREA'], indicator: ['INDICATOR'] } as const;

/** World Bank Data360 codes of the UN indices (the TII is spelled TTI there), to our codes. */
const WORLD_BANK_CODES: ReadonlyMap<string, string> = new Map(
	UN_INDICATOR_REGISTRY.flatMap((i) => i.worldBankCodes.map((wb) => [wb.toUpperCase(), i.code]))
);

function requireColumns(
	found: Columns,
	wanted: Record<string, readonly string[]>,
	required: string[],
	ctx: MapContext
): boolean {
	const missing = required.filter((c) => found[c] === undefined);
	for (const c of missing) {
		ctx.issue(1, wanted[c][0], `required column "${wanted[c][0]}" is missing from the header`);
	}
	return missing.length === 0;
}

function readCountry(text: string | undefined, line: number, column: string, ctx: MapContext) {
	const raw = (text ?? '').trim();
	if (!raw) {
		ctx.issue(line, column, 'country is empty');
		return null;
	}
	const iso3 = raw.length > MAX_NAME ? null : ctx.countries.resolve(raw);
	if (!iso3) {
		// No country's name is that long: no search for a close one (it would take minutes).
		const near = raw.length > MAX_NAME ? null : ctx.countries.closest(raw);
		ctx.issue(
			line,
			column,
			`unknown country "${truncate(raw)}"`,
			near ? `did you mean "${near.name}" (${near.iso3})?` : undefined
		);
	}
	return iso3;
}

function readYear(text: string | undefined, line: number, column: string, ctx: MapContext) {
	const raw = (text ?? '').trim();
	const year = /^\d{1,4}(\.0+)?$/.test(raw) ? Number(raw) : NaN;
	if (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
		ctx.issue(
			line,
			column,
			raw ? `impossible year "${raw}"` : 'year is empty',
			`a year between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`
		);
		return null;
	}
	return year;
}

function readNumber(text: string | undefined, line: number, column: string, ctx: MapContext) {
	const value = parseValue(text);
	if (Number.isNaN(value)) {
		ctx.issue(
			line,
			column,
			`"${truncate(text ?? '')}" is not a number`,
			'use a decimal point, e.g. 0.5754'
		);
		return undefined;
	}
	return value;
}

function readRank(text: string | undefined, line: number, column: string, ctx: MapContext) {
	const rank = parseValue(text);
	if (rank === null) return null;
	if (!Number.isInteger(rank) || rank < 1 || rank > 1000) {
		ctx.issue(line, column, `"${truncate(text ?? '')}" is not a rank`, 'a whole number from 1');
		return undefined;
	}
	return rank;
}

/** Longer than any country's name or alias (the longest UN name has 52 characters). */
const MAX_NAME = 100;

function truncate(text: string): string {
	const t = text.trim();
	return t.length > 40 ? t.slice(0, 40) + '…' : t;
}

function unEgovMapper(header: string[], ctx: MapContext): RowMapper | null {
	const cols = findColumns(header, UN_COLUMNS);
	if (!requireColumns(cols, UN_COLUMNS, ['year', 'country', 'EGDI'], ctx)) return null;
	// The EGDI first: its value says whether the row was assessed at all.
	const indicatorColumns = ['EGDI', ...UN_INDICATOR_CODES.filter((c) => c !== 'EGDI')].filter(
		(c) => cols[c] !== undefined
	);
	return (row, line, emit) => {
		const year = readYear(row[cols.year], line, header[cols.year], ctx);
		const country = readCountry(row[cols.country], line, header[cols.country], ctx);
		const values = indicatorColumns.map((c) =>
			readNumber(row[cols[c]], line, header[cols[c]], ctx)
		);
		const rank =
			cols.rank === undefined ? undefined : readRank(row[cols.rank], line, header[cols.rank], ctx);
		if (year === null || country === null || values.includes(undefined)) return;
		if (cols.rank !== undefined && rank === undefined) return;
		// An EGDI of exactly 0 means "not assessed": every value of the row is missing, not 0.
		const notAssessed = values[0] === 0;
		indicatorColumns.forEach((indicator, i) => {
			const record: ImportRecord = {
				indicator,
				country,
				year,
				value: notAssessed ? null : (values[i] as number | null)
			};
			if (indicator === 'EGDI' && cols.rank !== undefined) record.rank = notAssessed ? null : rank;
			emit(record, header[cols[indicator]]);
		});
	};
}

function worldBankMapper(header: string[], ctx: MapContext): RowMapper | null {
	const cols = findColumns(header, WORLD_BANK_COLUMNS);
	if (!requireColumns(cols, WORLD_BANK_COLUMNS, ['area', 'indicator'], ctx)) return null;
	const yearColumns = header
		.map((h, i) => ({ year: Number(h), i }))
		.filter(
			({ year }) => Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max
		);
	if (yearColumns.length === 0) {
		ctx.issue(1, null, 'no year columns (e.g. "2024") in the header');
		return null;
	}
	return (row, line, emit) => {
		const country = readCountry(row[cols.area], line, header[cols.area], ctx);
		const code = (row[cols.indicator] ?? '').trim();
		const indicator = WORLD_BANK_CODES.get(code.toUpperCase()) ?? ctx.indicatorCode(code);
		if (!indicator) {
			ctx.issue(
				line,
				header[cols.indicator],
				`unknown indicator "${truncate(code)}"`,
				knownCodes()
			);
		}
		for (const { year, i } of yearColumns) {
			const value = readNumber(row[i], line, header[i], ctx);
			// The World Bank export writes 0.0 where the UN has no value.
			if (country && indicator && value !== undefined) {
				emit({ indicator, country, year, value: value === 0 ? null : value }, header[i]);
			}
		}
	};
}

function longMapper(header: string[], ctx: MapContext): RowMapper | null {
	const cols = findColumns(header, LONG_COLUMNS);
	if (!requireColumns(cols, LONG_COLUMNS, ['country', 'year', 'indicator', 'value'], ctx))
		return null;
	return (row, line, emit) => {
		const country = readCountry(row[cols.country], line, header[cols.country], ctx);
		const year = readYear(row[cols.year], line, header[cols.year], ctx);
		const code = (row[cols.indicator] ?? '').trim();
		const indicator = ctx.indicatorCode(code);
		if (!indicator) {
			ctx.issue(
				line,
				header[cols.indicator],
				`unknown indicator "${truncate(code)}"`,
				knownCodes()
			);
		}
		const value = readNumber(row[cols.value], line, header[cols.value], ctx);
		const rank =
			cols.rank === undefined ? undefined : readRank(row[cols.rank], line, header[cols.rank], ctx);
		if (country === null || year === null || !indicator || value === undefined) return;
		if (cols.rank !== undefined && rank === undefined) return;
		const record: ImportRecord = { indicator, country, year, value };
		if (cols.rank !== undefined) record.rank = rank;
		emit(record, header[cols.value]);
	};
}

function knownCodes() {
	const codes = [...UN_INDICATOR_CODES];
	const last = codes.pop();
	return `use a defined indicator code such as ${codes.join(', ')} or ${last}`;
}

/** A file layout the importer reads: how to recognise its header and how to read its rows. */
export interface Layout<Name extends string = string> {
	/** What `--layout`, the API's `layout` and the upload form take; stored with each import. */
	name: Name;
	/** Where such files come from, in a few words, for usage texts. */
	description: string;
	/** Whether a header is this layout's. */
	detect(header: string[]): boolean;
	/** The mapper for a header, or null after reporting the required columns that are missing. */
	map(header: string[], ctx: MapContext): RowMapper | null;
}

/** Keeps each layout's name as a literal type, so that `LayoutName` lists them. */
function defineLayout<const Name extends string>(layout: Layout<Name>): Layout<Name> {
	return layout;
}

const has = (columns: Columns, names: string[]) => names.every((c) => columns[c] !== undefined);

/**
 * Every layout the importer reads. Auto-detection takes the first one whose `detect` accepts the
 * header; the names, their validation and the usage texts all come from here, so adding a
 * layout is adding one entry.
 */
export const LAYOUT_REGISTRY = [
	defineLayout({
		name: 'un-egov',
		description: 'UN Data Center download EGOV_DATA_YYYY.csv',
		detect: (header) => has(findColumns(header, UN_COLUMNS), ['country', 'EGDI']),
		map: unEgovMapper
	}),
	defineLayout({
		name: 'worldbank-wide',
		description: 'World Bank Data360 wide export (REF_AREA, INDICATOR, one column per year)',
		detect: (header) => has(findColumns(header, WORLD_BANK_COLUMNS), ['area', 'indicator']),
		map: worldBankMapper
	}),
	defineLayout({
		name: 'long',
		description: 'one value per row: iso3,year,indicator,value[,rank]',
		detect: (header) =>
			has(findColumns(header, LONG_COLUMNS), ['country', 'year', 'indicator', 'value']),
		map: longMapper
	})
] as const;

export type LayoutName = (typeof LAYOUT_REGISTRY)[number]['name'];

/** The layouts' names, in the registry's order. */
export const LAYOUTS: readonly LayoutName[] = LAYOUT_REGISTRY.map((l) => l.name);

/** Whether a text (a `--layout` option, a form field) names a registered layout. */
export function isLayoutName(text: string): text is LayoutName {
	return (LAYOUTS as readonly string[]).includes(text);
}

/** Guesses the layout from the header; null when it matches none. */
export function detectLayout(header: string[]): LayoutName | null {
	return LAYOUT_REGISTRY.find((l) => l.detect(header))?.name ?? null;
}

/**
 * The layout asked for, or with "auto" (or none) the one detected from the header.
 * @throws UnreadableFileError naming every layout when the header matches none.
 */
export function chooseLayout(header: string[], requested?: LayoutName | 'auto'): LayoutName {
	if (requested && requested !== 'auto') return requested;
	const detected = detectLayout(header);
	if (detected) return detected;
	throw new UnreadableFileError(
		`Unrecognised layout. The header "${header.join(',').slice(0, 200)}" matches none of: ${LAYOUTS.join(', ')}.`
	);
}

/** The mapper for a layout, or null after reporting the required columns that are missing. */
export function createMapper(
	layout: LayoutName,
	header: string[],
	ctx: MapContext
): RowMapper | null {
	const found = LAYOUT_REGISTRY.find((l) => l.name === layout);
	if (!found) throw new Error(`unknown layout "${layout}"`);
	return found.map(header, ctx);
}

/** One line per layout, its name then what it is, for a command's usage text. */
export function describeLayouts(indent = '  '): string {
	const width = Math.max(...LAYOUTS.map((name) => name.length));
	return LAYOUT_REGISTRY.map((l) => `${indent}${l.name.padEnd(width)}  ${l.description}`).join(
		'\n'
	);
}
