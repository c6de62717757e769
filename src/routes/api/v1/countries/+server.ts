import type { RequestHandler } from './$types';
import { queryOf, respond, withParameters } from '$lib/server/api';
import { db } from '$lib/server/db';
import { listCountries } from '$lib/server/db/countries';

/** GET /api/v1/countries: ISO codes, names, M49 region and sub-region, income group, groups. */
export const GET: RequestHandler = ({ url }) =>
	withParameters(() => {
		const q = queryOf(url, []);
		const rows = listCountries(db).map((c) => ({ ...c, groups: c.groups.join(' ') }));
		return respond(
			rows,
			['iso3', 'isoNumeric', 'name', 'region', 'subregion', 'incomeGroup', 'groups'],
			q.format,
			'countries'
		);
	});
