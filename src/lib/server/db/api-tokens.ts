import { and, eq } from 'drizzle-orm';
import type { Db } from './connection';
import { apiTokens, users } from './schema';

/** API tokens, by the SHA-256 of the token; the token itself is never stored. */

export function insertApiToken(
	db: Db,
	token: { tokenHash: string; userId: number; label: string; createdAt: string }
): void {
	db.insert(apiTokens).values(token).run();
}

/** The active user a token hash belongs to, with when the token was last used. */
export function activeTokenUser(db: Db, tokenHash: string) {
	return db
		.select({
			id: users.id,
			email: users.email,
			name: users.name,
			role: users.role,
			lastUsedAt: apiTokens.lastUsedAt
		})
		.from(apiTokens)
		.innerJoin(users, eq(users.id, apiTokens.userId))
		.where(and(eq(apiTokens.tokenHash, tokenHash), eq(users.active, true)))
		.get();
}

export function setTokenLastUsed(db: Db, tokenHash: string, at: string): void {
	db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.tokenHash, tokenHash)).run();
}

/** Revokes every token of a user. */
export function deleteUserTokens(db: Db, userId: number): void {
	db.delete(apiTokens).where(eq(apiTokens.userId, userId)).run();
}
