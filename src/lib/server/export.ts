import type Database from 'better-sqlite3';
import { toCsv } from '$lib/csv';

export interface LongRow {
	iso3: string;
	year: number;
	indicator: string;
	value: number | null;
	rank: number | null;
}

export const LONG_COLUMNS = ['iso3', 'year', 'indicator', 'value', 'rank'] as const;

/** Every stored observation in the long format the importer reads back, one CSV per year. */
export function exportObservations(sqlite: Database.Database): { year: number; csv: string }[] {
	const rows = sqlite
		.prepare(
			`SELECT o.country AS iso3, o.year, o.indicator, o.value, o.rank
			 FROM observations o JOIN indicators i ON i.code = o.indicator
			 ORDER BY o.year, i.sort_order, o.country`
		)
		.all() as LongRow[];
	const years = [...new Set(rows.map((r) => r.year))];
	return years.map((year) => ({
		year,
		csv: toCsv(
			rows.filter((r) => r.year === year),
			LONG_COLUMNS
		)
	}));
}
