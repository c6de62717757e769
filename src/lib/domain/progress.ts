/**
 * Progress toward a target by the method of Eurostat and the national SDG platforms (Open SDG,
 * Statistics Canada): compare the observed compound annual growth with the growth the target
 * requires. One rate decides both the status and the projection drawn: the projection is the
 * baseline grown at the observed rate to the target year, and a target is on track exactly
 * when that projection meets the target (R ≥ 1, where Open SDG uses 0.95 — see
 * `assessProgress`).
 */

export type ProgressStatus =
	| 'achieved'
	| 'on_track'
	| 'acceleration_needed'
	| 'limited_progress'
	| 'deterioration'
	| 'unable_to_assess';

export interface DataPoint {
	year: number;
	value: number;
}

export interface Assessment {
	status: ProgressStatus;
	/** CAGRo, baseline to latest (0.031 = +3.1 % a year); null where undefined. */
	observedCagr: number | null;
	/** CAGRr, baseline to target; null where undefined. */
	requiredCagr: number | null;
	/** R = CAGRo / (d·|CAGRr|), positive when moving toward the target; null where undefined. */
	ratio: number | null;
	/**
	 * The baseline grown at CAGRo to the target year: the projection drawn and stated, on whose
	 * side of the target the status depends; null when CAGRo is undefined. Not clamped: the
	 * caller clamps to the measure's bounds (which the target lies within, so the verdict holds).
	 */
	projection: DataPoint | null;
}

/**
 * The thresholds of R. On track at R ≥ 1 is the projection meeting the target (decided on the
 * projection itself, see `assessProgress`); Open SDG's is 0.95.
 */
export const RATIO_THRESHOLDS = { onTrack: 1, accelerationNeeded: 0.6 } as const;
/** The exponential model cannot start from or aim at 0; Open SDG substitutes this value. */
const ZERO_REPLACEMENT = 0.001;

const nonZero = (value: number) => (value === 0 ? ZERO_REPLACEMENT : value);
const isFinitePoint = (p: DataPoint) => Number.isFinite(p.year) && Number.isFinite(p.value);

/**
 * Whether `value` meets `target` in the desired direction. A relative tolerance of 1e-12 keeps
 * a projection that lands on the target, up to rounding, on the target's side.
 */
export function meets(value: number, target: number, higherIsBetter: boolean): boolean {
	const slack = 1e-12 * Math.max(1, Math.abs(target));
	return higherIsBetter ? value >= target - slack : value <= target + slack;
}

/** The value at `year` of compound growth at `rate` from `from` (its 0.001 stand-in if 0). */
function grown(from: DataPoint, rate: number, year: number): number {
	return nonZero(from.value) * Math.pow(1 + rate, year - from.year);
}

/** Compound annual growth between two points; null when no time passes or the signs differ. */
function cagr(from: DataPoint | null, to: DataPoint | null): number | null {
	if (!from || !to || !isFinitePoint(from) || !isFinitePoint(to) || to.year <= from.year) {
		return null;
	}
	const [a, b] = [nonZero(from.value), nonZero(to.value)];
	// A growth rate between values of opposite signs has no meaning (negative base of a root).
	if (Math.sign(a) !== Math.sign(b)) return null;
	const growth = Math.pow(b / a, 1 / (to.year - from.year)) - 1;
	return Number.isFinite(growth) ? growth : null;
}

