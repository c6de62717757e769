import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { isUnGroup } from '$lib/domain/groups';
import { INCOME_CLASSIFICATION } from '$lib/domain/income';
import { groupName, incomeGroupName, regionName } from '$lib/i18n/places';
import { translate } from '$lib/i18n/translate';
import { db } from '$lib/server/db';
import { listCountries } from '$lib/server/db/countries';
import { countryName, localizeNames } from '$lib/server/i18n';
import { countryProfile } from './profile.server';

export const load = (({ params, locals }) => {
	const { locale } = locals;
	const countries = listCountries(db);
	const country = countries.find((c) => c.iso3 === params.iso3.toUpperCase());
	if (!country) error(404, translate(locale, 'countries.notFound', { code: params.iso3 }));
	const collator = new Intl.Collator(locale);
	return {
		/** The country's identity and groups, its name in the page's language. */
		country: { ...country, name: countryName(country.iso3, locale, country.name) },
		/**
		 * The country's region, sub-region, income group (with the classification's year) and UN
		 * groups it is in now (LDC …), named in the page's language.
		 */
		names: {
			region: country.region
				? regionName(country.region, locale)
				: translate(locale, 'countries.area.region'),
			subregion: country.subregion ? regionName(country.subregion, locale) : null,
			income: country.incomeGroup
				? translate(locale, 'countries.profile.income', {
						income: incomeGroupName(country.incomeGroup, locale),
						year: INCOME_CLASSIFICATION.year
					})
				: null,
			groups: country.groups.filter(isUnGroup).map((g) => groupName(g, locale)),
			world: regionName('World', locale)
		},
		/** Everything the profile draws, shaped for the charts. */
		profile: countryProfile(db, country, countries, locale),
		/** For the country picker: names in the page's language, in its alphabetical order. */
		countries: localizeNames(
			countries.map((c) => ({ iso3: c.iso3, name: c.name })),
			locale
		).sort((a, b) => collator.compare(a.name, b.name))
	};
}) satisfies PageServerLoad;
