import { redirect } from '@sveltejs/kit';
import { requireRole, type SignedInUser } from '$lib/server/auth/guard';

/**
 * The admin opening an admin page: a visitor who is not signed in is sent to sign in first;
 * a signed-in user without the admin role gets 403.
 */
export function adminVisitor(locals: App.Locals, url: URL): SignedInUser {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	return requireRole(locals, 'admin');
}
