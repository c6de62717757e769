import type { PageServerLoad } from './$types';
import { hasRole } from '$lib/server/auth/guard';
import { analystsOnly } from '../workspace.server';
import { db } from '$lib/server/db';
import { listImports } from '$lib/server/db/imports';
import { importerShown, storedFileName } from '$lib/server/imports';
import { formatDateTime } from '$lib/i18n/date-time';

export const load = (({ locals, url }) => ({
	...analystsOnly(locals, url),
	/** Every import and undo, newest first. */
	imports: listImports(db).map((i) => ({
		...i,
		fileName: storedFileName(i.fileName, ''),
		/** An analyst's e-mail address only for signed-in visitors (null: "an analyst"). */
		importedBy: importerShown(i.importedBy, !!locals.user),
		when: formatDateTime(i.createdAt, locals.locale)
	})),
	/** Whether the visitor may undo imports. */
	canUndo: hasRole(locals.user, 'analyst')
})) satisfies PageServerLoad;
