import type { PageServerLoad } from './$types';
import { editionDate, isMemberOn, UN_GROUPS } from '$lib/domain/groups';
import { INCOME_CLASSIFICATION } from '$lib/domain/income';
import { PUBLISHED_ANOMALIES } from '$lib/domain/indicators';
import { PUBLISHED_CLASS_EXCEPTIONS, rateEdition } from '$lib/domain/levels';
import { localizeIndicator } from '$lib/i18n/terms';
import { lookUp } from '$lib/i18n/catalogue';
import type { MessageKey } from '$lib/i18n/messages';
import { translate } from '$lib/i18n/translate';
import { formatDate } from '$lib/i18n';
import { db } from '$lib/server/db';
import { listCountries, listGroups, listMemberships } from '$lib/server/db/countries';
import { listIndicators } from '$lib/server/db/indicators';
import { findObservations, yearsOf } from '$lib/server/db/observations';
import { countryName } from '$lib/server/i18n';

/**
 * The methodology is reading, with nothing to interact with: it ships no JavaScript (its prose
 * in Khmer alone would be 40 KB of it). Links from it load the next page whole.
 */
export const csr = false;

/** Countries the caveats name as examples. */
const EXAMPLES = ['AND', 'LIE', 'MCO', 'MDA', 'MNE', 'SSD'] as const;

export const load = (({ locals }) => {
	const { locale } = locals;
	const unNames = new Map(listCountries(db).map((c) => [c.iso3, c.name]));
	const name = (iso3: string) => countryName(iso3, locale, unNames.get(iso3) ?? iso3);
	const egdi = findObservations(db, { indicator: 'EGDI' });
	const years = yearsOf(db, 'EGDI');
	const latest = years[0] ?? null;
	const memberships = listMemberships(db);
	const groups = listGroups(db);

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
		editions: [...years].reverse().map((year) => {
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
		/**
		 * The rating classes of the latest edition (from 2020): each with its count and the
		 * lowest and highest EGDI of its countries.
		 */
		classes:
			latest === null
				? null
				: {
						year: latest,
						classes:
							rateEdition(
								latest,
								egdi.filter((o) => o.year === latest)
							)?.classes ?? []
					},
		/** Where a published class differs from the quartile rule, with the country's name. */
		classExceptions: PUBLISHED_CLASS_EXCEPTIONS.map((e) => ({
			...e,
			countryName: name(e.country),
			value: egdi.find((o) => o.year === e.year && o.country === e.country)?.value ?? null
		})),
		/**
		 * The UN groups (LDC, LLDC, SIDS): their source, the number of members on the latest
		 * edition's day, and every dated change (an inclusion or a graduation since 2003), oldest
		 * first, with the country's name.
		 */
		unGroups: UN_GROUPS.map((code) => {
			const members = memberships.filter((m) => m.groupCode === code);
			const day = latest === null ? null : editionDate(latest);
			/** A date as precise as the source gives it: a day, a month or a year. */
			const when = (date: string) =>
				date.length === 4
					? date
					: formatDate(
							date.length === 7 ? `${date}-01` : date,
							locale,
							date.length === 7 ? 'month' : 'long'
						);
			return {
				code,
				source: groups.find((g) => g.code === code)?.source ?? null,
				members: day
					? members.filter((m) => isMemberOn({ from: m.fromDate, until: m.untilDate }, day)).length
					: members.length,
				changes: members
					.flatMap((m) => [
						{ date: m.fromDate, kind: 'in' as const, iso3: m.iso3 },
						{ date: m.untilDate, kind: 'out' as const, iso3: m.iso3 }
					])
					.filter((c): c is typeof c & { date: string } => c.date !== null && c.date >= '2003')
					.sort((a, b) => a.date.localeCompare(b.date))
					.map((c) => ({ kind: c.kind, iso3: c.iso3, name: name(c.iso3), date: when(c.date) }))
			};
		}),
		/** The year of the one income classification the dashboard has. */
		incomeYear: INCOME_CLASSIFICATION.year,
		/** Names of the countries the caveats give as examples, in the page's language. */
		examples: Object.fromEntries(EXAMPLES.map((iso3) => [iso3, name(iso3)])) as Record<
			(typeof EXAMPLES)[number],
			string
		>
	};
}) satisfies PageServerLoad;
