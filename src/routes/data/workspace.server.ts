import { redirect } from '@sveltejs/kit';
import { localizePath } from '$lib/i18n/locales';
import { requireRole } from '$lib/server/auth/guard';

/**
 * The import history and an import's page are the analysts' (what the public reads is the
 * downloads page, /data): a visitor not signed in is sent to sign in, a signed-in user below
 * the analyst role is refused (403).
 */
export function analystsOnly(locals: App.Locals, url: URL): Record<string, never> {
	if (!locals.user)
		redirect(
			303,
			localizePath(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, locals.locale)
		);
	requireRole(locals, 'analyst');
	return {};
}
