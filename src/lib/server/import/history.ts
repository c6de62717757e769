import type Database from 'better-sqlite3';

export interface WrittenValue {
	indicator: string;
	year: number;
	country: string;
	previousExisted: boolean;
	previousValue: number | null;
	previousRank: number | null;
	newValue: number | null;
	newRank: number | null;
}

/**
 * The values an import wrote, with what they replaced, sorted by indicator, year and country:
 * the values it replaced (its log), the values it added that are still there (rows marked with
 * it), and those it added that a later import or an undo has since replaced (logged there with
 * this import as their source). At most `limit` rows, with the total.
 */
export function writtenBy(
	sqlite: Database.Database,
	id: number,
	limit = 1000
): { rows: WrittenValue[]; total: number } {
	const written = `
		SELECT indicator, year, country, previous_existed, previous_value, previous_rank, new_value, new_rank
		FROM import_changes WHERE import_id = @id
		UNION ALL
		SELECT o.indicator, o.year, o.country, 0, NULL, NULL, o.value, o.rank
		FROM observations o WHERE o.import_id = @id AND NOT EXISTS (
			SELECT 1 FROM import_changes c WHERE c.import_id = @id AND c.indicator = o.indicator AND c.year = o.year AND c.country = o.country)
		UNION
		SELECT l.indicator, l.year, l.country, 0, NULL, NULL, l.previous_value, l.previous_rank
		FROM import_changes l WHERE l.previous_import_id = @id AND NOT EXISTS (
			SELECT 1 FROM import_changes c WHERE c.import_id = @id AND c.indicator = l.indicator AND c.year = l.year AND c.country = l.country)`;
	const total =
		(sqlite.prepare(`SELECT count(*) FROM (${written})`).pluck().get({ id }) as number) ?? 0;
	const rows = sqlite
		.prepare(
			`SELECT indicator, year, country, previous_existed AS previousExisted, previous_value AS previousValue,
			        previous_rank AS previousRank, new_value AS newValue, new_rank AS newRank
			 FROM (${written}) ORDER BY indicator, year, country LIMIT @limit`
		)
		.all({ id, limit }) as (Omit<WrittenValue, 'previousExisted'> & { previousExisted: number })[];
	return { rows: rows.map((r) => ({ ...r, previousExisted: r.previousExisted === 1 })), total };
}
