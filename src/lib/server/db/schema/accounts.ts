/** Who may do what: users, their sessions and API tokens, sign-in attempts, the audit log. */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const ROLES = ['viewer', 'editor', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** People who sign in. Passwords are argon2id hashes; deactivated users cannot sign in. */
export const users = sqliteTable('users', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	role: text('role', { enum: ROLES }).notNull().default('viewer'),
	passwordHash: text('password_hash').notNull(),
	/** Set when the password was given by an admin (invite): the user should change it. */
	mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
	active: integer('active', { mode: 'boolean' }).notNull().default(true),
	createdAt: text('created_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
});

/** Signed-in sessions; the cookie holds the token, the table only its SHA-256. */
export const sessions = sqliteTable(
	'sessions',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** ISO time after which the session is no longer valid; pushed forward on use. */
		expiresAt: text('expires_at').notNull()
	},
	(t) => [index('sessions_user').on(t.userId)]
);

/** API tokens for scripts (`Authorization: Bearer …`); only their SHA-256 is stored. */
export const apiTokens = sqliteTable(
	'api_tokens',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		label: text('label').notNull().default(''),
		createdAt: text('created_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
		lastUsedAt: text('last_used_at')
	},
	(t) => [index('api_tokens_user').on(t.userId)]
);

/** Failed sign-ins, by account and by address, for rate limiting. */
export const loginAttempts = sqliteTable(
	'login_attempts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		email: text('email').notNull(),
		address: text('address').notNull(),
		at: text('at').notNull()
	},
	(t) => [
		index('login_attempts_email').on(t.email, t.at),
		index('login_attempts_address').on(t.address, t.at)
	]
);

/** Who changed what and when: every change to data, plans or users. */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: text('at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
		/** A user's email, or "cli" / "system". */
		actor: text('actor').notNull(),
		action: text('action').notNull(),
		/** What was acted on, e.g. "import 14", "user ana@example.org". */
		subject: text('subject').notNull().default(''),
		details: text('details').notNull().default('')
	},
	(t) => [index('audit_log_at').on(t.at)]
);

export type User = typeof users.$inferSelect;
