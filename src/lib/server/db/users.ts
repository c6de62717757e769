import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from './connection';
import { users, type Role, type User } from './schema';

/** The user with this email (stored trimmed and in lower case: normalise before asking). */
export function userByEmail(db: Db, email: string): User | undefined {
	return db.select().from(users).where(eq(users.email, email)).get();
}

export function getUser(db: Db, id: number): User | undefined {
	return db.select().from(users).where(eq(users.id, id)).get();
}

/** Every user, oldest first. */
export function listUsers(db: Db): User[] {
	return db.select().from(users).orderBy(asc(users.id)).all();
}

/** Adds a user; throws when the email is taken (the column is unique). */
export function insertUser(
	db: Db,
	values: {
		email: string;
		name: string;
		role: Role;
		passwordHash: string;
		mustChangePassword: boolean;
	}
): User {
	return db.insert(users).values(values).returning().get();
}

export function setRole(db: Db, id: number, role: Role): void {
	db.update(users).set({ role }).where(eq(users.id, id)).run();
}

export function setActive(db: Db, id: number, active: boolean): void {
	db.update(users).set({ active }).where(eq(users.id, id)).run();
}

export function setPasswordHash(
	db: Db,
	id: number,
	passwordHash: string,
	mustChangePassword: boolean
): void {
	db.update(users).set({ passwordHash, mustChangePassword }).where(eq(users.id, id)).run();
}

/** How many active users have the admin role. */
export function activeAdminCount(db: Db): number {
	return (
		db
			.select({ n: count() })
			.from(users)
			.where(and(eq(users.role, 'admin'), eq(users.active, true)))
			.get()?.n ?? 0
	);
}
