import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { levelGroup, ratingClass } from '$lib/domain/levels';
import { listCountries } from '$lib/server/db/countries';
import { findObservations, yearsOf } from '$lib/server/db/observations';

export const load = (({ url }) => {
	const countries = listCountries();
	// The country picker of the profile pages submits here.
	const picked = url.searchParams.get('country')?.toUpperCase();
	if (picked && countries.some((c) => c.iso3 === picked)) redirect(303, `/countries/${picked}`);

	const year = yearsOf('EGDI')[0] ?? null;
	const egdi = new Map(
		(year === null ? [] : findObservations({ indicator: 'EGDI', year })).map((o) => [o.country, o])
	);
	const regions = [...new Set(countries.map((c) => c.region ?? 'Other'))].sort();
	return {
		/** The search typed in the box (`?q=`). */
		q: url.searchParams.get('q') ?? '',
		/** The latest edition. */
		year,
		/** Countries by M49 region, alphabetical, with their latest EGDI, rank and class. */
		regions: regions.map((region) => ({
			region,
			countries: countries
				.filter((c) => (c.region ?? 'Other') === region)
				.map((c) => {
					const o = egdi.get(c.iso3);
					return {
						iso3: c.iso3,
						name: c.name,
						subregion: c.subregion,
						egdi: o?.value ?? null,
						rank: o?.rank ?? null,
						group: levelGroup(o?.value),
						ratingClass: ratingClass(o?.value)?.code ?? null
					};
				})
		}))
	};
}) satisfies PageServerLoad;