/**
 * Assess progress from a baseline to the latest value toward a target.
 *
 * The projection is the baseline grown at CAGRo to the target year (it passes through the
 * latest value). The status and that projection never disagree:
 * - 'achieved': the latest value meets the target and, at the observed rate, still does in the
 *   target year (or the target year has passed).
 * - 'on_track': the projection meets the target. For growth from the same baseline over the
 *   same years this is exactly R ≥ 1. Open SDG calls R ≥ 0.95 on track; here a target 5 % slow
 *   would be drawn falling short while called on track, so the threshold is 1.
 * - otherwise the projection falls short, and R grades how far: acceleration needed
 *   (0.6 ≤ R), limited progress (0 ≤ R < 0.6), deterioration (R < 0).
 *
 * Decisions beyond the published rules:
 * - R = CAGRo / (d·|CAGRr|), as Open SDG writes it, with d = +1 when higher is better and −1
 *   when lower is better, and d flipped again for an all-negative series (where a growing
 *   magnitude means a falling value). When the target lies in the desired direction this is
 *   plain CAGRo / CAGRr — a falling rank gives two negative CAGRs and a positive R — but when
 *   the baseline already beat the target, R stays negative for a move away from the target
 *   instead of the plain ratio's misleading positive.
 * - The status is decided on the projection itself, not on R ≥ 1, so that floating-point
 *   rounding can never put the two on different sides of the target.
 * - A latest value that meets the target but moves away from it so fast that the projection
 *   falls short again by the target year: 'deterioration' (Open SDG would say achieved).
 * - "Achieved" is checked after the two-point minimum (one value is not an assessment) but
 *   before the sign rules: meeting the target is a comparison, not a growth rate.
 * - A baseline that met the target (required growth 0 or pointing away from the target) and a
 *   latest value that does not: 'deterioration', decided on the given values. R is negative
 *   there anyway, or → −∞ with a null ratio when CAGRr = 0; deciding on the values also keeps
 *   a 0.001 stand-in from turning such a fall into progress.
 * - Otherwise a zero or vanishing CAGRr (a 0.001 stand-in, a gap below floating-point
 *   precision) gives an infinite R that says nothing: 'unable_to_assess'.
 */
export function assessProgress(input: {
	baseline: DataPoint | null;
	latest: DataPoint | null;
	target: DataPoint;
	higherIsBetter: boolean;
}): Assessment {
	const { baseline, latest, target, higherIsBetter } = input;
	const observedCagr = cagr(baseline, latest);
	const requiredCagr = cagr(baseline, target);
	const direction = (higherIsBetter ? 1 : -1) * Math.sign(nonZero(baseline?.value ?? 1));
	let ratio: number | null = null;
	if (observedCagr !== null && requiredCagr !== null && requiredCagr !== 0) {
		ratio = observedCagr / (direction * Math.abs(requiredCagr));
		if (!Number.isFinite(ratio)) ratio = null;
	}
	let projection: DataPoint | null = null;
	if (baseline && observedCagr !== null && Number.isFinite(target.year)) {
		const value = grown(baseline, observedCagr, target.year);
		if (Number.isFinite(value)) projection = { year: target.year, value };
	}
	const result = (status: ProgressStatus) => ({
		status,
		observedCagr,
		requiredCagr,
		ratio,
		projection
	});

	const points = [baseline, latest, target];
	if (!baseline || !latest || points.some((p) => p && !isFinitePoint(p))) {
		return result('unable_to_assess');
	}
	if (latest.year <= baseline.year) return result('unable_to_assess');
	const projectionMeets =
		projection !== null && meets(projection.value, target.value, higherIsBetter);
	if (meets(latest.value, target.value, higherIsBetter)) {
		if (projection === null || projectionMeets || target.year <= latest.year) {
			return result('achieved');
		}
		return result('deterioration');
	}
	if (observedCagr === null || requiredCagr === null) return result('unable_to_assess');
	if (meets(baseline.value, target.value, higherIsBetter)) return result('deterioration');
	if (ratio === null) return result('unable_to_assess');
	if (projectionMeets) return result('on_track');
	if (ratio >= RATIO_THRESHOLDS.accelerationNeeded) return result('acceleration_needed');
	if (ratio >= 0) return result('limited_progress');
	return result('deterioration');
}

/**
 * The projection as drawn: one point a year from the latest value to the target year, on the
 * compound path from the baseline at CAGRo (so it ends on `assessment.projection`), clamped to
 * `bounds`; empty when there is no projection.
 */
