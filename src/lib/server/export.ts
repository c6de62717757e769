import { toCsv } from '$lib/csv';
import type { Db } from './db/connection';
import { observationsForExport } from './db/observations';

export interface LongRow {
	iso3: string;
	year: number;
	indicator: string;
	value: number | null;
	rank: number | null;
}

export const LONG_COLUMNS = ['iso3', 'year', 'indicator', 'value', 'rank'] as const;

/** Every stored observation in the long format the importer reads back, one CSV per year. */
export function exportObservations(db: Db): { year: number; csv: string }[] {
	const rows: LongRow[] = observationsForExport(db).map((o) => ({
		iso3: o.country,
		year: o.year,
		indicator: o.indicator,
		value: o.value,
		rank: o.rank
	}));
	const years = [...new Set(rows.map((r) => r.year))];
	return years.map((year) => ({
		year,
		csv: toCsv(
			rows.filter((r) => r.year === year),
			LONG_COLUMNS
		)
	}));
}
