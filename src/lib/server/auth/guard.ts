import { error } from '@sveltejs/kit';
import { termMessage } from '../../i18n/terms';
import { translate } from '../../i18n/translate';
import type { Role } from '../db/schema';

/** Roles from least to most trusted; each includes the ones before it. */
export const ROLE_ORDER: readonly Role[] = ['viewer', 'editor', 'analyst', 'admin'];

/** The signed-in user of a request (from its session cookie or API token), or null. */
export interface SignedInUser {
	id: number;
	email: string;
	name: string;
	role: Role;
}

/** True when `user` has at least `role`. */
export function hasRole(user: SignedInUser | null | undefined, role: Role): boolean {
	return !!user && ROLE_ORDER.indexOf(user.role) >= ROLE_ORDER.indexOf(role);
}

/**
 * Refuses a write without the role, on the server: 401 when nobody is signed in, 403 when the
 * user's role is too low, said in the request's language. Returns the user otherwise.
 */
export function requireRole(locals: App.Locals, role: Role): SignedInUser {
	if (!locals.user) error(401, translate(locals.locale, 'accounts.guard.signIn'));
	if (!hasRole(locals.user, role))
		error(
			403,
			translate(locals.locale, 'accounts.guard.role', { role: termMessage('role', role) })
		);
	return locals.user;
}
