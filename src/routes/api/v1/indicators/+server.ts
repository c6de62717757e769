import type { RequestHandler } from './$types';
import { queryOf, respond, withParameters } from '$lib/server/api';
import { db } from '$lib/server/db';
import { listIndicators } from '$lib/server/db/indicators';

/** GET /api/v1/indicators: every indicator with its unit, range and direction. */
export const GET: RequestHandler = ({ url }) =>
	withParameters(() => {
		const q = queryOf(url, []);
		const rows = listIndicators(db).map(({ sortOrder: _order, ...i }) => i);
		return respond(
			rows,
			[
				'code',
				'name',
				'description',
				'unit',
				'minValue',
				'maxValue',
				'higherIsBetter',
				'source',
				'builtIn'
			],
			q.format,
			'indicators'
		);
	});
