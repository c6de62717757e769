import { DEFAULT_LOCALE, type Locale } from './locales';
import { MESSAGES, type MessageKey } from './messages';

export type Params = Record<string, string | number>;

/**
 * A message in a language with its `{name}` parameters filled in. Usable anywhere (server,
 * domain code); components use `t`, which knows the page's language.
 */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
	const text = MESSAGES[locale][key] ?? MESSAGES[DEFAULT_LOCALE][key] ?? key;
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
