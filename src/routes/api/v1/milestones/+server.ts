import type { RequestHandler } from './$types';
import { BadParameter, queryOf, respond, withParameters } from '$lib/server/api';
import { effectiveStatus } from '$lib/domain/milestones';
import { db } from '$lib/server/db';
import { getPolicy, listMilestones } from '$lib/server/db/policies';
import { todayIso } from '$lib/server/plans';

/**
 * GET /api/v1/milestones[?policy=ID]: milestones by date, with the status entered and the
 * status shown (past and not done → delayed).
 */
export const GET: RequestHandler = ({ url }) =>
	withParameters(() => {
		const q = queryOf(url, ['policy']);
		const policy = q.text('policy');
		if (policy !== undefined && (!/^\d+$/.test(policy) || !getPolicy(db, Number(policy)))) {
			throw new BadParameter('policy', `policy must be the id of a policy; got "${policy}"`);
		}
		const today = todayIso();
		const rows = listMilestones(db, policy ? { policyId: Number(policy) } : {}).map((m) => {
			const shown = effectiveStatus(m, today);
			return { ...m, enteredStatus: m.status, status: shown.status, overdue: shown.overdue };
		});
		return respond(
			rows,
			[
				'id',
				'policyId',
				'date',
				'title',
				'description',
				'responsibleBody',
				'status',
				'enteredStatus',
				'overdue',
				'evidenceUrl'
			],
			q.format,
			'milestones'
		);
	});
