import { and, desc, eq, inArray, isNotNull, max, or, type SQL } from 'drizzle-orm';
import type { Db } from './connection';
import { indicators, observations } from './schema';

/**
 * Reads only. Writes to `observations` happen in `observation-writes.ts` alone (imports and
 * undos): see there why that matters to the page cache.
 */

export interface ObservationRow {
	country: string;
	year: number;
	indicator: string;
	value: number | null;
	rank: number | null;
}

export interface ObservationQuery {
	indicator?: string;
	/** One edition, or several. */
	year?: number | number[];
	countries?: string[];
}

const columns = {
	country: observations.country,
	year: observations.year,
	indicator: observations.indicator,
	value: observations.value,
	rank: observations.rank
};

/** Observations matching every given filter, by indicator, year and country. */
export function findObservations(db: Db, query: ObservationQuery): ObservationRow[] {
	const where: SQL[] = [];
	if (query.indicator) where.push(eq(observations.indicator, query.indicator));
	if (typeof query.year === 'number') where.push(eq(observations.year, query.year));
	else if (query.year) where.push(inArray(observations.year, query.year));
	if (query.countries?.length) where.push(inArray(observations.country, query.countries));
	return db
		.select(columns)
		.from(observations)
		.where(and(...where))
		.orderBy(observations.indicator, observations.year, observations.country)
		.all();
}

/**
 * Every observation of the given (indicator, country) pairs, in one query: what assessing a
 * list of targets needs. Sorted as `findObservations`.
 */
export function observationsOfPairs(
	db: Db,
	pairs: readonly { indicator: string; country: string }[]
): ObservationRow[] {
	if (!pairs.length) return [];
	const keys = new Map(pairs.map((p) => [`${p.indicator}|${p.country}`, p]));
	return db
		.select(columns)
		.from(observations)
		.where(
			or(
				...[...keys.values()].map((p) =>
					and(eq(observations.indicator, p.indicator), eq(observations.country, p.country))
				)
			)
		)
		.orderBy(observations.indicator, observations.year, observations.country)
		.all();
}

/** The years that hold at least one value of an indicator, newest first. */
export function yearsOf(db: Db, indicator: string): number[] {
	return db
		.selectDistinct({ year: observations.year })
		.from(observations)
		.where(eq(observations.indicator, indicator))
		.orderBy(desc(observations.year))
		.all()
		.map((r) => r.year);
}

/**
 * The editions of several indicators (every one when `codes` is omitted) in one query: each
 * (indicator, year) that holds at least one row, by indicator then year, oldest first.
 */
export function editionsOf(
	db: Db,
	codes?: readonly string[]
): { indicator: string; year: number }[] {
	if (codes && !codes.length) return [];
	return db
		.selectDistinct({ indicator: observations.indicator, year: observations.year })
		.from(observations)
		.where(codes ? inArray(observations.indicator, [...codes]) : undefined)
		.orderBy(observations.indicator, observations.year)
		.all();
}

/** The highest rank published for an indicator (the EGDI), or null when none is. */
export function highestRank(db: Db, indicator: string): number | null {
	const row = db
		.select({ rank: max(observations.rank) })
		.from(observations)
		.where(and(eq(observations.indicator, indicator), isNotNull(observations.rank)))
		.get();
	return row?.rank ?? null;
}

/** Every observation of one or more countries, all indicators and years. */
export function observationsOfCountries(db: Db, iso3: string[]): ObservationRow[] {
	return findObservations(db, { countries: iso3 });
}

/** Every edition year in the database, oldest first. */
export function allYears(db: Db): number[] {
	return db
		.selectDistinct({ year: observations.year })
		.from(observations)
		.orderBy(observations.year)
		.all()
		.map((r) => r.year);
}

/** Every observation of one indicator, all years and countries. */
export function observationsOfIndicator(db: Db, indicator: string): ObservationRow[] {
	return findObservations(db, { indicator });
}

/** Whether any value is stored (the first start imports the bundled editions when none is). */
export function hasObservations(db: Db): boolean {
	return db.select({ year: observations.year }).from(observations).limit(1).get() !== undefined;
}

/** Every observation, by year, then the indicators' display order, then country: for export. */
export function observationsForExport(db: Db): ObservationRow[] {
	return db
		.select(columns)
		.from(observations)
		.innerJoin(indicators, eq(indicators.code, observations.indicator))
		.orderBy(observations.year, indicators.sortOrder, observations.country)
		.all();
}
