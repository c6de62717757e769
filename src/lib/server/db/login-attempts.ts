import { and, desc, eq, gt, lt } from 'drizzle-orm';
import type { Db } from './connection';
import { loginAttempts } from './schema';

/** Failed sign-ins, for rate limiting; never shown on a page (see revision.ts). */

/**
 * When the most recent failures for an account (`email`) or a network address happened
 * (ISO times), after `since`, newest first, at most `limit`.
 */
export function recentFailures(
	db: Db,
	by: 'email' | 'address',
	value: string,
	since: string,
	limit: number
): string[] {
	return db
		.select({ at: loginAttempts.at })
		.from(loginAttempts)
		.where(and(eq(loginAttempts[by], value), gt(loginAttempts.at, since)))
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

/** Forgets an account's failures. */
export function clearFailures(db: Db, email: string): void {
	db.delete(loginAttempts).where(eq(loginAttempts.email, email)).run();
}
