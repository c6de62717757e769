import { and, desc, eq, gt, lt } from 'drizzle-orm';
import type { Db } from './connection';
import { loginAttempts } from './schema';

/** Failed sign-ins, for rate limiting; never shown on a page (see revision.ts). */

/**
 * When the most recent failures for a network address, or an account from an address, happened
 * (ISO times), after `since`, newest first, at most `limit`.
 */
export function recentFailures(
	db: Db,
	of: { address: string; email?: string },
	since: string,
	limit: number
): string[] {
	return db
		.select({ at: loginAttempts.at })
		.from(loginAttempts)
		.where(
			and(
				eq(loginAttempts.address, of.address),
				of.email === undefined ? undefined : eq(loginAttempts.email, of.email),
				gt(loginAttempts.at, since)
			)
		)
		.orderBy(desc(loginAttempts.at))
		.limit(limit)
		.all()
		.map((r) => r.at);
}

/** Records a failure; forgets those before `forgetBefore` (ISO), too old to count. */
export function recordFailure(
	db: Db,
	attempt: { email: string; address: string; at: string },
	forgetBefore: string
): void {
	db.delete(loginAttempts).where(lt(loginAttempts.at, forgetBefore)).run();
	db.insert(loginAttempts).values(attempt).run();
}

/** Forgets an account's failures from one address. */
export function clearFailures(db: Db, email: string, address: string): void {
	db.delete(loginAttempts)
		.where(and(eq(loginAttempts.email, email), eq(loginAttempts.address, address)))
		.run();
}
