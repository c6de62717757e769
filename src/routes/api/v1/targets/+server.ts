import type { RequestHandler } from './$types';
import { reviewState } from '$lib/domain/ownership';
import { LOCALES } from '$lib/i18n/locales';
import { BadParameter, queryOf, respond, withParameters } from '$lib/server/api';
import { db } from '$lib/server/db';
import { getCountry } from '$lib/server/db/countries';
import { milestoneLinks } from '$lib/server/db/milestone-links';
import { listTargets } from '$lib/server/db/policies';
import { textCells, textColumns, textsByLanguage } from '$lib/server/entered-texts';
import { todayIso } from '$lib/server/plans';
import { targetEvidence } from '$lib/server/target-evidence';
import { translate } from '$lib/i18n/translate';
import { assessTargets } from '$lib/server/targets';

/**
 * GET /api/v1/targets[?country=KHM]: every target with its assessment toward the target year,
 * its ownership and reviews (`reviewOverdue` when the next review has passed), the milestones
 * serving it, and its entered texts in every language (`texts`; CSV: `note.km` … columns).
 */
export const GET: RequestHandler = ({ url }) =>
	withParameters(() => {
		const q = queryOf(url, ['country']);
		const country = q.text('country')?.toUpperCase();
		if (country && !getCountry(db, country)) {
			throw new BadParameter('country', `country has an unknown ISO3 code: ${country}`);
		}
		const today = todayIso();
		const targets = listTargets(db, country);
		const byId = new Map(targets.map((t) => [t.id, t]));
		const links = milestoneLinks(db, country);
		const texts = textsByLanguage(db, 'target', targets, LOCALES);
		const rows = assessTargets(targets, targetEvidence(db, targets)).map((t) => {
			const own = byId.get(t.id)!;
			return {
				id: t.id,
				policyId: t.policyId,
				policy: t.policyName,
				country: t.country,
				indicator: t.indicator,
				measure: t.measure,
				kind: t.kind,
				// The developer API speaks English.
				label: translate('en', t.label),
				isExample: t.isExample,
				baselineYear: t.baselineYear,
				targetYear: t.targetYear,
				target: t.targetNumber,
				// The edition used as the baseline: baselineYear's, or the last before it.
				baselineEdition: t.baseline?.year ?? null,
				baseline: t.baseline?.value ?? null,
				latestYear: t.latest?.year ?? null,
				latest: t.latest?.value ?? null,
				status: t.assessment.status,
				observedCagr: t.assessment.observedCagr,
				requiredCagr: t.assessment.requiredCagr,
				ratio: t.assessment.ratio,
				// The baseline grown at observedCagr to the target year: the end of the line drawn, and
				// what the status is decided on (on track or achieved exactly when it meets the target).
				projectionYear: t.projection?.year ?? null,
				projection: t.projection?.value ?? null,
				responsibleBody: own.responsibleBody,
				owner: own.owner,
				lastReviewed: own.lastReviewed,
				nextReview: own.nextReview,
				reviewOverdue: reviewState(own, today) === 'overdue',
				milestones: links.filter((l) => l.targetId === t.id).map((l) => l.milestoneId),
				texts: texts.get(t.id)!
			};
		});
		const columns = [
			'id',
			'policyId',
			'policy',
			'country',
			'indicator',
			'measure',
			'kind',
			'label',
			'isExample',
			'baselineYear',
			'targetYear',
			'target',
			'baselineEdition',
			'baseline',
			'latestYear',
			'latest',
			'status',
			'observedCagr',
			'requiredCagr',
			'ratio',
			'projectionYear',
			'projection',
			'responsibleBody',
			'owner',
			'lastReviewed',
			'nextReview',
			'reviewOverdue',
			'milestones'
		] as const;
		if (q.format === 'csv') {
			const flat: Record<string, unknown>[] = rows.map(({ texts, ...row }) => ({
				...row,
				milestones: row.milestones.join(' '),
				...textCells(texts)
			}));
			return respond(flat, [...columns, ...textColumns('target', LOCALES)], 'csv', 'targets');
		}
		return respond(rows, columns, q.format, 'targets');
	});
