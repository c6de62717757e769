import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizePath, type Locale } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { countryNames } from '$lib/server/db/countries';
import { writtenBy, undoneBy, getImport } from '$lib/server/db/imports';
import { listIndicators } from '$lib/server/db/indicators';
import { importerShown, storedFileName, undo } from '$lib/server/imports';
import { countryName } from '$lib/server/i18n';
import { formatDateTime } from '$lib/i18n/date-time';
import { acknowledgedChecks, valuesQuery, PAGE_SIZE } from './values-query';
import { analystsOnly } from '../../workspace.server';

function importOf(id: string, locale: Locale) {
	const record = /^\d+$/.test(id) ? getImport(db, Number(id)) : undefined;
	if (!record) error(404, translate(locale, 'data.import.missing', { id }));
	return record;
}

export const load = (({ params, locals, url }) => {
	analystsOnly(locals, url);
	const record = importOf(params.id, locals.locale);
	const countries = countryNames(db).map((c) => ({
		iso3: c.iso3,
		name: countryName(c.iso3, locals.locale, c.name)
	}));
	const indicators = listIndicators(db).map((i) => i.code);
	const query = valuesQuery(url.searchParams, new Set(countries.map((c) => c.iso3)), indicators);
	const page = { limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE, ...query.filter };
	const values =
		record.kind === 'import'
			? writtenBy(db, record.id, page)
			: undoneBy(db, record.id, record.undoesImportId ?? 0, page);
	return {
		record: {
			...record,
			fileName: storedFileName(record.fileName, ''),
			/** An analyst's e-mail address only for signed-in visitors (null: "an analyst"). */
			importedBy: importerShown(record.importedBy, !!locals.user)
		},
		/** When it was published, as the page's language writes it. */
		when: formatDateTime(record.createdAt, locals.locale, true),
		/**
		 * A page of the values it wrote (an import) or removed and put back (an undo), with what
		 * was there before; `total` counts the values matching the filter.
		 */
		changes: values,
		/** The filter and page shown (from the address: `country`, `indicator`, `page`). */
		query: { ...query.filter, page: query.page, pageSize: PAGE_SIZE },
		/** The choices of the filter: every country by name, every indicator by code. */
		countries: countries.sort((a, b) => a.name.localeCompare(b.name, locals.locale)),
		indicators,
		/** The warnings of the checks acknowledged when it was published. */
		acknowledged: acknowledgedChecks(record.messages),
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
