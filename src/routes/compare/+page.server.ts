import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { createCountryMatcher } from '$lib/domain/country-names';
import { localizePath } from '$lib/i18n/locales';
import { db } from '$lib/server/db';
import { countryNames, listAliases } from '$lib/server/db/countries';
import { focusCountry } from '$lib/server/focus';
import { localizeNames } from '$lib/server/i18n';
import { defaultSelection } from './compare';
import { comparison } from './compare.server';
import { MAX_COUNTRIES, addCountry, compareHref, parseSelection } from './selection';

export const load = (({ url, locals }) => {
	const { locale } = locals;
	const un = countryNames(db);
	const countries = localizeNames(un, locale);
	// Names in the page's language first; the UN names and the aliases still resolve, so that a
	// link or a name typed in English works on every page.
	const matcher = createCountryMatcher(countries, [...un, ...listAliases(db)]);
	const asked =
		url.searchParams.get('countries') ?? defaultSelection(focusCountry(db, url)).join(',');
	const { codes, notices } = parseSelection(asked, matcher, locale);

	// The picker submits `add` (a name or a code) beside the current selection; once resolved,
	// the canonical URL replaces it, so that the address bar and history show plain ISO3 lists.
	const add = url.searchParams.get('add');
	if (add !== null) {
		const added = addCountry(codes, add, matcher, locale);
		if (added.codes) redirect(303, localizePath(compareHref(added.codes), locale));
		notices.push(added.notice);
	}

	const compared = codes.length ? comparison(db, codes, locale) : null;
	return {
		/** The selected countries in order, each with its series colour, dash and marker shape. */
		selected: compared?.countries ?? [],
		/** What was left out of the URL's selection, or why the picker added nothing. */
		notices,
		/** Most countries a comparison holds. */
		max: MAX_COUNTRIES,
		/** One chart per indicator with a value for any selected country, and the EGDI rank. */
		charts: compared?.charts ?? [],
		/** The latest edition: each country's EGDI, components, EPI and rank, and who leads. */
		latest: compared?.latest ?? null,
		/** Every country (names in the page's language), for the picker's suggestions. */
		countries
	};
}) satisfies PageServerLoad;
