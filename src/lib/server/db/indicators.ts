import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './connection';
import { indicators, observations, type Indicator } from './schema';

/** Every indicator, UN ones first in their display order, then national KPIs. */
export function listIndicators(db: Db): Indicator[] {
	return db
		.select()
		.from(indicators)
		.orderBy(asc(indicators.sortOrder), asc(indicators.code))
		.all();
}

export function getIndicator(db: Db, code: string): Indicator | undefined {
	return db.select().from(indicators).where(eq(indicators.code, code)).get();
}

/** Defines a national KPI. */
export function createIndicator(db: Db, input: Omit<Indicator, 'builtIn' | 'sortOrder'>): void {
	db.insert(indicators)
		.values({ ...input, builtIn: false, sortOrder: 100 })
		.run();
}

/** Deletes a national KPI that has no values yet; false when it has some (or is built in). */
export function deleteIndicator(db: Db, code: string): boolean {
	const used = db
		.select({ code: observations.indicator })
		.from(observations)
		.where(eq(observations.indicator, code))
		.limit(1)
		.get();
	if (used) return false;
	const result = db
		.delete(indicators)
		.where(and(eq(indicators.code, code), eq(indicators.builtIn, false)))
		.run();
	return result.changes > 0;
}
