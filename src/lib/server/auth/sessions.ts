import type { Db } from '../db/connection';
import {
	deleteSession,
	deleteUserSessions,
	insertSession,
	sessionWithUser,
	setSessionExpiry
} from '../db/sessions';
import type { SignedInUser } from './guard';
import { randomToken, tokenHash } from './tokens';

export const SESSION_COOKIE = 'session';
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
/** A session is pushed forward at most once an hour, not written on every request. */
export const SESSION_RENEW_AFTER_MS = 60 * 60 * 1000;

/** A valid session: who it is, and when it now expires. */
export interface ValidSession {
	user: SignedInUser;
	/** The user signed in with a password given by an admin and must choose their own. */
	mustChangePassword: boolean;
	expiresAt: Date;
	/** True when this check pushed the expiry forward (the cookie should be sent again). */
	renewed: boolean;
}

/** Starts a session for a user; returns the token for the cookie (only its hash is kept). */
export function createSession(
	db: Db,
	userId: number,
	now = new Date()
): { token: string; expiresAt: Date } {
	const token = randomToken();
	const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
	insertSession(
		db,
		{ tokenHash: tokenHash(token), userId, expiresAt: expiresAt.toISOString() },
		now.toISOString()
	);
	return { token, expiresAt };
}

/**
 * The session a cookie's token opens, or null when it is unknown, expired or its user is
 * deactivated (such sessions are deleted). Renews the expiry when it was last set over an hour ago.
 */
export function validateSession(db: Db, token: string, now = new Date()): ValidSession | null {
	const hash = tokenHash(token);
	const row = sessionWithUser(db, hash);
	if (!row) return null;
	let expiresAt = new Date(row.expiresAt);
	if (expiresAt <= now || !row.active) {
		deleteSession(db, hash);
		return null;
	}
	const renewed =
		expiresAt.getTime() - now.getTime() < SESSION_LIFETIME_MS - SESSION_RENEW_AFTER_MS;
	if (renewed) {
		expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
		setSessionExpiry(db, hash, expiresAt.toISOString());
	}
	return {
		user: { id: row.id, email: row.email, name: row.name, role: row.role },
		mustChangePassword: row.mustChangePassword,
		expiresAt,
		renewed
	};
}

/** Ends the session of a token (sign-out). */
export function endSession(db: Db, token: string): void {
	deleteSession(db, tokenHash(token));
}

/** Ends every session of a user, except the one of `keepToken` (the user's own, on a password change). */
export function endUserSessions(db: Db, userId: number, keepToken?: string): void {
	deleteUserSessions(db, userId, keepToken ? tokenHash(keepToken) : undefined);
}

/**
 * Whether the browser reached the site over HTTPS. Without ORIGIN or PROTOCOL_HEADER,
 * adapter-node takes every request for https, so the scheme the browser itself names (Origin,
 * sent with every POST such as signing in, or Referer) is believed first.
 */
export function overHttps(request: Request, url: URL): boolean {
	for (const header of ['origin', 'referer']) {
		const value = request.headers.get(header);
		if (!value || value === 'null') continue;
		try {
			return new URL(value).protocol === 'https:';
		} catch {
			// not a URL: ask the next one
		}
	}
	return url.protocol === 'https:';
}

/**
 * The cookie's attributes: not readable by scripts, not sent with cross-site posts, and sent
 * over HTTPS only when the site is served over HTTPS (a plain-http `npm start` must work too).
 */
export function sessionCookieOptions(request: Request, url: URL, expiresAt: Date) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: overHttps(request, url),
		expires: expiresAt
	};
}
