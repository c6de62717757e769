import { createHash, randomBytes } from 'node:crypto';
import { activeTokenUser, insertApiToken, setTokenLastUsed } from '../db/api-tokens';
import type { Db } from '../db/connection';
import type { SignedInUser } from './guard';

/** A new random secret: 32 bytes, base64url. */
export function randomToken(): string {
	return randomBytes(32).toString('base64url');
}

/** What the database keeps of a session or API token: its SHA-256, hex. */
export function tokenHash(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** The prefix makes a leaked token recognisable (secret scanners, logs). */
const PREFIX = 'dgm_';

/** Only stamp `lastUsedAt` once a minute: a script may call the API many times a second. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Creates an API token for a user; returns the token itself, which is not kept anywhere. */
export function createApiToken(db: Db, userId: number, label = '', now = new Date()): string {
	const token = PREFIX + randomToken();
	insertApiToken(db, { tokenHash: tokenHash(token), userId, label, createdAt: now.toISOString() });
	return token;
}

/** The active user an API token belongs to, or null; records when the token was last used. */
export function userForApiToken(db: Db, token: string, now = new Date()): SignedInUser | null {
	if (!token.startsWith(PREFIX)) return null;
	const hash = tokenHash(token);
	const row = activeTokenUser(db, hash);
	if (!row) return null;
	const last = row.lastUsedAt ? Date.parse(row.lastUsedAt) : 0;
	if (now.getTime() - last >= LAST_USED_RESOLUTION_MS) {
		setTokenLastUsed(db, hash, now.toISOString());
	}
	return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(request: Request): string | null {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
	return match ? match[1] : null;
}
