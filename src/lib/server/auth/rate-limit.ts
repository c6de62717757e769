import type { Message } from '../../i18n/translate';
import type { Db } from '../db/connection';
import { clearFailures, recentFailures, recordFailure } from '../db/login-attempts';

/**
 * Failed sign-ins count for LOGIN_WINDOW_MS. Two limits, neither of which a stranger can turn
 * against someone else (OWASP's advice: throttle, do not lock the account):
 * - per account *and* address: after FREE_FAILURES, each further failure from that address for
 *   that account waits twice as long as the one before (5 s, 10 s, 20 s … at most 15 minutes).
 *   The account's owner, signing in from their own address, is never held back by an attacker's
 *   failures from elsewhere;
 * - per address, whatever the account (one attacker trying many accounts): 20 failures.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 5_000;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** Why sign-in is refused for now, and until when. */
export interface LoginBlock {
	scope: 'account' | 'address';
	until: Date;
}

/** How long to wait after the `n`-th failure in a row (n > FREE_FAILURES). */
export function delayAfter(n: number): number {
	return Math.min(LOGIN_WINDOW_MS, FIRST_DELAY_MS * 2 ** Math.max(0, n - FREE_FAILURES));
}

/**
 * Whether sign-in for `email` from `address` is refused for now (checked before the password):
 * when the pair's failures call for a wait that has not passed, or the address has failed too
 * often for any account.
 */
export function loginBlock(
	db: Db,
	email: string,
	address: string,
	now = new Date()
): LoginBlock | null {
	const since = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
	const pair = recentFailures(db, { email, address }, since, 64);
	if (pair.length >= FREE_FAILURES) {
		const until = new Date(Date.parse(pair[0]) + delayAfter(pair.length));
		if (until > now) return { scope: 'account', until };
	}
	const fromAddress = recentFailures(db, { address }, since, MAX_FAILURES_PER_ADDRESS);
	if (fromAddress.length < MAX_FAILURES_PER_ADDRESS) return null;
	const until = new Date(Date.parse(fromAddress[MAX_FAILURES_PER_ADDRESS - 1]) + LOGIN_WINDOW_MS);
	return { scope: 'address', until };
}

/** Records a failed sign-in; forgets the ones too old to count. */
export function recordFailedLogin(db: Db, email: string, address: string, now = new Date()): void {
	const since = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
	recordFailure(db, { email, address, at: now.toISOString() }, since);
}

/** A successful sign-in clears the failures for the account from that address. */
export function clearFailedLogins(db: Db, email: string, address: string): void {
	clearFailures(db, email, address);
}

/** "Too many failed sign-ins for this account. Try again in 12 minutes.", as a message. */
export function retryMessage(block: LoginBlock, now = new Date()): Message {
	const minutes = Math.max(1, Math.ceil((block.until.getTime() - now.getTime()) / 60_000));
	// Only English inflects for number, and its rule is this one; the other languages' two forms
	// are the same words.
	const form = minutes === 1 ? 'one' : 'other';
	const scope = block.scope === 'account' ? 'blockedAccount' : 'blockedAddress';
	return { key: `accounts.auth.${scope}_${form}`, params: { minutes } };
}
