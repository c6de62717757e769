import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db';
import { listAliases, listCountries, listGroups } from '$lib/server/db/countries';
import { getIndicator, listIndicators } from '$lib/server/db/indicators';
import { yearsOf } from '$lib/server/db/observations';
import { focusCountry } from '$lib/server/focus';
import { localizeNames } from '$lib/server/i18n';
import { numberLocale, translate } from '$lib/i18n';
import { localizeIndicator } from '$lib/i18n/terms';
import { groupName, incomeGroupName, regionName } from '$lib/i18n/places';
import { INCOME_CLASSIFICATION } from '$lib/domain/income';
import {
	editionLinks,
	explorerRows,
	filterChoices,
	legendOf,
	readView,
	tableRows
} from './explorer';
import { editionValues } from './explorer.server';

/** Every country's other names (the import's alias table), for the search. */
function aliasesOf(database: typeof db): Map<string, string[]> {
	const byCountry = new Map<string, string[]>();
	for (const a of listAliases(database))
		byCountry.set(a.iso3, [...(byCountry.get(a.iso3) ?? []), a.name]);
	return byCountry;
}

export const load = (({ params, url, locals }) => {
	const { locale } = locals;
	const indicator = getIndicator(db, params.code.toUpperCase());
	if (!indicator) error(404, translate(locale, 'explorer.error.notFound', { code: params.code }));
	const bound = numberLocale(locale).format('.2f');
	const years = yearsOf(db, indicator.code);
	const countries = listCountries(db);
	const groups = listGroups(db);
	const { regions, incomes } = filterChoices(countries);
	const view = readView(
		url.searchParams,
		years,
		{ regions, incomes, groups: groups.map((g) => g.code) },
		focusCountry(db, url)
	);
	// Names in the page's language: the countries' (i18n-iso-countries) and the UN indicators'.
	const rows = view
		? localizeNames(
				explorerRows(
					indicator,
					countries,
					view,
					editionValues(db, indicator.code, view),
					locale,
					bound
				),
				locale
			)
		: [];
	const focusName = rows.find((r) => r.iso3 === view?.focus)?.name;
	return {
		/** The indicator, its name and description in the page's language. */
		indicator: localizeIndicator(indicator, locale),
		/** Other indicators, for the switcher. */
		indicators: listIndicators(db).map((i) => ({
			code: i.code,
			name: localizeIndicator(i, locale).name
		})),
		/** Editions with values of this indicator, newest first. */
		years,
		/** The view: every selection, as read from the URL. */
		view,
		/** Every country in the chosen edition: for the map, the distribution and the slope chart. */
		rows,
		/** The ranking table: filtered and sorted as the view says. */
		table: view
			? tableRows(
					rows,
					new Map(countries.map((c) => [c.iso3, c])),
					view,
					locale,
					aliasesOf(db)
				).map((r) => ({
					...r,
					/** The sub-region's name in the page's language (named here: no glossary in the page). */
					place: regionName(r.subregion ?? r.region ?? '', locale)
				}))
			: [],
		/** The map's classes, lowest first: its legend. */
		legend: legendOf(indicator, bound),
		/**
		 * The map in each edition, oldest first, and its words (written here, so the page ships
		 * none of them): links that work without JavaScript; a slider and Play once it runs.
		 */
		editions: {
			links: editionLinks(url.searchParams, years, indicator.code),
			label: translate(locale, 'served.map.editions'),
			slider: translate(locale, 'served.map.edition'),
			play: translate(locale, 'served.map.play'),
			pause: translate(locale, 'served.map.pause')
		},
		/** What the map shows, for its SVG description. */
		mapDescription: translate(locale, 'served.map.description', {
			code: indicator.code,
			count: legendOf(indicator, bound).length,
			min: bound(indicator.minValue ?? 0),
			max: bound(indicator.maxValue ?? 1),
			focus: focusName ?? ''
		}),
		/**
		 * Filter choices by their stored (English) values; the page shows them translated. The
		 * UN groups (LDC, LLDC, SIDS) first, named by the glossary; income groups of one year.
		 */
		filters: {
			regions: regions.map((value) => ({ value, name: regionName(value, locale) })),
			incomes: incomes.map((value) => ({ value, name: incomeGroupName(value, locale) })),
			incomeYear: INCOME_CLASSIFICATION.year,
			groups: groups.map((g) => ({
				code: g.code,
				name: g.kind === 'un' ? `${groupName(g.code, locale)} (${g.code})` : g.name
			}))
		}
	};
}) satisfies PageServerLoad;
