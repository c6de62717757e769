import type { Message } from '../../i18n/translate';
import type { Db } from '../db/connection';
import { clearFailures, recentFailures, recordFailure } from '../db/login-attempts';

/** Failed sign-ins allowed in the window, per account and per address (many accounts, one attacker). */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** Why sign-in is refused for now, and until when. */
export interface LoginBlock {
	scope: 'account' | 'address';
	until: Date;
}

/**
 * When `limit` failures fall in the window, sign-in opens again once the `limit`-th most recent
 * of them leaves it.
 */
function blockedUntil(
	db: Db,
	by: 'email' | 'address',
	value: string,
	limit: number,
	now: Date
): Date | null {
	const since = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
	const recent = recentFailures(db, by, value, since, limit);
	if (recent.length < limit) return null;
	return new Date(Date.parse(recent[limit - 1]) + LOGIN_WINDOW_MS);
}

/** Whether sign-in for `email` from `address` is refused for now (checked before the password). */
export function loginBlock(
	db: Db,
	email: string,
	address: string,
	now = new Date()
): LoginBlock | null {
	const account = blockedUntil(db, 'email', email, MAX_FAILURES_PER_EMAIL, now);
	if (account) return { scope: 'account', until: account };
	const fromAddress = blockedUntil(db, 'address', address, MAX_FAILURES_PER_ADDRESS, now);
	return fromAddress ? { scope: 'address', until: fromAddress } : null;
}

/** Records a failed sign-in; forgets the ones too old to count. */
export function recordFailedLogin(db: Db, email: string, address: string, now = new Date()): void {
	const since = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
	recordFailure(db, { email, address, at: now.toISOString() }, since);
}

/** A successful sign-in clears the account's failures (not the address's). */
export function clearFailedLogins(db: Db, email: string): void {
	clearFailures(db, email);
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
