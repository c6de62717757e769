import { LOCALES, type Locale } from '../locales';
import accounts from './accounts';
import brief from './brief';
import charts from './charts';
import common from './common';
import compare from './compare';
import countries from './countries';
import data from './data';
import explorer from './explorer';
import type methodology from './methodology';
import plans from './plans';
import summary from './summary';
import terms from './terms';

/**
 * Every message of the interface, one group per area of the app (keys are prefixed with the
 * area, e.g. `summary.title`), by group name, and the glossary of the domain's terms (`term.*`,
 * looked up through `$lib/i18n/terms`). The methodology's group is not here: its page registers
 * it (see `registerMessages`).
 */
export const MESSAGE_GROUPS = {
	terms,
	common,
	charts,
	summary,
	countries,
	explorer,
	compare,
	plans,
	data,
	accounts,
	brief
};

type Group = (typeof MESSAGE_GROUPS)[keyof typeof MESSAGE_GROUPS] | typeof methodology;
type KeysOf<G> = G extends Record<'en', infer M> ? keyof M & string : never;
export type MessageKey = KeysOf<Group>;

/** The groups merged per language. */
export const MESSAGES = Object.fromEntries(
	LOCALES.map((locale) => [
		locale,
		Object.assign({}, ...Object.values(MESSAGE_GROUPS).map((g) => g[locale])) as Record<
			MessageKey,
			string
		>
	])
) as Record<Locale, Record<MessageKey, string>>;

/**
 * Adds a group that only its own pages use (the methodology's long prose), so that it is in
 * those pages' JavaScript instead of every page's: the page's module calls this on load.
 */
export function registerMessages(group: Record<Locale, Record<string, string>>): void {
	for (const locale of LOCALES) Object.assign(MESSAGES[locale], group[locale]);
}
