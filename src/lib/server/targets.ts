import { group } from 'd3-array';
import { levelGroupMinimum, type LevelGroup } from '$lib/domain/levels';
import {
	assessProgress,
	projectedPath,
	requiredPath,
	type Assessment,
	type DataPoint
} from '$lib/domain/progress';
import type { ObservationRow } from './db/observations';
import type { Indicator, Target } from './db/schema';
import { indicatorMessage, termMessage } from '$lib/i18n/terms';
import type { Message } from '$lib/i18n/translate';

export interface AssessedTarget {
	id: number;
	policyId: number;
	policyName: string;
	country: string;
	countryName: string;
	indicator: string;
	indicatorName: string;
	kind: Target['kind'];
	/** What is aimed at, for the page to write: "EGDI in the Very High group (≥ 0.75) by 2035". */
	label: Message;
	/** What is measured: the indicator's value, or the EGDI rank for rank targets. */
	measure: 'value' | 'rank';
	higherIsBetter: boolean;
	isExample: boolean;
	note: string;
	baselineYear: number;
	targetYear: number;
	/** The number to reach: a value, a rank, or the lower boundary of a level group. */
	targetNumber: number;
	/** Every edition's value (or rank); null where missing. */
	series: { x: number; y: number | null }[];
	baseline: DataPoint | null;
	latest: DataPoint | null;
	assessment: Assessment;
	/**
	 * The baseline grown at the observed rate (CAGRo) to the target year, within the measure's
	 * bounds: the value stated and the end of the line drawn. The status is decided on it.
	 */
	projection: DataPoint | null;
	/** The projection as drawn: one point a year from the latest value to the target year. */
	projected: DataPoint[];
	/** Compound growth from the baseline that reaches the target exactly in the target year. */
	required: DataPoint[];
	/** Bounds of the measure, for charts. */
	domain: [number, number];
}

/**
 * What assessing targets needs, loaded beforehand with a fixed number of queries whatever the
 * number of targets (`targetEvidence` in target-evidence.ts): the shaping here does no I/O.
 */
export interface TargetEvidence {
	indicators: readonly Indicator[];
	countries: readonly { iso3: string; name: string }[];
	policies: readonly { id: number; name: string }[];
	/** Every observation of the targets' (indicator, country) pairs. */
	observations: readonly ObservationRow[];
	/** Each (indicator, year) of the targets' indicators that holds a row: their editions. */
	editions: readonly { indicator: string; year: number }[];
	/** The highest EGDI rank published, if any: the bottom of rank charts. */
	highestRank: number | null;
}

/** What a target aims at, as a message with the glossary's words for the indicator and group. */
export function describe(t: Target, indicator: { code: string; name: string }): Message {
	const year = t.targetYear;
	if (t.kind === 'rank') {
		const rank = t.targetRank as number;
		return { key: 'common.target.rank', params: { name: { key: 'term.rank.name' }, rank, year } };
	}
	if (t.kind === 'level') {
		const group = t.targetLevel as LevelGroup;
		const min = levelGroupMinimum(group);
		return {
			key: 'common.target.level',
			params: { group: termMessage('level', group), min, year }
		};
	}
	const name = indicatorMessage(indicator.code, indicator.name);
	return {
		key: 'common.target.value',
		params: { indicator: name, value: t.targetValue as number, year }
	};
}

/**
 * Each target with its series, baseline, latest value, status, projection and required path.
 * Pure: `evidence` holds every row it reads.
 */
export function assessTargets(
	targets: readonly Target[],
	evidence: TargetEvidence
): AssessedTarget[] {
	const indicators = new Map(evidence.indicators.map((i) => [i.code, i]));
	const countries = new Map(evidence.countries.map((c) => [c.iso3, c]));
	const policies = new Map(evidence.policies.map((p) => [p.id, p]));
	const maxRank = Math.max(193, evidence.highestRank ?? 0);
	const rowsOf = group(
		evidence.observations,
		(o) => o.indicator,
		(o) => o.country
	);
	const editionsOf = group(evidence.editions, (e) => e.indicator);

	return targets.map((t) => {
		const indicator = indicators.get(t.indicator)!;
		const measure = t.kind === 'rank' ? 'rank' : 'value';
		const higherIsBetter = measure === 'rank' ? false : indicator.higherIsBetter;
		const rows = rowsOf.get(t.indicator)?.get(t.country) ?? [];
		const points: DataPoint[] = rows
			.map((o) => ({ year: o.year, value: measure === 'rank' ? o.rank : o.value }))
			.filter((p): p is DataPoint => p.value !== null)
			.sort((a, b) => a.year - b.year);
		// Editions of the indicator, oldest first.
		const years = (editionsOf.get(t.indicator) ?? []).map((e) => e.year).sort((a, b) => a - b);
		const targetNumber =
			t.kind === 'rank'
				? (t.targetRank as number)
				: t.kind === 'level'
					? levelGroupMinimum(t.targetLevel as LevelGroup)
					: (t.targetValue as number);

		// The baseline edition, or the nearest one before it when that year had no survey.
		const baseline =
			points.find((p) => p.year === t.baselineYear) ??
			[...points].reverse().find((p) => p.year < t.baselineYear) ??
			null;
		const last = points.at(-1) ?? null;
		const latest = last && baseline && last.year > baseline.year ? last : null;
		const target = { year: t.targetYear, value: targetNumber };
		const assessment = assessProgress({ baseline, latest, target, higherIsBetter });
		const domain: [number, number] =
			measure === 'rank' ? [1, maxRank] : [indicator.minValue ?? 0, indicator.maxValue ?? 1];
		// Clamped to the measure's own bounds only (a KPI without a maximum is not capped at 1):
		// the target lies within them, so clamping never moves the projection across it.
		const bounds =
			measure === 'rank'
				? { min: 1, max: maxRank }
				: { min: indicator.minValue ?? undefined, max: indicator.maxValue ?? undefined };
		const projected = projectedPath(baseline, latest, assessment, bounds);

		return {
			id: t.id,
			policyId: t.policyId,
			policyName: policies.get(t.policyId)?.name ?? '',
			country: t.country,
			countryName: countries.get(t.country)?.name ?? t.country,
			indicator: t.indicator,
			indicatorName: indicator.name,
			kind: t.kind,
			label: describe(t, indicator),
			measure,
			higherIsBetter,
			isExample: t.isExample,
			note: t.note,
			baselineYear: t.baselineYear,
			targetYear: t.targetYear,
			targetNumber,
			series: years.map((x) => ({ x, y: points.find((p) => p.year === x)?.value ?? null })),
			baseline,
			latest,
			assessment,
			projection: projected.at(-1) ?? null,
			projected,
			required: baseline ? requiredPath(baseline, target) : [],
			domain
		};
	});
}
