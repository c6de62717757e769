import type { LayoutServerLoad } from './$types';

/**
 * Who is signed in, for the header: name and role, or null. Pages answered from the page cache
 * are only ever those of anonymous visitors (see hooks.server.ts), so this never leaks.
 */
export const load = (({ locals }) => ({
	user: locals.user
		? { name: locals.user.name, email: locals.user.email, role: locals.user.role }
		: null
})) satisfies LayoutServerLoad;
