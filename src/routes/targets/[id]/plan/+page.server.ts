import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { translate } from '$lib/i18n/translate';
import { db } from '$lib/server/db';
import { countryName } from '$lib/server/i18n';
import { MAX_PACE, pacesFrom, planOf } from '$lib/server/plan';

export const load = (({ params, url, locals }) => {
	const plan = /^\d+$/.test(params.id) ? planOf(db, Number(params.id)) : undefined;
	if (!plan) error(404, translate(locals.locale, 'planner.error.none'));
	const { paces, invalid } = pacesFrom(url.searchParams, plan.observed);
	const { target } = plan;
	return {
		/** The target's plan: required path, peers' projections, paces observed and required. */
		plan: {
			...plan,
			target: {
				...target,
				countryName: countryName(target.country, locals.locale, target.countryName)
			}
		},
		/** The paces of the address (points a year), the observed ones where absent or invalid. */
		paces,
		/** The query names of paces that were not numbers within ±maxPace. */
		invalid,
		maxPace: MAX_PACE
	};
}) satisfies PageServerLoad;
