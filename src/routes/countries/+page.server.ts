import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { levelGroup, rateEdition } from '$lib/domain/levels';
import { localizePath } from '$lib/i18n/locales';
import { regionName } from '$lib/i18n/places';
import { translate } from '$lib/i18n/translate';
import { db } from '$lib/server/db';
import { searchKey } from '$lib/domain/country-names';
import { countryMatcher } from '$lib/server/country-matcher';
import { listAliases, listCountries } from '$lib/server/db/countries';
import { findObservations, yearsOf } from '$lib/server/db/observations';
import { countryName } from '$lib/server/i18n';

export const load = (({ url, locals }) => {
	const countries = listCountries(db);
	// The country picker of the profile pages submits here, a code or any name the import knows.
	const asked = url.searchParams.get('country')?.trim().slice(0, 100);
	const picked = asked ? countryMatcher(db).resolve(asked) : null;
	if (picked) redirect(303, localizePath(`/countries/${picked}`, locals.locale));
	const aliases = new Map<string, string[]>();
	for (const a of listAliases(db)) aliases.set(a.iso3, [...(aliases.get(a.iso3) ?? []), a.name]);

	const year = yearsOf(db, 'EGDI')[0] ?? null;
	const rows = year === null ? [] : findObservations(db, { indicator: 'EGDI', year });
	const egdi = new Map(rows.map((o) => [o.country, o]));
	const classes = year === null ? null : rateEdition(year, rows);
	const collator = new Intl.Collator(locals.locale);
	const nameOf = (region: string | null) =>
		region
			? regionName(region, locals.locale)
			: translate(locals.locale, 'served.countries.area.other');
	const regions = [...new Set(countries.map((c) => c.region))]
		.map((region) => ({ region, name: nameOf(region) }))
		.sort((a, b) => collator.compare(a.name, b.name));
	return {
		/** The search typed in the box (`?q=`). */
		q: url.searchParams.get('q') ?? '',
		/** The latest edition. */
		year,
		/**
		 * Countries by M49 region (named in the page's language), alphabetical in that language,
		 * with their latest EGDI, rank and class. `keys`: every name the search finds it by — in
		 * the page's language, the UN's, and the import's aliases ("Vietnam", "Laos", "Burma").
		 */
		regions: regions.map(({ region, name }) => ({
			region: region ?? 'Other',
			name,
			countries: countries
				.filter((c) => c.region === region)
				.map((c) => {
					const o = egdi.get(c.iso3);
					return {
						iso3: c.iso3,
						name: countryName(c.iso3, locals.locale, c.name),
						keys: [
							...new Set(
								[
									countryName(c.iso3, locals.locale, c.name),
									c.name,
									...(aliases.get(c.iso3) ?? [])
								].map(searchKey)
							)
						],
						egdi: o?.value ?? null,
						rank: o?.rank ?? null,
						group: levelGroup(o?.value),
						ratingClass: classes?.byCountry.get(c.iso3)?.code ?? null
					};
				})
				.sort((a, b) => collator.compare(a.name, b.name))
		}))
	};
}) satisfies PageServerLoad;
