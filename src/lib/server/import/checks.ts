import {
	checkEdition,
	EGDI_MEAN_TOLERANCE,
	type Edition,
	type EditionCell,
	type EditionWarning
} from '$lib/domain/edition-checks';
import { isUnIndicator, UN_INDICATOR_CODES } from '$lib/domain/indicators';
import type { Db } from '../db/connection';
import { editionBefore, editionRows } from '../db/editions';
import type { ImportRecord } from './layouts';

/** A country's EGDI and rank in an edition and the one before (null where it has none). */
export interface ComparisonRow {
	country: string;
	previousValue: number | null;
	previousRank: number | null;
	value: number | null;
	rank: number | null;
}

/** The newest edition of a file beside the one before it, for every country, on the EGDI. */
export interface EditionComparison {
	year: number;
	previousYear: number;
	rows: ComparisonRow[];
}

type FileCell = { value: number | null; rank: number | null | undefined };

/**
 * Keeps the UN indices' values of a file as they are read, then checks each of its editions as
 * it would stand once published (the database's values, the file's over them) and compares
 * the newest with the edition before. National KPIs are not checked: they have no editions.
 */
export function createEditionChecks() {
	/** year → indicator → country → what the file gives. */
	const file = new Map<number, Map<string, Map<string, FileCell>>>();

	function add(r: ImportRecord): void {
		if (!isUnIndicator(r.indicator)) return;
		let year = file.get(r.year);
		if (!year) file.set(r.year, (year = new Map()));
		let cells = year.get(r.indicator);
		if (!cells) year.set(r.indicator, (cells = new Map()));
		cells.set(r.country, { value: r.value, rank: r.rank });
	}

	/** Edition `year` as it would stand: stored values, the file's over them. */
	function edition(db: Db, year: number): Map<string, Map<string, EditionCell>> {
		const result = new Map<string, Map<string, EditionCell>>();
		const cellsOf = (indicator: string) => {
			let cells = result.get(indicator);
			if (!cells) result.set(indicator, (cells = new Map()));
			return cells;
		};
		for (const row of editionRows(db, year, UN_INDICATOR_CODES)) {
			cellsOf(row.indicator).set(row.country, {
				value: row.value,
				rank: row.rank,
				fromFile: false
			});
		}
		for (const [indicator, given] of file.get(year) ?? []) {
			const cells = cellsOf(indicator);
			for (const [country, cell] of given) {
				// A file without a rank column keeps the stored rank, as the writer does.
				const rank = cell.rank === undefined ? (cells.get(country)?.rank ?? null) : cell.rank;
				cells.set(country, { value: cell.value, rank, fromFile: true });
			}
		}
		return result;
	}

	/** The edition before `year`: stored, or in the file. */
	function previousYear(db: Db, year: number): number | null {
		const inFile = [...file.keys()].filter((y) => y < year && file.get(y)!.has('EGDI'));
		const stored = editionBefore(db, year);
		const candidates = [...inFile, ...(stored === null ? [] : [stored])];
		return candidates.length ? Math.max(...candidates) : null;
	}

	/** The checks' warnings for every edition of the file, and the comparison of its newest. */
	function run(db: Db): { checks: EditionWarning[]; comparison: EditionComparison | null } {
		const checks: EditionWarning[] = [];
		let comparison: EditionComparison | null = null;
		for (const year of [...file.keys()].sort((a, b) => a - b)) {
			const now = edition(db, year);
			const before = previousYear(db, year);
			const previous = before === null ? null : { year: before, edition: edition(db, before) };
			checks.push(...checkEdition(year, now as Edition, previous));
			if (previous && file.get(year)!.has('EGDI')) {
				comparison = compare(year, now.get('EGDI')!, previous.year, previous.edition.get('EGDI'));
			}
		}
		return { checks, comparison };
	}

	return { add, run };
}

function compare(
	year: number,
	now: ReadonlyMap<string, EditionCell>,
	previousYear: number,
	before: ReadonlyMap<string, EditionCell> | undefined
): EditionComparison {
	const countries = new Set([...now.keys(), ...(before?.keys() ?? [])]);
	return {
		year,
		previousYear,
		rows: [...countries].sort().map((country) => {
			const a = before?.get(country);
			const b = now.get(country);
			return {
				country,
				previousValue: a?.value ?? null,
				previousRank: a?.rank ?? null,
				value: b?.value ?? null,
				rank: b?.rank ?? null
			};
		})
	};
}

/** The warning in English, for the API, the command line and the audit log. */
export function describeEditionWarning(w: EditionWarning): string {
	switch (w.kind) {
		case 'egdiMean':
			return `${w.country} ${w.year}: EGDI ${w.egdi} differs from the mean of OSI, TII and HCI (${w.mean}) by more than ${EGDI_MEAN_TOLERANCE}`;
		case 'rankOrder':
			return `${w.country} ${w.year}: ${w.indicator} rank ${w.rank} is out of order with its value ${w.value}, which would rank ${w.valueRank}`;
		case 'outlierChange':
			return `${w.country} ${w.year}: ${w.indicator} changed from ${w.previous} (${w.previousYear}) to ${w.value}, far outside the usual change (median ${w.typicalChange}, robust z ${w.z})`;
		case 'missing':
			return `${w.country} ${w.year}: no ${w.indicators.join(', ')} row, although it had values in ${w.previousYear}`;
		case 'partial':
			return `${w.year}: ${w.missing} of the ${w.previousCount} countries with values in ${w.previousYear} have none, a partial edition`;
	}
}
