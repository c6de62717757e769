import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizePath, type Locale } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { writtenBy, getImport } from '$lib/server/db/imports';
import { importerShown, storedFileName, undo } from '$lib/server/imports';
import { formatDateTime } from '$lib/i18n/date-time';
import { analystsOnly } from '../../workspace.server';

function importOf(id: string, locale: Locale) {
	const record = /^\d+$/.test(id) ? getImport(db, Number(id)) : undefined;
	if (!record) error(404, translate(locale, 'data.import.missing', { id }));
	return record;
}

export const load = (({ params, locals, url }) => {
	analystsOnly(locals, url);
	const record = importOf(params.id, locals.locale);
	return {
		record: {
			...record,
			fileName: storedFileName(record.fileName, ''),
			/** An analyst's e-mail address only for signed-in visitors (null: "an analyst"). */
			importedBy: importerShown(record.importedBy, !!locals.user)
		},
		/** When it was published, as the page's language writes it. */
		when: formatDateTime(record.createdAt, locals.locale, true),
		/** The values it wrote, with what they replaced (for an import). */
		changes: record.kind === 'import' ? writtenBy(db, record.id) : { rows: [], total: 0 },
		canUndo:
			hasRole(locals.user, 'analyst') && record.kind === 'import' && record.status === 'published',
		published: url.searchParams.has('published'),
		undone: url.searchParams.get('undone')
	};
}) satisfies PageServerLoad;

export const actions = {
	undo: async ({ params, locals }) => {
		const user = requireRole(locals, 'analyst');
		const record = importOf(params.id, locals.locale);
		const result = await undo(record.id, user.email);
		// The pipeline's refusal (already undone, changed by a later import) stays in English.
		if (!result.ok) return fail(result.status, { message: result.message });
		redirect(303, localizePath(`/data/imports/${record.id}?undone=${result.undoId}`, locals.locale));
	}
} satisfies Actions;
