import { lookUp } from './catalogue';
import type { Locale } from './locales';
import type { MessageKey } from './messages';

export type Params = Record<string, string | number>;

/**
 * A message in a language with its `{name}` parameters filled in. Usable anywhere (server,
 * domain code); components use `t`, which knows the page's language. A message whose group the
 * page did not load shows as its key (tests look for such keys on every page).
 */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
	const text = lookUp(locale, key) ?? key;
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
