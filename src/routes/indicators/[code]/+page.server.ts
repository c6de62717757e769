import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { listCountries, listGroups } from '$lib/server/db/countries';
import { getIndicator, listIndicators } from '$lib/server/db/indicators';
import { yearsOf } from '$lib/server/db/observations';
import { focusCountry } from '$lib/server/focus';
import { localizeNames } from '$lib/server/i18n';
import { numberLocale, translate } from '$lib/i18n';
import { localizeIndicator } from '$lib/i18n/terms';
import {
	explorerRows,
	legendOf,
	SORTS,
	tableRows,
	type ExplorerView,
	type Sort
} from './explorer.server';

export const load = (({ params, url, locals }) => {
	const { locale } = locals;
	const indicator = getIndicator(params.code.toUpperCase());
	if (!indicator) error(404, translate(locale, 'explorer.error.notFound', { code: params.code }));
	const bound = numberLocale(locale).format('.2f');
	const years = yearsOf(indicator.code);
	const countries = listCountries();
	const q = url.searchParams;
	const asYear = (name: string) => {
		const y = Number(q.get(name));
		return years.includes(y) ? y : null;
	};
	const year = asYear('year') ?? years[0] ?? null;
	const defaultFrom = year === null ? null : (years.find((y) => y < year) ?? null);
	const sort = (SORTS as readonly string[]).includes(q.get('sort') ?? '')
		? (q.get('sort') as Sort)
		: 'rank';
	const regions = [...new Set(countries.map((c) => c.region).filter((r) => r !== null))].sort();
	const incomes = ['High', 'Upper-Middle', 'Lower-Middle', 'Low'].filter((i) =>
		countries.some((c) => c.incomeGroup === i)
	);
	const groups = listGroups();
	const pick = (name: string, allowed: readonly string[]) => {
		const v = q.get(name) ?? '';
		return allowed.includes(v) ? v : '';
	};
	const view: ExplorerView | null =
		year === null
			? null
			: {
					year,
					from: asYear('from') ?? defaultFrom,
					region: pick('region', regions),
					income: pick('income', incomes),
					group: pick(
						'group',
						groups.map((g) => g.code)
					),
					q: q.get('q')?.slice(0, 60) ?? '',
					sort,
					dir:
						q.get('dir') === 'desc'
							? 'desc'
							: q.get('dir') === 'asc'
								? 'asc'
								: sort === 'value' || sort === 'change'
									? 'desc'
									: 'asc',
					focus: focusCountry(url)
				};
	// Names in the page's language: the countries' (i18n-iso-countries) and the UN indicators'.
	const rows = view
		? localizeNames(explorerRows(indicator, countries, view, locale, bound), locale)
		: [];
	return {
		/** The indicator, its name and description in the page's language. */
		indicator: localizeIndicator(indicator, locale),
		/** Other indicators, for the switcher. */
		indicators: listIndicators().map((i) => ({
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
		table: view ? tableRows(rows, new Map(countries.map((c) => [c.iso3, c])), view, locale) : [],
		legend: legendOf(indicator, locale, bound),
		/** Filter choices by their stored (English) values; the page shows them translated. */
		filters: { regions, incomes, groups: groups.map((g) => ({ code: g.code, name: g.name })) }
	};
}) satisfies PageServerLoad;
