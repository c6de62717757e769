import type { Db } from './connection';

/** A value of an edition as stored. */
export interface EditionRow {
	indicator: string;
	country: string;
	value: number | null;
	rank: number | null;
}

/**
 * Every stored value of edition `year` for `indicators`, for the import's checks: one range of
 * the primary key (indicator, year, country) per indicator.
 */
export function editionRows(db: Db, year: number, indicators: readonly string[]): EditionRow[] {
	const statement = db.$client.prepare(
		'SELECT indicator, country, value, rank FROM observations WHERE indicator = ? AND year = ?'
	);
	return indicators.flatMap((indicator) => statement.all(indicator, year) as EditionRow[]);
}

/** The latest edition before `year` with an EGDI value stored, if any. */
export function editionBefore(db: Db, year: number): number | null {
	return (
		(db.$client
			.prepare(
				`SELECT max(year) FROM observations WHERE indicator = 'EGDI' AND year < ? AND value IS NOT NULL`
			)
			.pluck()
			.get(year) as number | null) ?? null
	);
}
