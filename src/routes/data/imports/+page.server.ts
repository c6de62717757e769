import type { PageServerLoad } from './$types';
import { hasRole } from '$lib/server/auth/guard';
import { listImports } from '$lib/server/db/imports';
import { formatDateTime } from '../date-time';

export const load = (({ locals }) => ({
	/** Every import and undo, newest first. */
	imports: listImports().map((i) => ({ ...i, when: formatDateTime(i.createdAt, locals.locale) })),
	/** Whether the visitor may undo imports. */
	canUndo: hasRole(locals.user, 'analyst')
})) satisfies PageServerLoad;
