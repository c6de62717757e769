import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';
import type { Message } from '../../i18n/translate';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * argon2id with the OWASP parameters: 19 MiB, 2 passes, 1 lane. `Algorithm.Argon2id` is 2; the
 * library declares it as an ambient const enum, which `verbatimModuleSyntax` cannot read.
 */
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MAX_PASSWORD_LENGTH = 512;

/** Why a new password is refused (for the page to say in its language), or null when it will do. */
export function passwordProblem(password: string): Message | null {
	if (password.length < MIN_PASSWORD_LENGTH)
		return { key: 'accounts.password.tooShort', params: { min: MIN_PASSWORD_LENGTH } };
	if (password.length > MAX_PASSWORD_LENGTH)
		return { key: 'accounts.password.tooLong', params: { max: MAX_PASSWORD_LENGTH } };
	return null;
}

/** The argon2id hash (PHC string, salt included) of a password. */
export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2ID);
}

/** True when `password` matches `passwordHash`; false (never an exception) for a bad hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

let decoy: Promise<string> | undefined;

/**
 * Spends the time of a verification when there is no user to check, so that the answer time
 * does not tell which emails have accounts.
 */
export async function verifyNothing(password: string): Promise<false> {
	decoy ??= hashPassword('not a password of anyone');
	await verifyPassword(await decoy, password);
	return false;
}

// No 0/O, 1/l/I: the password is read off a screen and typed.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password for an invitation: four groups of four, about 92 bits. */
export function oneTimePassword(): string {
	const groups = Array.from({ length: 4 }, () =>
		Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
	);
	return groups.join('-');
}
