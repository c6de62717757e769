import type { RequestHandler } from './$types';
import { BadParameter, queryOf, respond, withParameters } from '$lib/server/api';
import { db } from '$lib/server/db';
import { getCountry } from '$lib/server/db/countries';
import { listTargets } from '$lib/server/db/policies';
import { targetEvidence } from '$lib/server/target-evidence';
import { translate } from '$lib/i18n/translate';
import { assessTargets } from '$lib/server/targets';

/** GET /api/v1/targets[?country=KHM]: every target with its assessment toward the target year. */
export const GET: RequestHandler = ({ url }) =>
	withParameters(() => {
		const q = queryOf(url, ['country']);
		const country = q.text('country')?.toUpperCase();
		if (country && !getCountry(db, country)) {
			throw new BadParameter('country', `country has an unknown ISO3 code: ${country}`);
		}
		const targets = listTargets(db, country);
		const rows = assessTargets(targets, targetEvidence(db, targets)).map((t) => ({
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
			projection: t.projection?.value ?? null
		}));
		return respond(
			rows,
			[
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
				'projection'
			],
			q.format,
			'targets'
		);
	});
