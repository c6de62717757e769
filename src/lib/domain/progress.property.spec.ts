/**
 * Property: the status and the projection drawn never disagree. Over generated series (rising,
 * falling, flat, noisy, and lower-is-better ranks), a target called achieved or on track has a
 * drawn projection that meets the target in the target year, and one called anything else
 * (but unable to assess) has a projection that falls short. Seeded, so a failure reproduces.
 */
import { describe, expect, it } from 'vitest';
import {
	assessProgress,
	meets,
	projectedPath,
	RATIO_THRESHOLDS,
	type DataPoint,
	type ProgressStatus
} from './progress';

/** mulberry32: a small seeded generator, uniform in [0, 1). */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Shape = 'rising' | 'falling' | 'flat' | 'noisy' | 'rank';
const EDITIONS = [2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024];

interface Case {
	points: DataPoint[];
	baselineYear: number;
	target: DataPoint;
	higherIsBetter: boolean;
	bounds: { min: number; max: number };
}

function generate(shape: Shape, next: () => number): Case {
	const between = (lo: number, hi: number) => lo + (hi - lo) * next();
	if (shape === 'rank') {
		let rank = Math.round(between(20, 180));
		const drift = between(-8, 8);
		const points = EDITIONS.map((year) => {
			rank = Math.min(193, Math.max(1, Math.round(rank + drift + between(-10, 10))));
			return { year, value: rank };
		});
		return {
			points,
			baselineYear: EDITIONS[Math.floor(between(0, EDITIONS.length - 1))],
			target: { year: Math.round(between(2026, 2040)), value: Math.round(between(1, 193)) },
			higherIsBetter: false,
			bounds: { min: 1, max: 193 }
		};
	}
	const start = between(0, 0.9);
	const step = { rising: between(0.002, 0.06), falling: -between(0.002, 0.06), flat: 0 }[
		shape as 'rising' | 'falling' | 'flat'
	];
	const points = EDITIONS.map((year, i) => {
		const noise = shape === 'noisy' ? between(-0.08, 0.08) : 0;
		const trend = shape === 'noisy' ? between(-0.02, 0.04) * i : (step ?? 0) * i;
		// Rounded to the survey's four decimals; an exact 0 now and then (the lowest country).
		const value = Math.min(1, Math.max(0, start + trend + noise));
		return { year, value: next() < 0.03 ? 0 : Math.round(value * 1e4) / 1e4 };
	});
	return {
		points,
		baselineYear: EDITIONS[Math.floor(between(0, EDITIONS.length - 1))],
		target: {
			year: Math.round(between(2026, 2040)),
			value: Math.round(between(0.05, 1) * 100) / 100
		},
		higherIsBetter: true,
		bounds: { min: 0, max: 1 }
	};
}

/** Assess as the targets page does: baseline edition, latest edition, projection clamped. */
function assess(c: Case) {
	const baseline = c.points.find((p) => p.year === c.baselineYear) ?? null;
	const latest = c.points.at(-1) ?? null;
	const a = assessProgress({
		baseline,
		latest,
		target: c.target,
		higherIsBetter: c.higherIsBetter
	});
	const path = projectedPath(baseline, latest, a, c.bounds);
	return { a, path, drawn: path.at(-1) ?? null };
}

const SHORT: readonly ProgressStatus[] = [
	'acceleration_needed',
	'limited_progress',
	'deterioration'
];
const CASES = 600;

describe.each<Shape>(['rising', 'falling', 'flat', 'noisy', 'rank'])('%s series', (shape) => {
	const next = random(
		[...shape].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619), 2166136261)
	);
	const cases = Array.from({ length: CASES }, () => generate(shape, next));
	const results = cases.map((c) => ({ c, ...assess(c) }));

	it('never calls a target on track or achieved with a projection short of it', () => {
		for (const { c, a, drawn } of results) {
			if (a.status !== 'on_track' && a.status !== 'achieved') continue;
			if (a.status === 'achieved' && c.target.year <= c.points.at(-1)!.year) continue;
			if (!drawn) continue; // achieved without a computable rate: the fact stands
			expect(meets(drawn.value, c.target.value, c.higherIsBetter), JSON.stringify(c)).toBe(true);
		}
	});

	it('never calls a target behind with a projection that meets it', () => {
		for (const { c, a, drawn } of results) {
			if (!SHORT.includes(a.status)) continue;
			expect(drawn, JSON.stringify(c)).not.toBeNull();
			expect(meets(drawn!.value, c.target.value, c.higherIsBetter), JSON.stringify(c)).toBe(false);
		}
	});

	it('draws the projection from the latest value to the target year, ending on the stated one', () => {
		for (const { c, a, path } of results) {
			if (!path.length) continue;
			expect(path[0]).toEqual(c.points.at(-1));
			expect(path.at(-1)!.year).toBe(c.target.year);
			const stated = Math.min(c.bounds.max, Math.max(c.bounds.min, a.projection!.value));
			expect(path.at(-1)!.value).toBe(stated);
		}
	});

	it('agrees with R: on track only at R ≥ 1, and R ≥ 1 only when on track or achieved', () => {
		for (const { c, a } of results) {
			if (a.ratio === null || Math.abs(a.ratio - 1) < 1e-9) continue;
			if (a.status === 'on_track') expect(a.ratio, JSON.stringify(c)).toBeGreaterThan(1);
			if (SHORT.includes(a.status) && a.status !== 'deterioration') {
				expect(a.ratio, JSON.stringify(c)).toBeLessThan(RATIO_THRESHOLDS.onTrack);
			}
		}
	});

	it('generates enough of each verdict to mean something', () => {
		const assessed = results.filter((r) => r.a.status !== 'unable_to_assess');
		expect(assessed.length).toBeGreaterThan(CASES / 2);
		const statuses = new Set(assessed.map((r) => r.a.status));
		if (shape !== 'flat') expect(statuses.size).toBeGreaterThanOrEqual(3);
	});
});
