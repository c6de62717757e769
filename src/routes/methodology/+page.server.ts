import type { PageServerLoad } from './$types';
import { PUBLISHED_ANOMALIES } from '$lib/domain/indicators';
import { listCountries } from '$lib/server/db/countries';
import { listIndicators } from '$lib/server/db/indicators';
import { findObservations, yearsOf } from '$lib/server/db/observations';

export const load = (() => {
	const names = new Map(listCountries().map((c) => [c.iso3, c.name]));
	const egdi = findObservations({ indicator: 'EGDI' });

	return {
		/** Every indicator in display order: the UN ones (`builtIn`) first, then national KPIs. */
		indicators: listIndicators().map(({ sortOrder: _order, ...i }) => i),
		/**
		 * The editions in the database (years with EGDI rows), oldest first, with how many states
		 * were not assessed (including states that did not exist yet).
		 */
		editions: yearsOf('EGDI')
			.reverse()
			.map((year) => {
				const rows = egdi.filter((o) => o.year === year);
				return { year, notAssessed: rows.filter((o) => o.value === null).length };
			}),
		/**
		 * Published values outside 0–1 that the import accepts, with the country's name; `detail` is
		 * the note without its leading "Country, year:", which the page shows as the item's title.
		 */
		anomalies: PUBLISHED_ANOMALIES.map((a) => {
			const detail = a.note.replace(/^[^:]*\b\d{4}:\s*/, '');
			return {
				...a,
				countryName: names.get(a.country) ?? a.country,
				detail: detail.charAt(0).toUpperCase() + detail.slice(1)
			};
		})
	};
}) satisfies PageServerLoad;
