import { addCatalogue, catalogueOf } from '$lib/i18n/catalogue';

/**
 * The server has every catalogue from its start: load functions, actions and the API translate
 * synchronously in any language. (Browsers fetch only what a page needs: `withMessages`.)
 */
const catalogues = import.meta.glob<Record<string, string>>('../i18n/messages/*/*.ts', {
	import: 'default',
	eager: true
});
for (const [path, catalogue] of Object.entries(catalogues)) {
	const found = catalogueOf(path);
	if (found) addCatalogue(found.locale, found.group, catalogue);
}
