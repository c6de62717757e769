/** Reading a header's columns and a row's cells; each problem is reported with its row and column. */
import { UN_INDICATOR_CODES, YEAR_RANGE } from '$lib/domain/indicators';
import type { MapContext } from './define';

const MISSING = new Set(['', 'na', 'n/a', '..', 'null']);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number, null for an empty or "not available" cell, or NaN for anything else. */
export function parseValue(text: string | undefined): number | null {
	const t = (text ?? '').trim();
	// Numbers first: they are nearly every cell of a large file.
	if (NUMBER.test(t)) return Number(t);
	return MISSING.has(t.toLowerCase()) ? null : NaN;
}

export type Columns = Record<string, number>;

/** Finds each wanted column by any of its names (case and spacing ignored). */
export function findColumns(header: string[], wanted: Record<string, readonly string[]>): Columns {
	const key = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
	const positions = new Map(header.map((h, i) => [key(h), i]));
	const found: Columns = {};
	for (const [name, aliases] of Object.entries(wanted)) {
		const i = aliases.map((a) => positions.get(key(a))).find((p) => p !== undefined);
		if (i !== undefined) found[name] = i;
	}
	return found;
}

/** Whether the required columns were found; reports each one missing (row 1, its first name). */
export function requireColumns(
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

/** The ISO3 code of a country cell, or null after reporting it empty or unknown (with the closest name). */
export function readCountry(
	text: string | undefined,
	line: number,
	column: string,
	ctx: MapContext
) {
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

/** The year of a cell, or null after reporting it empty or outside the years the Survey can have. */
export function readYear(text: string | undefined, line: number, column: string, ctx: MapContext) {
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

/** The value of a cell (null when missing), or undefined after reporting it not a number. */
export function readNumber(
	text: string | undefined,
	line: number,
	column: string,
	ctx: MapContext
) {
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

/** The rank of a cell (null when missing), or undefined after reporting it not a rank. */
export function readRank(text: string | undefined, line: number, column: string, ctx: MapContext) {
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

/** A cell as an issue quotes it: trimmed, at most 40 characters. */
export function truncate(text: string): string {
	const t = text.trim();
	return t.length > 40 ? t.slice(0, 40) + '…' : t;
}

/** The suggestion of an unknown indicator's issue. */
export function knownCodes() {
	const codes = [...UN_INDICATOR_CODES];
	const last = codes.pop();
	return `use a defined indicator code such as ${codes.join(', ')} or ${last}`;
}

/** Whether every one of `names` was found. */
export const has = (columns: Columns, names: string[]) =>
	names.every((c) => columns[c] !== undefined);
