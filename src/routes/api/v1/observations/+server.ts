import type { RequestHandler } from './$types';
import { BadParameter, queryOf, respond, withParameters } from '$lib/server/api';
import { db } from '$lib/server/db';
import { listCountries } from '$lib/server/db/countries';
import { listIndicators } from '$lib/server/db/indicators';
import { findObservations } from '$lib/server/db/observations';

/**
 * GET /api/v1/observations?indicator=EGDI&year=2024[&country=KHM,VNM]
 * `value` is null where the country was not assessed; `rank` is the EGDI rank where published.
 */
export const GET: RequestHandler = ({ url }) =>
	withParameters(() => {
		const q = queryOf(url, ['indicator', 'year', 'country']);
		const indicator = q.oneOf(
			'indicator',
			listIndicators(db).map((i) => i.code)
		);
		const year = q.year('year');
		const countries = q.list('country');
		if (countries) {
			const known = new Set(listCountries(db).map((c) => c.iso3));
			const unknown = countries.filter((c) => !known.has(c));
			if (unknown.length)
				throw new BadParameter(
					'country',
					`country has unknown ISO3 code(s): ${unknown.join(', ')}`
				);
		}
		const rows = findObservations(db, { indicator, year, countries });
		return respond(
			rows,
			['country', 'year', 'indicator', 'value', 'rank'],
			q.format,
			'observations'
		);
	});
