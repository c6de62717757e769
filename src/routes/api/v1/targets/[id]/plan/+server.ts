import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { EGDI_COMPONENTS } from '$lib/domain/indicators';
import { BadParameter, queryOf, respond, withParameters } from '$lib/server/api';
import { db } from '$lib/server/db';
import { MAX_PACE, pacesFrom, planOf, planScenario } from '$lib/server/plan';

const PACE_NAMES = EGDI_COMPONENTS.map((c) => c.toLowerCase());

/**
 * GET /api/v1/targets/{id}/plan[?osi=0.02&tii=0.01&hci=0.005]: a scenario of the target's
 * planner, one row per coming edition — each component at its pace (index points a year; the
 * pace observed since the baseline where not given), the EGDI (their mean), its level group,
 * rating class and estimated rank among the other countries projected on their own trends —
 * with the required path's EGDI and whether the scenario reaches the target (last row).
 */
export const GET: RequestHandler = ({ url, params }) =>
	withParameters(() => {
		const q = queryOf(url, PACE_NAMES);
		const plan = /^\d+$/.test(params.id) ? planOf(db, Number(params.id)) : undefined;
		if (!plan) return json({ error: `no plan for target ${params.id}` }, { status: 404 });
		const { paces, invalid } = pacesFrom(url.searchParams, plan.observed);
		if (invalid.length) {
			throw new BadParameter(
				invalid[0],
				`${invalid[0]} must be a pace between -${MAX_PACE} and ${MAX_PACE} index points a year`
			);
		}
		const { editions, reaches } = planScenario(plan, paces);
		const rows = editions.map((e, i) => ({
			targetId: plan.target.id,
			year: e.year,
			...Object.fromEntries(e.components.map((c) => [c.code.toLowerCase(), c.value])),
			...Object.fromEntries(
				plan.components.map((c) => [`${c.code.toLowerCase()}Pace`, paces[c.code]])
			),
			egdi: e.egdi,
			levelGroup: e.group,
			ratingClass: e.ratingClass,
			estimatedRank: e.rank,
			countries: plan.countries,
			requiredEgdi: plan.required[i]?.egdi ?? null,
			reachesTarget: i === editions.length - 1 ? reaches : null
		}));
		const columns = [
			'targetId',
			'year',
			...PACE_NAMES,
			...PACE_NAMES.map((p) => `${p}Pace`),
			'egdi',
			'levelGroup',
			'ratingClass',
			'estimatedRank',
			'countries',
			'requiredEgdi',
			'reachesTarget'
		] as (keyof (typeof rows)[number] & string)[];
		return respond(rows, columns, q.format, `target-${plan.target.id}-plan`);
	});
