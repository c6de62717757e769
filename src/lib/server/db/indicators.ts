import { asc, eq } from 'drizzle-orm';
import { db } from '.';
import { indicators, type Indicator } from './schema';

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