export function projectedPath(
	baseline: DataPoint | null,
	latest: DataPoint | null,
	assessment: Assessment,
	bounds: { min?: number; max?: number } = {}
): DataPoint[] {
	const { observedCagr: rate, projection } = assessment;
	if (!baseline || !latest || rate === null || !projection) return [];
	if (!Number.isInteger(latest.year) || projection.year <= latest.year) return [];
	const clamp = (v: number) =>
		Math.min(bounds.max ?? Infinity, Math.max(bounds.min ?? -Infinity, v));
	return Array.from({ length: projection.year - latest.year + 1 }, (_, i) => {
		const year = latest.year + i;
		if (i === 0) return { year, value: latest.value };
		if (year === projection.year) return { year, value: clamp(projection.value) };
		return { year, value: clamp(grown(baseline, rate, year)) };
	});
}

/**
 * Least-squares trend of the available points, projected to `year`; null with fewer than 2 points.
 * Not the target's projection (that is `Assessment.projection`): the planner projects the other
 * countries' EGDI on it, to estimate a rank.
 *
 * Linear, not log-linear: the survey gives few, biennial, noisy points of bounded quantities
 * (scores in 0–1, ranks in 1–193) that saturate rather than compound, a log fit fails on zero
 * or negative values, and an exponential extrapolated a decade ahead runs away on one good
 * edition. The required path is compound, but at a few percent a year over these horizons the
 * two shapes differ by less than the noise. Points sharing a year are averaged so that a
 * repeated edition does not pull the line twice.
 */
export function projectTrend(
	points: readonly DataPoint[],
	year: number,
	options: { min?: number; max?: number } = {}
): number | null {
	if (!Number.isFinite(year)) return null;
	const byYear = new Map<number, number[]>();
	for (const p of points) {
		if (isFinitePoint(p)) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p.value]);
	}
	if (byYear.size < 2) return null;
	const xy = [...byYear].map(([x, ys]) => [x, ys.reduce((s, y) => s + y, 0) / ys.length]);
	// Centring on the mean year keeps the sums small (years are ~2000, squares ~4e6).
	const meanX = xy.reduce((s, [x]) => s + x, 0) / xy.length;
	const meanY = xy.reduce((s, [, y]) => s + y, 0) / xy.length;
	let sxy = 0;
	let sxx = 0;
	for (const [x, y] of xy) {
		sxy += (x - meanX) * (y - meanY);
		sxx += (x - meanX) ** 2;
	}
	const projected = meanY + (sxy / sxx) * (year - meanX);
	return Math.min(options.max ?? Infinity, Math.max(options.min ?? -Infinity, projected));
}

/**
 * Points of the required path from baseline to target (compound growth at CAGRr), one per year
 * from baseline.year to target.year inclusive; empty if not computable.
 */
export function requiredPath(baseline: DataPoint, target: DataPoint): DataPoint[] {
	const growth = cagr(baseline, target);
	if (growth === null || !Number.isInteger(baseline.year) || !Number.isInteger(target.year)) {
		return [];
	}
	const start = nonZero(baseline.value);
	return Array.from({ length: target.year - baseline.year + 1 }, (_, i) => {
		const year = baseline.year + i;
		// The ends are the given values, so the path meets the observed baseline (not its 0.001
		// stand-in) and lands on the target without rounding drift.
		if (i === 0) return { year, value: baseline.value };
		if (year === target.year) return { year, value: target.value };
		return { year, value: start * Math.pow(1 + growth, i) };
	});
}

/** The order to show statuses in: best first, then worse, unable to assess last. */
export const STATUS_ORDER: readonly ProgressStatus[] = [
	'achieved',
	'on_track',
	'acceleration_needed',
	'limited_progress',
	'deterioration',
	'unable_to_assess'
];
