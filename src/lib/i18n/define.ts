import type { Locale } from './locales';

/**
 * A group of messages in every language. The keys of all three must be the same (a missing or
 * extra key is a type error), and tests check that no Khmer or Indonesian message is left in
 * English. `{name}` in a message is filled in from the parameters.
 */
export function defineMessages<K extends string>(messages: Record<Locale, Record<K, string>>) {
	return messages;
}
