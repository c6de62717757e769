import type { Message } from '../../i18n/translate';
import type { Db } from '../db/connection';
import type { SignedInUser } from './guard';
import { verifyNothing, verifyPassword } from './passwords';
import { clearFailedLogins, loginBlock, recordFailedLogin, retryMessage } from './rate-limit';
import { createSession } from './sessions';
import { findUserByEmail, normalizeEmail } from './users';

export type SignInResult =
	| {
			ok: true;
			user: SignedInUser;
			mustChangePassword: boolean;
			/** The new session's token, for the cookie. */
			token: string;
			expiresAt: Date;
	  }
	| { ok: false; status: 400 | 403 | 429; message: Message };

/**
 * Checks an email and password, with the rate limits, and starts a session. The refusals do not
 * tell whether an account exists: a wrong email and a wrong password get the same answer, a
 * message the page writes in its language.
 */
export async function signIn(
	db: Db,
	input: { email: string; password: string; address: string },
	now = new Date()
): Promise<SignInResult> {
	const email = normalizeEmail(input.email);
	if (!email || !input.password)
		return { ok: false, status: 400, message: { key: 'accounts.auth.missing' } };
	const block = loginBlock(db, email, input.address, now);
	if (block) return { ok: false, status: 429, message: retryMessage(block, now) };

	const user = findUserByEmail(db, email);
	const valid = user
		? await verifyPassword(user.passwordHash, input.password)
		: await verifyNothing(input.password);
	// A deactivated account answers exactly as a wrong password does, whatever the password:
	// otherwise the answer would confirm to a guesser that the password was right.
	if (!user || !valid || !user.active) {
		recordFailedLogin(db, email, input.address, now);
		return { ok: false, status: 400, message: { key: 'accounts.auth.wrong' } };
	}
	clearFailedLogins(db, email, input.address);
	const { token, expiresAt } = createSession(db, user.id, now);
	return {
		ok: true,
		user: { id: user.id, email: user.email, name: user.name, role: user.role },
		mustChangePassword: user.mustChangePassword,
		token,
		expiresAt
	};
}

/**
 * `next` when it is a path of this site ("/targets?country=KHM"), otherwise "/". The one check
 * for every `next` parameter (sign-in, the language switcher): a path the browser could read as
 * another host is refused or collapsed, whatever the spelling: `//evil.example`, `/\\evil`,
 * `/.//evil.example` (which the URL parser turns into `//evil.example`), `/km//evil.example`
 * (which becomes `//evil.example` once the language prefix is taken off) and control characters
 * (browsers drop tabs and line breaks from addresses).
 */
export function localPath(next: string | null | undefined): string {
	if (!next || next.length > 2000 || !next.startsWith('/')) return '/';
	// eslint-disable-next-line no-control-regex
	if (/[\\\u0000-\u001f\u007f]/.test(next)) return '/';
	if (next.startsWith('//')) return '/';
	try {
		const url = new URL(next, 'http://local.invalid');
		if (url.origin !== 'http://local.invalid') return '/';
		// Repeated slashes mean nothing to this site's routes; collapsed, no prefix can leave "//".
		const path = url.pathname.replace(/\/{2,}/g, '/');
		return `${path}${url.search}${url.hash}`;
	} catch {
		return '/';
	}
}
