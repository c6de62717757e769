import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n/translate';
import { COUNTRIES, EDITIONS, INDICATORS, OBSERVATIONS } from './__fixtures__/survey';
import type { Target } from './db/schema';
import { assessTargets, type TargetEvidence } from './targets';

const target = (fields: Partial<Target> & Pick<Target, 'id' | 'country' | 'indicator' | 'kind'>) =>
	({
		policyId: 1,
		baselineYear: 2022,
		targetYear: 2030,
		targetValue: null,
		targetRank: null,
		targetLevel: null,
		note: '',
		isExample: false,
		responsibleBody: '',
		owner: '',
		narrative: '',
		lastReviewed: null,
		nextReview: null,
		...fields
	}) satisfies Target;

const TARGETS: Target[] = [
	target({ id: 1, country: 'KHM', indicator: 'EGDI', kind: 'level', targetLevel: 'Very High' }),
	// No Survey in 2023: the baseline is the edition before.
	target({
		id: 2,
		country: 'KHM',
		indicator: 'EGDI',
		kind: 'rank',
		targetRank: 90,
		baselineYear: 2023
	}),
	target({ id: 3, country: 'KHM', indicator: 'KPI_WAIT', kind: 'value', targetValue: 10 }),
	target({
		id: 4,
		country: 'VNM',
		indicator: 'EGDI',
		kind: 'value',
		targetValue: 0.9,
		policyId: 2
	}),
	target({ id: 5, country: 'ZZZ', indicator: 'OSI', kind: 'value', targetValue: 0.8, policyId: 9 })
];

/** What targetEvidence would load for TARGETS from the fixture. */
const evidence: TargetEvidence = {
	indicators: INDICATORS,
	countries: COUNTRIES.map(({ iso3, name }) => ({ iso3, name })),
	policies: [
		{ id: 1, name: 'Digital Government Policy' },
		{ id: 2, name: 'Digital Viet Nam' }
	],
	observations: OBSERVATIONS.filter((o) =>
		TARGETS.some((t) => t.indicator === o.indicator && t.country === o.country)
	),
	editions: EDITIONS.filter((e) => TARGETS.some((t) => t.indicator === e.indicator)),
	highestRank: 159
};

describe('assessTargets', () => {
	const [level, rank, kpi, vnm, unknown] = assessTargets(TARGETS, evidence);

	it('puts each target in words with its policy, country and indicator', () => {
		expect(translate('en', level.label)).toBe('EGDI in the Very High group (≥ 0.75) by 2030');
		expect(translate('km', level.label)).toContain('ខ្ពស់ខ្លាំង');
		expect(level).toMatchObject({
			policyName: 'Digital Government Policy',
			countryName: 'Cambodia',
			indicatorName: 'E-Government Development Index',
			measure: 'value',
			targetNumber: 0.75,
			higherIsBetter: true,
			domain: [0, 1]
		});
		expect(translate('en', rank.label)).toBe('EGDI rank 90 or better by 2030');
		expect(vnm.policyName).toBe('Digital Viet Nam');
	});

	it("draws the country's own values over its indicator's editions, with gaps", () => {
		expect(level.series).toEqual([
			{ x: 2020, y: null },
			{ x: 2022, y: 0.5 },
			{ x: 2024, y: 0.5625 }
		]);
		expect(vnm.series.map((p) => p.y)).toEqual([null, 0.625, 0.75]);
		expect(kpi.series).toEqual([
			{ x: 2022, y: 31 },
			{ x: 2024, y: 22 }
		]);
		expect(level).toMatchObject({
			baseline: { year: 2022, value: 0.5 },
			latest: { year: 2024, value: 0.5625 }
		});
		expect(level.required.at(-1)).toEqual({ year: 2030, value: 0.75 });
	});

	it('measures a rank target on the ranks, lower being better, down to the lowest rank', () => {
		expect(rank).toMatchObject({
			measure: 'rank',
			higherIsBetter: false,
			targetNumber: 90,
			baseline: { year: 2022, value: 127 },
			latest: { year: 2024, value: 120 },
			domain: [1, 193]
		});
		const ranked = assessTargets([TARGETS[1]], { ...evidence, highestRank: 250 });
		expect(ranked[0].domain).toEqual([1, 250]);
	});

	it("follows a national KPI's direction and range: fewer days, faster than needed, is on track", () => {
		expect(kpi).toMatchObject({ higherIsBetter: false, domain: [0, 60], targetNumber: 10 });
		expect(kpi.assessment.status).toBe('on_track');
	});

	it('assesses what has no data as such, named by its code', () => {
		expect(unknown).toMatchObject({
			countryName: 'ZZZ',
			policyName: '',
			baseline: null,
			latest: null,
			required: [],
			projection: null
		});
		expect(unknown.series.map((p) => p.y)).toEqual([null, null]);
		expect(unknown.assessment.status).toBe('unable_to_assess');
	});

	it('does not depend on the order of the rows', () => {
		const shuffled = { ...evidence, observations: [...evidence.observations].reverse() };
		expect(assessTargets(TARGETS, shuffled)).toEqual(assessTargets(TARGETS, evidence));
	});
});
