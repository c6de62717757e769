/** What every layout is made of: the records it emits, the context it reports to, its entry. */
import type { CountryMatcher } from '$lib/domain/country-names';

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
export function defineLayout<const Name extends string>(layout: Layout<Name>): Layout<Name> {
	return layout;
}
