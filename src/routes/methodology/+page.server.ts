import type { PageServerLoad } from './$types';
import { PUBLISHED_ANOMALIES } from '$lib/domain/indicators';
import { localizeIndicator } from '$lib/i18n/terms';
import { lookUp } from '$lib/i18n/catalogue';
import type { MessageKey } from '$lib/i18n/messages';
import { translate } from '$lib/i18n/translate';
import { db } from '$lib/server/db';
import { listCountries } from '$lib/server/db/countries';
import { listIndicators } from '$lib/server/db/indicators';
import { findObservations, yearsOf } from '$lib/server/db/observations';
import { countryName } from '$lib/server/i18n';

/** Countries the caveats name as examples. */
const EXAMPLES = ['AND', 'LIE', 'MCO', 'MDA', 'MNE', 'SSD'] as const;

export const load = (({ locals }) => {
	const { locale } = locals;
	const unNames = new Map(listCountries(db).map((c) => [c.iso3, c.name]));
	const name = (iso3: string) => countryName(iso3, locale, unNames.get(iso3) ?? iso3);
	const egdi = findObservations(db, { indicator: 'EGDI' });

	return {
		/**
		 * Every indicator in display order: the UN ones (`builtIn`, name and description in the
		 * page's language) first, then national KPIs (as entered).
		 */
		indicators: listIndicators(db).map(({ sortOrder: _order, ...i }) =>
			localizeIndicator(i, locale)
		),
		/**
		 * The editions in the database (years with EGDI rows), oldest first, with how many states
		 * were not assessed (including states that did not exist yet).
		 */
		editions: yearsOf(db, 'EGDI')
			.reverse()
			.map((year) => {
				const rows = egdi.filter((o) => o.year === year);
				return { year, notAssessed: rows.filter((o) => o.value === null).length };
			}),
		/**
		 * Published values outside 0–1 that the import accepts, with the country's name; `detail` is
		 * the note without its leading "Country, year:", which the page shows as the item's title
		 * (translated where the catalogue has the note, in English otherwise).
		 */
		anomalies: PUBLISHED_ANOMALIES.map((a) => {
			const key = `methodology.anomaly.${a.indicator}.${a.country}.${a.year}`;
			const english = a.note.replace(/^[^:]*\b\d{4}:\s*/, '');
			const detail =
				lookUp('en', key as MessageKey) !== undefined
					? translate(locale, key as MessageKey, { name: name(a.country) })
					: english.charAt(0).toUpperCase() + english.slice(1);
			return { ...a, countryName: name(a.country), detail };
		}),
		/** Names of the countries the caveats give as examples, in the page's language. */
		examples: Object.fromEntries(EXAMPLES.map((iso3) => [iso3, name(iso3)])) as Record<
			(typeof EXAMPLES)[number],
			string
		>
	};
}) satisfies PageServerLoad;
