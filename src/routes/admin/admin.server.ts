import { redirect } from '@sveltejs/kit';
import { localizePath } from '$lib/i18n/locales';
import { requireRole, type SignedInUser } from '$lib/server/auth/guard';

/**
 * The admin opening an admin page: a visitor who is not signed in is sent to sign in first (in
 * the page's language); a signed-in user without the admin role gets 403.
 */
export function adminVisitor(locals: App.Locals, url: URL): SignedInUser {
	if (!locals.user) {
		const login = localizePath('/login', locals.locale);
		redirect(303, `${login}?next=${encodeURIComponent(url.pathname + url.search)}`);
	}
	return requireRole(locals, 'admin');
}
