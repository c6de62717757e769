import type { RequestHandler } from './$types';
import { INCOME_CLASSIFICATION } from '$lib/domain/income';
import { queryOf, respond, withParameters } from '$lib/server/api';
import { db } from '$lib/server/db';
import { listCountries } from '$lib/server/db/countries';

/**
 * GET /api/v1/countries: ISO codes, names, M49 region and sub-region, income group (and the
 * classification it is of), current groups, and every dated group membership (JSON: a list of
 * { group, from, until }; CSV: "LDC 1991-01-01/" entries separated by spaces).
 */
export const GET: RequestHandler = ({ url }) =>
	withParameters(() => {
		const q = queryOf(url, []);
		const rows = listCountries(db).map((c) => ({
			...c,
			incomeClassification: INCOME_CLASSIFICATION.label,
			groups: c.groups.join(' '),
			memberships:
				q.format === 'csv'
					? c.memberships.map((m) => `${m.group} ${m.from ?? ''}/${m.until ?? ''}`).join(' ')
					: c.memberships
		}));
		return respond(
			rows,
			[
				'iso3',
				'isoNumeric',
				'name',
				'region',
				'subregion',
				'incomeGroup',
				'incomeClassification',
				'groups',
				'memberships'
			],
			q.format,
			'countries'
		);
	});
