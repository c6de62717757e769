import { splitLocale } from '$lib/i18n/locales';
import type { LayoutServerLoad } from './$types';

/**
 * Who is signed in, for the header: name and role, or null. Pages answered from the page cache
 * are only ever those of anonymous visitors (see hooks.server.ts), so this never leaks.
 */
export const load = (({ locals, url }) => ({
	/** The interface language, from the address (read here so that it is reloaded with it). */
	locale: splitLocale(url.pathname).locale,
	user: locals.user
		? { name: locals.user.name, email: locals.user.email, role: locals.user.role }
		: null
})) satisfies LayoutServerLoad;
