import type { Db } from '../db/connection';
import {
	createIndexes,
	dropSecondaryIndexes,
	importStatements,
	observationCount,
	stageStatements,
	writeStaged
} from '../db/observation-writes';
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

const LARGEST = 20;

/** Below this many added rows an import keeps the secondary indexes up to date row by row. */
const DEFER_INDEXES_FROM = 20_000;

/**
 * Compares each record with the database and, unless `importId` is null (a dry run), writes
 * it. A value it replaces is logged in `import_changes` so that the import can be undone; a
 * value it adds needs no log line, since its row carries the import's id (undo deletes the
 * rows still marked with it). The statements are prepared once, here (db/observation-writes.ts
 * holds them); the caller owns the transaction. With `staged` (and a null `importId`), the writes
 * are set aside there instead, for `writeStagedImport` to make later under the write lock.
 */
export function createWriter(
	db: Db,
	importId: number | null,
	staged?: ReturnType<typeof stageStatements>
) {
	const statements = importStatements(db);
	/**
	 * Whether the database held any value of an indicator in a year before this import: a new
	 * edition (the usual upload) needs no look-up per row. Keys repeat in a file only as
	 * duplicates, which the validator stops, so the answer stays true for the whole import.
	 */
	const held = new Map<string, boolean>();
	let last = { indicator: '', year: 0, answer: false };
	function heldBefore(indicator: string, year: number): boolean {
		// Files come sorted more often than not: the same pair as the previous row is common.
		if (last.indicator === indicator && last.year === year) return last.answer;
		const key = `${indicator}\u0000${year}`;
		let answer = held.get(key);
		if (answer === undefined) held.set(key, (answer = statements.editionHeld(indicator, year)));
		last = { indicator, year, answer };
		return answer;
	}
	const counts: DiffCounts = { new: 0, changed: 0, unchanged: 0 };

	/**
	 * A large import (a new Survey edition, a KPI series) adds rows in key order, which is the
	 * table's own order, but each of them lands somewhere else in a secondary index such as
	 * (country, indicator, year): keeping that index up to date row by row costs more than the
	 * table itself. Once an import has added more rows than a quarter of what the table held
	 * (and at least DEFER_INDEXES_FROM), the secondary indexes are dropped and built again,
	 * sorted, before the commit: measured here, building the index costs about a third of what
	 * keeping it row by row costs per row added, but it sorts the whole table. It is all one
	 * transaction: readers keep the indexes they had, and a rollback (a rejected file, a crash)
	 * restores them.
	 */
	let deferredIndexes: string[] | null = null;
	const deferFrom = importId === null ? Infinity : deferIndexesFrom(db);

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
		/** Builds the indexes dropped for a large import again; call before committing. */
		finish() {
			if (deferredIndexes) createIndexes(db, deferredIndexes);
			deferredIndexes = null;
		},
		/** The changed values with the largest absolute change, largest first. */
		largestChanges: (): ValueChange[] => largest.map(({ size: _size, ...c }) => c),
		apply(r: ImportRecord) {
			const existing = heldBefore(r.indicator, r.year)
				? statements.existing(r.indicator, r.year, r.country)
				: undefined;
			const rank = r.rank === undefined ? (existing?.rank ?? null) : r.rank;
			if (existing && existing.value === r.value && existing.rank === rank) {
				counts.unchanged++;
				return;
			}
			if (!existing) {
				if (importId !== null) {
					if (counts.new === deferFrom) deferredIndexes = dropSecondaryIndexes(db);
					statements.insert(importId, r.indicator, r.year, r.country, r.value, rank);
				} else staged?.stage(r.indicator, r.year, r.country, r.value, rank);
				counts.new++;
				return;
			}
			counts.changed++;
			const { country, indicator, year, value } = r;
			keepLargest({ country, indicator, year, value, previous: existing.value });
			if (importId === null) {
				staged?.stage(r.indicator, r.year, r.country, r.value, rank, existing);
				return;
			}
			statements.replace(importId, r.indicator, r.year, r.country, r.value, rank, existing);
		}
	};
}

/** How many added rows make an import drop the secondary indexes and build them again. */
function deferIndexesFrom(db: Db): number {
	return Math.max(DEFER_INDEXES_FROM, Math.ceil(observationCount(db) / 4));
}

/**
 * Makes the writes a writer set aside (`createWriter` with `staged`), as import `importId`, in
 * the caller's write transaction; `added` of them add a value. The same choice as row by row to
 * build the secondary indexes again for a large addition, made up front since the count is
 * known.
 */
export function writeStagedImport(db: Db, importId: number, added: number): void {
	const deferredIndexes = added > deferIndexesFrom(db) ? dropSecondaryIndexes(db) : null;
	writeStaged(db, importId);
	if (deferredIndexes) createIndexes(db, deferredIndexes);
}
