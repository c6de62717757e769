import type Database from 'better-sqlite3';
import type { ImportRecord } from './layouts';

export interface ValueChange {
	country: string;
	indicator: string;
	year: number;
	previous: number | null;
	value: number | null;
}

export interface DiffCounts {
	new: number;
	changed: number;
	unchanged: number;
}

interface Existing {
	value: number | null;
	rank: number | null;
	importId: number | null;
}

const LARGEST = 20;

/**
 * Compares each record with the database and, unless `importId` is null (a dry run), writes
 * it, logging what it replaced in `import_changes` so that the import can be undone.
 * The caller owns the transaction.
 */
export function createWriter(sqlite: Database.Database, importId: number | null) {
	const select = sqlite.prepare<[string, number, string], Existing>(
		'SELECT value, rank, import_id AS importId FROM observations WHERE indicator = ? AND year = ? AND country = ?'
	);
	const upsert = sqlite.prepare(
		`INSERT INTO observations (indicator, year, country, value, rank, import_id) VALUES (?, ?, ?, ?, ?, ?)
		 ON CONFLICT (indicator, year, country) DO UPDATE SET value = excluded.value, rank = excluded.rank, import_id = excluded.import_id`
	);
	const log = sqlite.prepare(
		`INSERT INTO import_changes (import_id, indicator, year, country, previous_existed, previous_value, previous_rank, previous_import_id, new_value, new_rank)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const counts: DiffCounts = { new: 0, changed: 0, unchanged: 0 };
	const largest: (ValueChange & { size: number })[] = [];

	function keepLargest(change: ValueChange) {
		const size =
			change.previous === null || change.value === null
				? 0
				: Math.abs(change.value - change.previous);
		if (largest.length === LARGEST && size <= largest[LARGEST - 1].size) return;
		largest.push({ ...change, size });
		largest.sort((a, b) => b.size - a.size);
		if (largest.length > LARGEST) largest.pop();
	}

	return {
		counts,
		/** The changed values with the largest absolute change, largest first. */
		largestChanges: (): ValueChange[] => largest.map(({ size: _size, ...c }) => c),
		apply(r: ImportRecord) {
			const existing = select.get(r.indicator, r.year, r.country);
			const rank = r.rank === undefined ? (existing?.rank ?? null) : r.rank;
			if (existing && existing.value === r.value && existing.rank === rank) {
				counts.unchanged++;
				return;
			}
			if (existing) {
				counts.changed++;
				const { country, indicator, year, value } = r;
				keepLargest({ country, indicator, year, value, previous: existing.value });
			} else counts.new++;
			if (importId === null) return;
			upsert.run(r.indicator, r.year, r.country, r.value, rank, importId);
			log.run(
				importId,
				r.indicator,
				r.year,
				r.country,
				existing ? 1 : 0,
				existing?.value ?? null,
				existing?.rank ?? null,
				existing?.importId ?? null,
				r.value,
				rank
			);
		}
	};
}
