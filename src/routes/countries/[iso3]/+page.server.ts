import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { listCountries } from '$lib/server/db/countries';
import { countryProfile } from './profile.server';

export const load = (({ params }) => {
	const countries = listCountries();
	const country = countries.find((c) => c.iso3 === params.iso3.toUpperCase());
	if (!country) error(404, `No country with the ISO3 code "${params.iso3}"`);
	return {
		/** The country's identity and groups. */
		country,
		/** Everything the profile draws, shaped for the charts. */
		profile: countryProfile(country),
		/** For the country picker. */
		countries: countries.map((c) => ({ iso3: c.iso3, name: c.name }))
	};
}) satisfies PageServerLoad;
