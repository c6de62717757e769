import type { RequestHandler } from './$types';
import { BadParameter, queryOf, respond, withParameters } from '$lib/server/api';
import { effectiveStatus } from '$lib/domain/milestones';
import { LOCALES } from '$lib/i18n/locales';
import { db } from '$lib/server/db';
import { milestoneLinks } from '$lib/server/db/milestone-links';
import { getPolicy, listMilestones } from '$lib/server/db/policies';
import { textCells, textColumns, textsByLanguage } from '$lib/server/entered-texts';
import { todayIso } from '$lib/server/plans';

/**
 * GET /api/v1/milestones[?policy=ID]: milestones by date, with the status entered and the
 * status shown (past and not done → delayed), the component each moves, the targets it serves,
 * and its title and description in every language (`texts`; CSV: `title.km` … columns).
 */
export const GET: RequestHandler = ({ url }) =>
	withParameters(() => {
		const q = queryOf(url, ['policy']);
		const policy = q.text('policy');
		if (policy !== undefined && (!/^\d+$/.test(policy) || !getPolicy(db, Number(policy)))) {
			throw new BadParameter('policy', `policy must be the id of a policy; got "${policy}"`);
		}
		const today = todayIso();
		const milestones = listMilestones(db, policy ? { policyId: Number(policy) } : {});
		const links = milestoneLinks(db);
		const texts = textsByLanguage(db, 'milestone', milestones, LOCALES);
		const rows = milestones.map((m) => {
			const shown = effectiveStatus(m, today);
			return {
				...m,
				enteredStatus: m.status,
				status: shown.status,
				overdue: shown.overdue,
				targets: links.filter((l) => l.milestoneId === m.id).map((l) => l.targetId),
				texts: texts.get(m.id)!
			};
		});
		const columns = [
			'id',
			'policyId',
			'date',
			'title',
			'description',
			'responsibleBody',
			'status',
			'enteredStatus',
			'overdue',
			'evidenceUrl',
			'component',
			'targets'
		] as const;
		if (q.format === 'csv') {
			const flat: Record<string, unknown>[] = rows.map(({ texts, ...row }) => ({
				...row,
				targets: row.targets.join(' '),
				...textCells(texts)
			}));
			return respond(flat, [...columns, ...textColumns('milestone', LOCALES)], 'csv', 'milestones');
		}
		return respond(rows, columns, q.format, 'milestones');
	});
