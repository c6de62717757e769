import type { RequestHandler } from './$types';
import { INCOME_CLASSIFICATION } from '$lib/domain/income';
import { queryOf, respond, withParameters } from '$lib/server/api';
import { db } from '$lib/server/db';
import { listCountries } from '$lib/server/db/countries';
import { listIndicators } from '$lib/server/db/indicators';
import { findObservations } from '$lib/server/db/observations';
import { AGGREGATE_BY, aggregate } from '$lib/server/aggregates';

/**
 * GET /api/v1/aggregates?indicator=EGDI&year=2024&by=world|region|subregion|income|group|ldc|lldc|sids
 * → [{ group, mean, median, min, max, n, members }], missing values left out (`n` counts the
 * values, `members` the group's countries in that edition). Dated groups (LDC …) count the
 * members of the edition's day; `by=income` answers name the classification used.
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
		const rows = aggregate(findObservations(db, { indicator, year }), listCountries(db), by);
		const columns = ['group', 'mean', 'median', 'min', 'max', 'n', 'members'] as const;
		const name = `aggregates-${indicator}-${year}-${by}`;
		if (by !== 'income') return respond(rows, columns, q.format, name);
		return respond(
			rows.map((r) => ({ ...r, classification: INCOME_CLASSIFICATION.label })),
			[...columns, 'classification'],
			q.format,
			name
		);
	});
