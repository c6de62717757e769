import { LOCALES, splitLocale, type Locale } from './locales';
import type { MessageGroup, MessageKey } from './messages';

type Catalogue = Partial<Record<MessageKey, string>>;

/** The catalogues loaded so far, merged per language. */
const messages = Object.fromEntries(LOCALES.map((l) => [l, {}])) as Record<Locale, Catalogue>;
const loaded = new Set<string>();

/**
 * Every catalogue is a module of its own, imported when a page asks for it: in the browser each
 * is a chunk, so a page carries its language's messages of its groups only. The pattern is one
 * that Vite (the app, the tests) and esbuild (the command line, `scripts/cli.js`) both bundle.
 */
async function importCatalogue(locale: Locale, group: MessageGroup): Promise<Catalogue> {
	const module: { default: Catalogue } = await import(`./messages/${locale}/${group}.ts`);
	return module.default;
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
 * For a universal `load` (`+page.ts`, `+layout.ts`): makes the messages of `groups` in the
 * address's language available before the page renders or hydrates, and gives the server's data
 * back to pass on. `page-groups.spec.ts` checks that every page names exactly the groups it uses.
 *
 * `export const load = ((event) => withMessages(event, 'summary')) satisfies PageLoad;`
 */
export async function withMessages<Data>(
	event: { data: Data; url: URL },
	...groups: MessageGroup[]
): Promise<Data> {
	await loadMessages(splitLocale(event.url.pathname).locale, groups);
	return event.data;
}
