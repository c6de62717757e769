import type { PageServerLoad } from './$types';
import { listCountries } from '$lib/server/db/countries';
import { focusCountry } from '$lib/server/focus';
import { executiveSummary } from './summary.server';

export const load = (({ url }) => {
	const focus = focusCountry(url);
	return {
		/** The executive summary of the focus country (`?country=ISO3`, else the configured one). */
		summary: executiveSummary(focus),
		/** For the country picker. */
		countries: listCountries().map((c) => ({ iso3: c.iso3, name: c.name }))
	};
}) satisfies PageServerLoad;
