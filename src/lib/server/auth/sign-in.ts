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
	if (!user || !valid) {
		recordFailedLogin(db, email, input.address, now);
		return { ok: false, status: 400, message: { key: 'accounts.auth.wrong' } };
	}
	if (!user.active) {
		return { ok: false, status: 403, message: { key: 'accounts.auth.deactivated' } };
	}
	clearFailedLogins(db, email);
	const { token, expiresAt } = createSession(db, user.id, now);
	return {
		ok: true,
		user: { id: user.id, email: user.email, name: user.name, role: user.role },
		mustChangePassword: user.mustChangePassword,
		token,
		expiresAt
	};
}

/** `next` when it is a path of this site ("/targets?country=KHM"), otherwise "/". */
export function localPath(next: string | null | undefined): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
	try {
		const url = new URL(next, 'http://local.invalid');
		return url.origin === 'http://local.invalid' ? `${url.pathname}${url.search}${url.hash}` : '/';
	} catch {
		return '/';
	}
}
