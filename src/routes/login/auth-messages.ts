import type { Locale } from '$lib/i18n/locales';
import type { MessageKey } from '$lib/i18n/messages';
import { translate, type Params } from '$lib/i18n/translate';

/**
 * The answers of `$lib/server/auth` (sign-in, passwords, new users), which it writes in English,
 * each matched to its message: `[pattern, key, parameters from the match]`.
 */
const ANSWERS: [RegExp, MessageKey, ((m: RegExpMatchArray, locale: Locale) => Params)?][] = [
	[/^Enter your email and your password\.$/, 'accounts.auth.missing'],
	[/^Wrong email or password\.$/, 'accounts.auth.wrong'],
	[/^This account has been deactivated\./, 'accounts.auth.deactivated'],
	[
		/^Too many failed sign-ins for this account\. Try again in (\d+) minutes?\.$/,
		'accounts.auth.blockedAccount',
		(m) => ({ minutes: m[1] })
	],
	[
		/^Too many failed sign-ins from your network address\. Try again in (\d+) minutes?\.$/,
		'accounts.auth.blockedAddress',
		(m) => ({ minutes: m[1] })
	],
	[
		/^A password needs at least (\d+) characters\.$/,
		'accounts.password.tooShort',
		(m) => ({ min: m[1] })
	],
	[
		/^A password can have at most (\d+) characters\.$/,
		'accounts.password.tooLong',
		(m) => ({ max: m[1] })
	],
	[
		/^Enter an email address such as (\S+)\.$/,
		'accounts.users.emailInvalid',
		(m) => ({ example: m[1] })
	],
	[/^Enter the person’s name\.$/, 'accounts.users.nameMissing'],
	[
		/^A name can have at most (\d+) characters\.$/,
		'accounts.users.nameTooLong',
		(m) => ({ max: m[1] })
	],
	[
		/^The role is one of (.+)\.$/,
		'accounts.users.roleInvalid',
		(m, locale) => ({ roles: roleList(m[1].split(', '), locale) })
	]
];

const ROLES = ['viewer', 'editor', 'analyst', 'admin'] as const;

/** Role names in a language, as a list: "អ្នកមើល, អ្នកកែសម្រួល, …". */
export function roleList(roles: readonly string[], locale: Locale): string {
	return roles.map((r) => roleName(r, locale)).join(', ');
}

/** A role's name in a language (the role itself when it is not one). */
export function roleName(role: string, locale: Locale): string {
	return (ROLES as readonly string[]).includes(role)
		? translate(locale, `common.role.${role as (typeof ROLES)[number]}`)
		: role;
}

/**
 * An answer of the account code in a language. English is the answer as written; one this does
 * not know stays in English rather than being lost.
 */
export function authMessage(message: string, locale: Locale): string {
	if (locale === 'en') return message;
	for (const [pattern, key, params] of ANSWERS) {
		const match = message.match(pattern);
		if (match) return translate(locale, key, params?.(match, locale));
	}
	return message;
}

/** The same for each field of a form's problems. */
export function authMessages<K extends string>(
	problems: Partial<Record<K, string>>,
	locale: Locale
): Record<string, string> {
	return Object.fromEntries(
		Object.entries(problems).map(([field, message]) => [
			field,
			authMessage(String(message), locale)
		])
	);
}
