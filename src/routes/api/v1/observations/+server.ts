import type { RequestHandler } from './$types';
import { BadParameter, queryOf, respond, withParameters } from '$lib/server/api';
import { resolveCountryList } from '$lib/domain/country-names';
import { countryMatcher } from '$lib/server/country-matcher';
import { db } from '$lib/server/db';
import { listIndicators } from '$lib/server/db/indicators';
import { findObservations } from '$lib/server/db/observations';
import { RATED_COLUMNS, rateObservations } from '$lib/server/observation-rows';

/**
 * GET /api/v1/observations?indicator=EGDI&year=2024[&country=KHM,Vietnam]
 * `value` is null where the country was not assessed; `rank` is the rank as published (the
 * EGDI's), `computedRank` the competition ranking of every indicator in its edition;
 * `levelGroup` and `ratingClass` (from 2020) for the EGDI. `country` takes ISO3 codes or names,
 * as the import matches them ("Vietnam", "Laos", "Côte d'Ivoire").
 */
export const GET: RequestHandler = ({ url }) =>
	withParameters(() => {
		const q = queryOf(url, ['indicator', 'year', 'country']);
		const indicators = listIndicators(db);
		const indicator = q.oneOf(
			'indicator',
			indicators.map((i) => i.code)
		);
		const year = q.year('year');
		const asked = q.text('country');
		let countries: Set<string> | null = null;
		if (asked !== undefined) {
			const { codes, unknown } = resolveCountryList(asked, countryMatcher(db));
			if (unknown.length)
				throw new BadParameter(
					'country',
					`country has unknown name(s) or code(s): ${unknown.join(', ')}`
				);
			countries = new Set(codes);
		}
		// Whole editions: ranks and classes depend on every country; then the countries asked.
		const direction = new Map(indicators.map((i) => [i.code, i.higherIsBetter]));
		const rows = rateObservations(
			findObservations(db, { indicator, year }),
			(code) => direction.get(code) ?? true
		).filter((r) => !countries || countries.has(r.country));
		return respond(rows, RATED_COLUMNS, q.format, 'observations');
	});
