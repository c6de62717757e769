import type { PageServerLoad } from './$types';
import { formatDate } from '$lib/i18n';
import { indicatorName } from '$lib/i18n/terms';
import { hasRole } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { catalogue, citation, dataVersion, UN_TERMS } from './downloads';
import { catalogueRows } from './downloads.server';

export const load = (({ locals }) => {
	const rows = catalogueRows(db);
	const { version, date } = dataVersion(rows);
	const indicators = catalogue(rows).map((i) => ({
		...i,
		name: indicatorName(i.code, locals.locale, i.name)
	}));
	const years = [...new Set(indicators.flatMap((i) => i.years))].sort((a, b) => a - b);
	return {
		/** The data's version (the newest import's number) and its day, in words. */
		version,
		date: date && formatDate(date, locals.locale),
		/** Each indicator with data: its code, name in the page's language and editions. */
		indicators,
		/** Every edition of any indicator, oldest first: the table's columns. */
		years,
		/** The citation to give (in English: a reference is cited as published). */
		citation: citation(years.at(-1)),
		terms: UN_TERMS,
		/** Whether the visitor may open the import history (analysts). */
		analyst: hasRole(locals.user, 'analyst')
	};
}) satisfies PageServerLoad;
