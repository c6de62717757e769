import { addCatalogue, catalogueOf } from '$lib/i18n/catalogue';
import type { Locale } from '$lib/i18n/locales';
import type { MessageGroup } from '$lib/i18n/messages';

/**
 * The server has every catalogue from its start: load functions, actions and the API translate
 * synchronously in any language. (Browsers fetch only what a page needs: `withMessages`.)
 */
const modules = import.meta.glob<Record<string, string>>('../i18n/messages/*/*.ts', {
	import: 'default',
	eager: true
});

/** Every catalogue, by group and language (for the checks that compare them). */
export const CATALOGUES = {} as Record<MessageGroup, Record<Locale, Record<string, string>>>;

for (const [path, catalogue] of Object.entries(modules)) {
	const found = catalogueOf(path);
	if (!found) throw new Error(`${path} is not a catalogue of a known language`);
	addCatalogue(found.locale, found.group, catalogue);
	CATALOGUES[found.group] = { ...CATALOGUES[found.group], [found.locale]: catalogue };
}
