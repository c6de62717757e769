import { and, asc, count, eq } from 'drizzle-orm';
import { db } from '.';
import { dataChanged } from '../page-cache';
import { indicators, observations, type Indicator } from './schema';

/** Every indicator, UN ones first in their display order, then national KPIs. */
export function listIndicators(): Indicator[] {
	return db
		.select()
		.from(indicators)
		.orderBy(asc(indicators.sortOrder), asc(indicators.code))
		.all();
}

export function getIndicator(code: string): Indicator | undefined {
	return db.select().from(indicators).where(eq(indicators.code, code)).get();
}

/** Defines a national KPI. */
export function createIndicator(input: Omit<Indicator, 'builtIn' | 'sortOrder'>): void {
	db.insert(indicators)
		.values({ ...input, builtIn: false, sortOrder: 100 })
		.run();
	dataChanged();
}

/** Deletes a national KPI that has no values yet; false when it has some (or is built in). */
export function deleteIndicator(code: string): boolean {
	const used = db
		.select({ n: count() })
		.from(observations)
		.where(eq(observations.indicator, code))
		.get();
	if ((used?.n ?? 0) > 0) return false;
	const result = db
		.delete(indicators)
		.where(and(eq(indicators.code, code), eq(indicators.builtIn, false)))
		.run();
	dataChanged();
	return result.changes > 0;
}
