import type { Locale } from '../locales';
import accounts from './accounts';
import brief from './brief';
import charts from './charts';
import common from './common';
import compare from './compare';
import countries from './countries';
import data from './data';
import explorer from './explorer';
import methodology from './methodology';
import plans from './plans';
import summary from './summary';

/**
 * Every message of the interface, one group per area of the app (keys are prefixed with the
 * area, e.g. `summary.title`), merged per language.
 */
const GROUPS = [
	common,
	charts,
	summary,
	countries,
	explorer,
	compare,
	methodology,
	plans,
	data,
	accounts,
	brief
] as const;

type Group = (typeof GROUPS)[number];
type KeysOf<G> = G extends Record<'en', infer M> ? keyof M & string : never;
export type MessageKey = KeysOf<Group>;

export const MESSAGES = Object.fromEntries(
	(['en', 'km', 'id'] as const).map((locale) => [
		locale,
		Object.assign({}, ...GROUPS.map((g) => g[locale])) as Record<MessageKey, string>
	])
) as Record<Locale, Record<MessageKey, string>>;

/** For the tests: each group's messages, by group name. */
export const MESSAGE_GROUPS = {
	common,
	charts,
	summary,
	countries,
	explorer,
	compare,
	methodology,
	plans,
	data,
	accounts,
	brief
};
