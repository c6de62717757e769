import type { RequestHandler } from './$types';
import { queryOf, respond, withParameters } from '$lib/server/api';
import { db } from '$lib/server/db';
import { listCountries } from '$lib/server/db/countries';
import { listIndicators } from '$lib/server/db/indicators';
import { findObservations } from '$lib/server/db/observations';
import { AGGREGATE_BY, aggregate } from '$lib/server/aggregates';

/**
 * GET /api/v1/aggregates?indicator=EGDI&year=2024&by=world|region|subregion|income|group
 * → [{ group, mean, median, min, max, n }], missing values left out.
 */
export const GET: RequestHandler = ({ url }) =>
	withParameters(() => {
		const q = queryOf(url, ['indicator', 'year', 'by']);
		const indicator =
			q.oneOf(
				'indicator',
				listIndicators(db).map((i) => i.code)
			) ?? q.required('indicator');
		const year = q.year('year') ?? q.required('year');
		const by = q.oneOf('by', AGGREGATE_BY, 'world')!;
		return respond(
			aggregate(findObservations(db, { indicator, year }), listCountries(db), by),
			['group', 'mean', 'median', 'min', 'max', 'n'],
			q.format,
			`aggregates-${indicator}-${year}-${by}`
		);
	});
