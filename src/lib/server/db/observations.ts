import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { db } from '.';
import { observations } from './schema';

export interface ObservationRow {
	country: string;
	year: number;
	indicator: string;
	value: number | null;
	rank: number | null;
}

export interface ObservationQuery {
	indicator?: string;
	year?: number;
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
export function findObservations(query: ObservationQuery): ObservationRow[] {
	const where: SQL[] = [];
	if (query.indicator) where.push(eq(observations.indicator, query.indicator));
	if (query.year !== undefined) where.push(eq(observations.year, query.year));
	if (query.countries?.length) where.push(inArray(observations.country, query.countries));
	return db
		.select(columns)
		.from(observations)
		.where(and(...where))
		.orderBy(observations.indicator, observations.year, observations.country)
		.all();
}

/** The years that hold at least one value of an indicator, newest first. */
export function yearsOf(indicator: string): number[] {
	return db
		.selectDistinct({ year: observations.year })
		.from(observations)
		.where(eq(observations.indicator, indicator))
		.orderBy(desc(observations.year))
		.all()
		.map((r) => r.year);
}

/** Every observation of one or more countries, all indicators and years. */
export function observationsOfCountries(iso3: string[]): ObservationRow[] {
	return findObservations({ countries: iso3 });
}

/** Every edition year in the database, oldest first. */
export function allYears(): number[] {
	return db
		.selectDistinct({ year: observations.year })
		.from(observations)
		.orderBy(observations.year)
		.all()
		.map((r) => r.year);
}

/** Every observation of one indicator, all years and countries. */
export function observationsOfIndicator(indicator: string): ObservationRow[] {
	return findObservations({ indicator });
}
