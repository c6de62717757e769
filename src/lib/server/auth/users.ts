import { termMessage } from '../../i18n/terms';
import type { Message } from '../../i18n/translate';
import { deleteUserTokens } from '../db/api-tokens';
import type { Db } from '../db/connection';
import { ROLES, type Role, type User } from '../db/schema';
import { deleteUserSessions } from '../db/sessions';
import { transaction } from '../db/transactions';
import * as users from '../db/users';
import { hashPassword, passwordProblem } from './passwords';

/** Emails are compared trimmed and in lower case. */
export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** "The role is one of viewer, editor, analyst, admin.", each role named in the reader's language. */
export const ROLE_CHOICE: Message = {
	key: 'accounts.users.roleInvalid',
	params: Object.fromEntries(ROLES.map((role) => [role, termMessage('role', role)]))
};

/** What is wrong with a new user's fields, by field (messages); empty when nothing is. */
export function newUserProblems(input: {
	email: string;
	name: string;
	role: string;
	password?: string;
}): Partial<Record<'email' | 'name' | 'role' | 'password', Message>> {
	const problems: Partial<Record<'email' | 'name' | 'role' | 'password', Message>> = {};
	const email = normalizeEmail(input.email);
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254)
		problems.email = { key: 'accounts.users.emailInvalid', params: { example: 'ana@example.org' } };
	if (!input.name.trim()) problems.name = { key: 'accounts.users.nameMissing' };
	else if (input.name.trim().length > 100)
		problems.name = { key: 'accounts.users.nameTooLong', params: { max: 100 } };
	if (!isRole(input.role)) problems.role = ROLE_CHOICE;
	const password =
		input.password === undefined
			? null
			: passwordProblem(input.password, { email, name: input.name });
	if (password) problems.password = password;
	return problems;
}

export function findUserByEmail(db: Db, email: string): User | undefined {
	return users.userByEmail(db, normalizeEmail(email));
}

export function getUser(db: Db, id: number): User | undefined {
	return users.getUser(db, id);
}

/** Every user, oldest first. */
export function listUsers(db: Db): User[] {
	return users.listUsers(db);
}

/**
 * Creates a user (the fields checked with `newUserProblems` first). Throws when the email is
 * taken.
 */
export async function createUser(
	db: Db,
	input: { email: string; name: string; role: Role; password: string; mustChangePassword?: boolean }
): Promise<User> {
	const email = normalizeEmail(input.email);
	if (findUserByEmail(db, email))
		throw new Error(`There is already a user with the email ${email}.`);
	const passwordHash = await hashPassword(input.password);
	return users.insertUser(db, {
		email,
		name: input.name.trim(),
		role: input.role,
		passwordHash,
		mustChangePassword: input.mustChangePassword ?? false
	});
}

export function setRole(db: Db, userId: number, role: Role): void {
	users.setRole(db, userId, role);
}

/** Deactivating signs the user out everywhere and revokes their API tokens. */
export function setActive(db: Db, userId: number, active: boolean): void {
	transaction(db, () => {
		users.setActive(db, userId, active);
		if (!active) {
			deleteUserSessions(db, userId);
			deleteUserTokens(db, userId);
		}
	});
}

/** Sets a new password; `mustChange` marks one given by an admin. */
export async function setPassword(
	db: Db,
	userId: number,
	password: string,
	mustChange = false
): Promise<void> {
	const passwordHash = await hashPassword(password);
	users.setPasswordHash(db, userId, passwordHash, mustChange);
}

/** True when `userId` is the only active admin: taking that away would lock everyone out. */
export function isLastAdmin(db: Db, userId: number): boolean {
	const user = getUser(db, userId);
	if (!user || user.role !== 'admin' || !user.active) return false;
	return users.activeAdminCount(db) <= 1;
}
