import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';
import type { Message } from '../../i18n/translate';
import { COMMON_PASSWORDS, COMMON_WORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * argon2id with the OWASP parameters: 19 MiB, 2 passes, 1 lane. `Algorithm.Argon2id` is 2; the
 * library declares it as an ambient const enum, which `verbatimModuleSyntax` cannot read.
 */
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MAX_PASSWORD_LENGTH = 512;

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/**
 * A run a guesser tries first: one character repeated ("aaaaaaaaaa"), steps of one up or down
 * ("0123456789", "9876543210", "abcdefghij"), a keyboard row, or a short pattern said again
 * ("abcabcabca", "1212121212").
 */
function predictable(text: string): boolean {
	if (new Set(text).size <= 2) return true;
	const step = text.charCodeAt(1) - text.charCodeAt(0);
	if (
		Math.abs(step) <= 1 &&
		[...text].every((c, i) => i === 0 || c.charCodeAt(0) - text.charCodeAt(i - 1) === step)
	)
		return true;
	if (KEYBOARD_ROWS.some((row) => row.includes(text) || [...row].reverse().join('').includes(text)))
		return true;
	for (let period = 1; period <= 4; period++)
		if ([...text].every((c, i) => c === text[i % period])) return true;
	return false;
}

/** A common password, or a common word with digits and signs only around it. */
function common(lower: string): boolean {
	if (COMMON_PASSWORDS.has(lower)) return true;
	const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
	return COMMON_WORDS.has(core) || (core.length > 0 && COMMON_PASSWORDS.has(core));
}

/**
 * What is left of a password once the user's own e-mail address, its parts and the words of
 * their name are taken out: someone who knows the person guesses those first.
 */
function withoutPersonal(lower: string, context: { email?: string; name?: string }): string {
	const email = context.email?.trim().toLowerCase() ?? '';
	const words = [
		email,
		...email.split(/[@.+_-]+/),
		...(context.name ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)
	].filter((w) => w.length >= 3);
	let rest = lower;
	for (const word of words.sort((a, b) => b.length - a.length)) rest = rest.split(word).join('');
	return rest;
}

/**
 * Why a new password is refused (for the page to say in its language), or null when it will do:
 * too short or too long, one of the most common passwords, a predictable run, or the user's own
 * e-mail address or name with little else (`context`, when known).
 */
export function passwordProblem(
	password: string,
	context: { email?: string; name?: string } = {}
): Message | null {
	if (password.length < MIN_PASSWORD_LENGTH)
		return { key: 'accounts.password.tooShort', params: { min: MIN_PASSWORD_LENGTH } };
	if (password.length > MAX_PASSWORD_LENGTH)
		return { key: 'accounts.password.tooLong', params: { max: MAX_PASSWORD_LENGTH } };
	const lower = password.toLowerCase();
	if (common(lower) || predictable(lower)) return { key: 'accounts.password.common' };
	const rest = withoutPersonal(lower, context);
	if (
		rest.length < MIN_PASSWORD_LENGTH / 2 ||
		(rest !== lower && (common(rest) || predictable(rest)))
	)
		return { key: 'accounts.password.personal' };
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
