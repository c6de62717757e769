import { and, eq, lt, ne } from 'drizzle-orm';
import type { Db } from './connection';
import { sessions, users } from './schema';

/**
 * Signed-in sessions, by the SHA-256 of their token. Written on sign-in and renewal: not
 * content any page shows, so these writes leave the page cache alone (see revision.ts).
 */

/** Starts a session; sessions expired before `now` (ISO) are forgotten on the way. */
export function insertSession(
	db: Db,
	session: { tokenHash: string; userId: number; expiresAt: string },
	now: string
): void {
	db.delete(sessions).where(lt(sessions.expiresAt, now)).run();
	db.insert(sessions).values(session).run();
}

/** A session with its user, or undefined when the token hash is unknown. */
export function sessionWithUser(db: Db, tokenHash: string) {
	return db
		.select({
			expiresAt: sessions.expiresAt,
			id: users.id,
			email: users.email,
			name: users.name,
			role: users.role,
			active: users.active,
			mustChangePassword: users.mustChangePassword
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.tokenHash, tokenHash))
		.get();
}

export function setSessionExpiry(db: Db, tokenHash: string, expiresAt: string): void {
	db.update(sessions).set({ expiresAt }).where(eq(sessions.tokenHash, tokenHash)).run();
}

export function deleteSession(db: Db, tokenHash: string): void {
	db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
}

/** Ends every session of a user but the one of `exceptTokenHash`. */
export function deleteUserSessions(db: Db, userId: number, exceptTokenHash?: string): void {
	const except = exceptTokenHash ? ne(sessions.tokenHash, exceptTokenHash) : undefined;
	db.delete(sessions)
		.where(and(eq(sessions.userId, userId), except))
		.run();
}
