import type { PageServerLoad } from './$types';
import { hasRole } from '$lib/server/auth/guard';
import { listImports } from '$lib/server/db/imports';

export const load = (({ locals }) => ({
	/** Every import and undo, newest first. */
	imports: listImports(),
	/** Whether the visitor may undo imports. */
	canUndo: hasRole(locals.user, 'analyst')
})) satisfies PageServerLoad;
