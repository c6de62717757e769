import { lookUp } from './catalogue';
import type { Locale } from './locales';
import type { MessageKey } from './messages';

/**
 * What code says to a person, before it is put in a language: a message key and its parameters.
 * Server and domain code return these (a refused sign-in, a form's problems, what a target aims
 * at) and the page writes them in the visitor's language. A parameter that is itself a message
 * (a glossary term, say) is written in the same language.
 */
export interface Message {
	key: MessageKey;
	params?: Params;
}

export type Params = Record<string, string | number | Message>;

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * A parameter as the language writes it: a message translated, a number with the language's
 * decimal sign but without grouping (years, ranks and codes stay as they are: 2035, not 2.035).
 */
export function formatParam(locale: Locale, value: string | number | Message): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number') {
		let format = numberFormats.get(locale);
		if (!format) {
			format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 });
			numberFormats.set(locale, format);
		}
		return Number.isFinite(value) ? format.format(value) : String(value);
	}
	return translate(locale, value);
}

/** True for a `Message` (rather than a key). */
export function isMessage(value: unknown): value is Message {
	return typeof value === 'object' && value !== null && typeof (value as Message).key === 'string';
}

/**
 * A message in a language with its `{name}` parameters filled in: from a key and parameters, or
 * from a `Message`. Usable anywhere (server, domain code); components use `t`, which knows the
 * page's language. A message whose group the page did not load shows as its key (tests look for
 * such keys on every page).
 */
export function translate(locale: Locale, key: MessageKey | Message, params?: Params): string {
	if (typeof key !== 'string') return translate(locale, key.key, { ...key.params, ...params });
	const text = lookUp(locale, key) ?? key;
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(params, name) ? formatParam(locale, params[name]) : whole
	);
}

/** Each of a form's messages in a language, by field: what an action sends back beside the fields. */
export function translateEach(
	locale: Locale,
	messages: Partial<Record<string, Message>>
): Record<string, string> {
	const written: Record<string, string> = {};
	for (const [field, message] of Object.entries(messages))
		if (message) written[field] = translate(locale, message);
	return written;
}
