import { LOCALES, splitLocale, type Locale } from './locales';
import type { MessageGroup, MessageKey } from './messages';

export type Catalogue = Partial<Record<MessageKey, string>>;

/** The catalogues loaded so far, merged per language. */
const messages = Object.fromEntries(LOCALES.map((l) => [l, {}])) as Record<Locale, Catalogue>;
const loaded = new Set<string>();

/**
 * Every catalogue is a module of its own, imported when a page asks for it: in the browser each
 * is a chunk, so a page carries its language's messages of its groups only. Each language's
 * table of catalogue chunks is a module of its own too (`./loaders/<locale>.ts`), so a page
 * does not carry the other languages' tables either. The pattern is one that Vite (the app, the
 * tests) and esbuild (the command line, `scripts/cli.js`) both bundle.
 */
const LOADERS: Record<
	Locale,
	() => Promise<{ default: (group: string) => Promise<{ default: Catalogue }> }>
> = {
	en: () => import('./loaders/en'),
	km: () => import('./loaders/km'),
	id: () => import('./loaders/id')
};

async function importCatalogue(locale: Locale, group: MessageGroup): Promise<Catalogue> {
	const { default: load } = await LOADERS[locale]();
	return (await load(group)).default;
}

/** The path of a catalogue module (`./messages/km/summary.ts`) → its language and group. */
export function catalogueOf(path: string): { locale: Locale; group: MessageGroup } | null {
	const match = /\/messages\/([^/]+)\/([^/]+)\.ts$/.exec(path);
	if (!match || !(LOCALES as readonly string[]).includes(match[1])) return null;
	return { locale: match[1] as Locale, group: match[2] as MessageGroup };
}

/** Adds a loaded catalogue (the server adds them all at start, see `$lib/server/messages`). */
export function addCatalogue(locale: Locale, group: MessageGroup, catalogue: Catalogue): void {
	Object.assign(messages[locale], catalogue);
	loaded.add(`${locale}/${group}`);
}

/**
 * Makes the groups' messages of a language available to `t` and `translate`: a universal
 * `load` awaits this before its page renders or hydrates (see `withMessages`).
 */
export async function loadMessages(locale: Locale, groups: readonly MessageGroup[]): Promise<void> {
	const missing = groups.filter((g) => !loaded.has(`${locale}/${g}`));
	await Promise.all(
		missing.map(async (group) => {
			const catalogue = await importCatalogue(locale, group).catch((error: unknown) => {
				throw new Error(`No message group “${group}” in ${locale}`, { cause: error });
			});
			addCatalogue(locale, group, catalogue);
		})
	);
}

/** A message's text in a language, if its group is loaded. */
export function lookUp(locale: Locale, key: MessageKey): string | undefined {
	return messages[locale][key];
}

/**
 * The group of a message key: its prefix; for the glossary's `term.` keys, `places` for regions,
 * income groups and country groups, `definitions` for the UN indicators' definitions and
 * `terms` for the others.
 */
export function groupOfKey(key: string): string {
	const prefix = key.slice(0, key.indexOf('.'));
	if (prefix !== 'term') return prefix;
	if (/^term\.indicator\.[^.]+\.description$/.test(key)) return 'definitions';
	return /^term\.(region|income|group)\./.test(key) ? 'places' : 'terms';
}

/**
 * The groups of the messages the server put in a page's data — `Message`s (`{ key, params }`)
 * such as what a target aims at or why a form was refused, and their parameters — which the
 * page's own components do not name. (Any object's string `key` of the form `group.name`.)
 */
export function groupsInData(data: unknown, found = new Set<string>()): Set<string> {
	if (data === null || typeof data !== 'object') return found;
	if (Array.isArray(data)) {
		for (const item of data) groupsInData(item, found);
		return found;
	}
	const { key } = data as { key?: unknown };
	if (typeof key === 'string' && /^[a-z]+\.[A-Za-z]/.test(key)) found.add(groupOfKey(key));
	for (const value of Object.values(data)) groupsInData(value, found);
	return found;
}

/**
 * For a universal `load` (`+page.ts`, `+layout.ts`): makes the messages of `groups` in the
 * address's language available before the page renders or hydrates, with those of any message
 * in the server's data, and gives the data back to pass on. `page-groups.spec.ts` checks that
 * every page names exactly the groups its components use.
 *
 * `export const load = ((event) => withMessages(event, 'summary')) satisfies PageLoad;`
 */
export async function withMessages<Data>(
	event: { data: Data; url: URL },
	...groups: MessageGroup[]
): Promise<Data> {
	const { locale } = splitLocale(event.url.pathname);
	const named = new Set<string>(groups);
	// A key-like string that is no group's (`{ key: 'a.b' }` in some data) loads nothing.
	const fromData = [...groupsInData(event.data)].filter((g) => !named.has(g));
	await Promise.all([
		loadMessages(locale, groups),
		...fromData.map((g) => loadMessages(locale, [g as MessageGroup]).catch(() => undefined))
	]);
	return event.data;
}
