import { describe, expect, it } from 'vitest';
import {
	assessProgress,
	projectTrend,
	requiredPath,
	STATUS_ORDER,
	type Assessment,
	type DataPoint
} from './progress';
import { growthInWords } from './progress-words';
import { translate } from '../i18n/translate';

const pt = (year: number, value: number): DataPoint => ({ year, value });
const higher = (baseline: DataPoint | null, latest: DataPoint | null, target: DataPoint) =>
	assessProgress({ baseline, latest, target, higherIsBetter: true });
const lower = (baseline: DataPoint | null, latest: DataPoint | null, target: DataPoint) =>
	assessProgress({ baseline, latest, target, higherIsBetter: false });

describe('assessProgress, higher is better', () => {
	it('is on track when the observed growth outpaces the required one', () => {
		// CAGRo = (0.57536 / 0.5056)^(1/2) − 1 = 1.1379747^0.5 − 1 = 1.0667590 − 1 = 0.0667590
		// CAGRr = (0.75 / 0.5056)^(1/13) − 1 = exp(ln 1.4833861 / 13) − 1
		//       = exp(0.3943274 / 13) − 1 = exp(0.0303329) − 1 = 0.0307976
		// R = 0.0667590 / 0.0307976 = 2.1677 ≥ 0.95
		const a = higher(pt(2022, 0.5056), pt(2024, 0.57536), pt(2035, 0.75));
		expect(a.status).toBe('on_track');
		expect(a.observedCagr).toBeCloseTo(0.066759, 6);
		expect(a.requiredCagr).toBeCloseTo(0.030798, 6);
		expect(a.ratio).toBeCloseTo(2.1677, 4);
	});

	// Baseline 100 in 2020, target 200 in 2030: CAGRr = 2^(1/10) − 1 = 0.0717735.
	it('needs acceleration at 5 % a year', () => {
		// 100 · 1.05² = 110.25 in 2022, so CAGRo = 0.05; R = 0.05 / 0.0717735 = 0.6966
		const a = higher(pt(2020, 100), pt(2022, 110.25), pt(2030, 200));
		expect(a.status).toBe('acceleration_needed');
		expect(a.observedCagr).toBeCloseTo(0.05, 12);
		expect(a.requiredCagr).toBeCloseTo(0.0717735, 6);
		expect(a.ratio).toBeCloseTo(0.6966, 4);
	});

	it('shows limited progress at 2 % a year', () => {
		// 100 · 1.02² = 104.04, CAGRo = 0.02; R = 0.02 / 0.0717735 = 0.2787
		const a = higher(pt(2020, 100), pt(2022, 104.04), pt(2030, 200));
		expect(a.status).toBe('limited_progress');
		expect(a.ratio).toBeCloseTo(0.2787, 4);
	});

	it('deteriorates at −1 % a year', () => {
		// 100 · 0.99² = 98.01, CAGRo = −0.01; R = −0.01 / 0.0717735 = −0.1393
		const a = higher(pt(2020, 100), pt(2022, 98.01), pt(2030, 200));
		expect(a.status).toBe('deterioration');
		expect(a.observedCagr).toBeCloseTo(-0.01, 12);
		expect(a.ratio).toBeCloseTo(-0.1393, 4);
	});

	it('is achieved when the latest value meets the target and still does at the observed rate', () => {
		// CAGRo = (0.79 / 0.8)^(1/2) − 1 = −0.0062696; projection 0.8 · 0.9875^(10/2) = 0.751234
		const a = higher(pt(2020, 0.8), pt(2022, 0.79), pt(2030, 0.75));
		expect(a.status).toBe('achieved');
		expect(a.observedCagr).toBeCloseTo(-0.0062696, 6);
		expect(a.projection?.value).toBeCloseTo(0.751234, 6);
		expect(higher(pt(2020, 0.5), pt(2022, 0.75), pt(2030, 0.75)).status).toBe('achieved');
	});

	it('calls a met target deterioration when the observed fall takes it below by the target year', () => {
		// CAGRo = 0.95^0.5 − 1 = −0.02532; projection 0.8 · 0.95^5 = 0.8 · 0.7737809 = 0.6190247
		const a = higher(pt(2020, 0.8), pt(2022, 0.76), pt(2030, 0.75));
		expect(a.status).toBe('deterioration');
		expect(a.projection).toEqual({ year: 2030, value: expect.closeTo(0.6190247, 6) });
		// The target year has passed: met is met.
		expect(higher(pt(2020, 0.8), pt(2022, 0.76), pt(2021, 0.75)).status).toBe('achieved');
	});

	it('projects the baseline at the observed rate, through the latest value', () => {
		// 0.4181 · (0.45034 / 0.4181)^(13/2) = 0.4181 · 1.0771107^6.5 = 0.4181 · 1.62070 = 0.67761
		const a = higher(pt(2022, 0.4181), pt(2024, 0.45034), pt(2035, 0.75));
		expect(a.projection?.year).toBe(2035);
		expect(a.projection?.value).toBeCloseTo(0.67761, 4);
		expect(a.status).toBe('acceleration_needed');
	});

	it('keeps R negative when a baseline beyond the target falls below it', () => {
		// CAGRo = (0.7 / 0.8)^(1/2) − 1 = −0.064586, CAGRr = (0.75 / 0.8)^(1/10) − 1 = −0.006433.
		// Plain CAGRo / CAGRr would be +10.04 ("on track"); with d·|CAGRr| it is −10.04.
		const a = higher(pt(2020, 0.8), pt(2022, 0.7), pt(2030, 0.75));
		expect(a.status).toBe('deterioration');
		expect(a.ratio).toBeCloseTo(-10.0396, 4);
	});
});

describe('assessProgress, lower is better', () => {
	it('is on track when a rank falls fast enough (both CAGRs negative, R positive)', () => {
		// CAGRo = (120 / 145)^(1/6) − 1 = exp(−0.189242 / 6) − 1 = −0.031048
		// CAGRr = (100 / 145)^(1/17) − 1 = exp(−0.371564 / 17) − 1 = −0.021620
		// R = −0.031048 / (−1 · 0.021620) = 1.4361
		const a = lower(pt(2018, 145), pt(2024, 120), pt(2035, 100));
		expect(a.observedCagr).toBeLessThan(0);
		expect(a.requiredCagr).toBeLessThan(0);
		expect(a.ratio).toBeCloseTo(1.4361, 4);
		expect(a.status).toBe('on_track');
	});

	it('deteriorates when the rank goes up', () => {
		// CAGRo = (135 / 120)^(1/6) − 1 = exp(0.117783 / 6) − 1 = +0.019824
		// CAGRr = (100 / 120)^(1/17) − 1 = exp(−0.182322 / 17) − 1 = −0.010667
		// R = 0.019824 / (−0.010667) = −1.8584
		const a = lower(pt(2018, 120), pt(2024, 135), pt(2035, 100));
		expect(a.status).toBe('deterioration');
		expect(a.ratio).toBeCloseTo(-1.8584, 4);
	});

	it('is achieved at or below the target', () => {
		expect(lower(pt(2018, 145), pt(2024, 100), pt(2035, 100)).status).toBe('achieved');
		expect(lower(pt(2018, 145), pt(2024, 99), pt(2035, 100)).status).toBe('achieved');
	});
});

describe('assessProgress, special values', () => {
	it('replaces a zero baseline by 0.001', () => {
		// CAGRo = (0.004 / 0.001)^(1/2) − 1 = 2 − 1 = 1
		// CAGRr = (1 / 0.001)^(1/10) − 1 = 10^0.3 − 1 = 0.995262; R = 1 / 0.995262 = 1.0048
		const a = higher(pt(2020, 0), pt(2022, 0.004), pt(2030, 1));
		expect(a.observedCagr).toBeCloseTo(1, 12);
		expect(a.requiredCagr).toBeCloseTo(0.995262, 6);
		expect(a.status).toBe('on_track');
	});

	it('flips the direction for an all-negative series', () => {
		// −8 → −4 is a rise; CAGRo = 0.5^(1/2) − 1 = −0.292893 and CAGRr = (1/8)^(1/6) − 1 =
		// 2^(−1/2) − 1 = −0.292893. d = (+1)(−1) = −1, so R = −0.292893 / −0.292893 = 1.
		const a = higher(pt(2020, -8), pt(2022, -4), pt(2026, -1));
		expect(a.ratio).toBeCloseTo(1, 12);
		expect(a.status).toBe('on_track');
		expect(higher(pt(2020, -8), pt(2022, -9), pt(2026, -1)).status).toBe('deterioration');
	});

	it('cannot assess values of mixed signs, but returns the CAGR it could compute', () => {
		const across = higher(pt(2020, -5), pt(2022, 3), pt(2030, 10));
		expect(across).toEqual({
			status: 'unable_to_assess',
			observedCagr: null,
			requiredCagr: null,
			ratio: null,
			projection: null
		});
		// 5 → 6 in a year is +20 %; a target of −1 gives no required growth.
		const target = lower(pt(2020, 5), pt(2021, 6), pt(2030, -1));
		expect(target.status).toBe('unable_to_assess');
		expect(target.observedCagr).toBeCloseTo(0.2, 12);
		expect(target.requiredCagr).toBeNull();
		expect(target.ratio).toBeNull();
	});

	it('cannot assess a single data point', () => {
		const noLatest = higher(pt(2022, 0.5056), null, pt(2035, 0.75));
		expect(noLatest.status).toBe('unable_to_assess');
		expect(noLatest.observedCagr).toBeNull();
		expect(noLatest.requiredCagr).toBeCloseTo(0.030798, 6);
		expect(higher(null, pt(2024, 0.8), pt(2035, 0.75)).status).toBe('unable_to_assess');
		expect(higher(pt(2024, 0.5), pt(2024, 0.6), pt(2035, 0.75)).status).toBe('unable_to_assess');
		expect(higher(pt(2024, 0.5), pt(2022, 0.6), pt(2035, 0.75)).status).toBe('unable_to_assess');
	});

	it('cannot assess non-finite inputs', () => {
		expect(higher(pt(2020, NaN), pt(2022, 0.6), pt(2035, 0.75)).status).toBe('unable_to_assess');
		expect(higher(pt(2020, 0.5), pt(2022, Infinity), pt(2035, 0.75)).status).toBe(
			'unable_to_assess'
		);
		expect(higher(pt(2020, 0.5), pt(2022, 0.6), pt(NaN, 0.75)).status).toBe('unable_to_assess');
	});

	it('cannot assess a target year at or before the baseline unless the target is met', () => {
		expect(higher(pt(2020, 0.5), pt(2022, 0.6), pt(2020, 0.75)).status).toBe('unable_to_assess');
		expect(higher(pt(2020, 0.5), pt(2022, 0.8), pt(2020, 0.75)).status).toBe('achieved');
	});

	it('calls a fall from a baseline equal to the target deterioration (required growth 0)', () => {
		const a = higher(pt(2020, 0.6), pt(2022, 0.55), pt(2030, 0.6));
		expect(a.requiredCagr).toBe(0);
		expect(a.ratio).toBeNull();
		expect(a.status).toBe('deterioration');
	});

	it('cannot assess when only the 0.001 stand-in makes the required growth 0', () => {
		// Baseline 0 becomes 0.001 = target, so CAGRr = 0 and 0.001 → 0.0005 looks like a fall
		// (CAGRo = 0.5^(1/2) − 1 = −0.2929), yet 0 → 0.0005 is a move toward the target.
		const a = higher(pt(2020, 0), pt(2022, 0.0005), pt(2030, 0.001));
		expect(a.requiredCagr).toBe(0);
		expect(a.observedCagr).toBeCloseTo(-0.292893, 6);
		expect(a.status).toBe('unable_to_assess');
	});

	it('calls a move from meeting the target to missing it deterioration, stand-in or not', () => {
		// Lower is better: 0 → 0.0008 against a target of 0.0005. With 0 read as 0.001 both
		// CAGRs are negative: R = (0.8^(1/2) − 1) / −|0.5^(1/10) − 1| = −0.105573 / −0.066967
		// = 1.5765, "on track"; the given values say the target was met and no longer is.
		const a = lower(pt(2020, 0), pt(2022, 0.0008), pt(2030, 0.0005));
		expect(a.ratio).toBeCloseTo(1.5765, 4);
		expect(a.status).toBe('deterioration');
	});
});

describe('assessProgress, thresholds', () => {
	// One-year steps make CAGR = y₁ / y₀ − 1, so these ratios come out exact in floating point.
	it('is on track at exactly R = 1, where the projection lands on the target', () => {
		// CAGRo = 1.5 / 1 − 1 = 0.5, CAGRr = (2.25 / 1)^(1/2) − 1 = 0.5, R = 1; 1 · 1.5² = 2.25
		const a = higher(pt(2020, 1), pt(2021, 1.5), pt(2022, 2.25));
		expect(a.ratio).toBe(1);
		expect(a.projection?.value).toBe(2.25);
		expect(a.status).toBe('on_track');
		expect(higher(pt(2020, 1), pt(2021, 1.4999), pt(2022, 2.25)).status).toBe(
			'acceleration_needed'
		);
	});

	it("needs acceleration at Open SDG's on-track threshold R = 0.95", () => {
		// CAGRo = 0.475, R = 0.95; projection 1.475² = 2.175625 < 2.25
		const a = higher(pt(2020, 1), pt(2021, 1.475), pt(2022, 2.25));
		expect(a.ratio).toBeCloseTo(0.95, 12);
		expect(a.status).toBe('acceleration_needed');
	});

	it('needs acceleration at exactly R = 0.60', () => {
		// CAGRo = 3.4 / 1 − 1 = 2.4, CAGRr = 5 / 1 − 1 = 4, R = 0.6
		const a = higher(pt(2020, 1), pt(2021, 3.4), pt(2021, 5));
		expect(a.ratio).toBe(0.6);
		expect(a.status).toBe('acceleration_needed');
		expect(higher(pt(2020, 1), pt(2021, 3.3999), pt(2021, 5)).status).toBe('limited_progress');
	});

	it('shows limited progress at exactly R = 0 and deterioration just below', () => {
		const a = higher(pt(2020, 0.5), pt(2022, 0.5), pt(2030, 0.75));
		expect(a.ratio).toBe(0);
		expect(a.status).toBe('limited_progress');
		expect(higher(pt(2020, 0.5), pt(2022, 0.4999), pt(2030, 0.75)).status).toBe('deterioration');
		expect(lower(pt(2018, 120), pt(2024, 120), pt(2035, 100)).status).toBe('limited_progress');
	});
});

describe('projectTrend', () => {
	it('extends the line through two points', () => {
		// Slope (0.6 − 0.5) / 2 = 0.05 a year; 2030 is 10 years on: 0.5 + 0.5 = 1.0
		expect(projectTrend([pt(2020, 0.5), pt(2022, 0.6)], 2030)).toBeCloseTo(1, 12);
		expect(projectTrend([pt(2022, 0.6), pt(2020, 0.5)], 2021)).toBeCloseTo(0.55, 12);
	});

	it('fits ordinary least squares through non-collinear points', () => {
		// x̄ = 2022, ȳ = 3; dx = −2, 0, 2; dy = −2, −1, 3; Sxy = 4 + 0 + 6 = 10, Sxx = 8
		// slope 1.25; at 2026: 3 + 4 · 1.25 = 8
		const points = [pt(2020, 1), pt(2022, 2), pt(2024, 6)];
		expect(projectTrend(points, 2026)).toBeCloseTo(8, 12);
		// A repeated point would make it 7.75 (x̄ 2022, ȳ 2.75); each year counts once.
		expect(projectTrend([...points, pt(2022, 2)], 2026)).toBeCloseTo(8, 12);
	});

	it('averages values that share a year', () => {
		// 2020 → mean(1, 3) = 2, 2022 → 4: slope 1, at 2024: 6
		expect(projectTrend([pt(2020, 1), pt(2020, 3), pt(2022, 4)], 2024)).toBeCloseTo(6, 12);
	});

	it('clamps to the bounds it is given', () => {
		const egdi = [pt(2020, 0.5), pt(2022, 0.6)];
		expect(projectTrend(egdi, 2032, { min: 0, max: 1 })).toBe(1);
		expect(projectTrend(egdi, 2000, { min: 0, max: 1 })).toBe(0);
		// Rank 145 → 120 over 6 years: −25/6 a year; by 2060, 120 − 36 · 25/6 = −30 → 1
		const ranks = [pt(2018, 145), pt(2024, 120)];
		expect(projectTrend(ranks, 2060, { min: 1, max: 193 })).toBe(1);
		expect(projectTrend(ranks, 2030, { min: 1, max: 193 })).toBeCloseTo(95, 12);
	});

	it('has no trend with fewer than two years of finite data', () => {
		expect(projectTrend([], 2030)).toBeNull();
		expect(projectTrend([pt(2020, 0.5)], 2030)).toBeNull();
		expect(projectTrend([pt(2020, 0.5), pt(2020, 0.6)], 2030)).toBeNull();
		expect(projectTrend([pt(2020, 0.5), pt(2022, NaN)], 2030)).toBeNull();
		expect(projectTrend([pt(2020, 0.5), pt(2022, 0.6)], NaN)).toBeNull();
	});
});

describe('requiredPath', () => {
	it('grows at CAGRr from the baseline to the target, one point a year', () => {
		const path = requiredPath(pt(2020, 100), pt(2030, 200));
		expect(path).toHaveLength(11);
		expect(path.map((p) => p.year)).toEqual(Array.from({ length: 11 }, (_, i) => 2020 + i));
		expect(path[0]).toEqual(pt(2020, 100));
		expect(path[10].value).toBeCloseTo(200, 10);
		// Halfway at compound growth: 100 · 2^(1/2) = 141.421
		expect(path[5].value).toBeCloseTo(141.421356, 6);
	});

	it('starts from a zero baseline through its 0.001 stand-in', () => {
		// 0.001 · 10^k for k = 1, 2; the ends are the given values.
		const values = requiredPath(pt(2020, 0), pt(2023, 1)).map((p) => p.value);
		expect(values[0]).toBe(0);
		expect(values[1]).toBeCloseTo(0.01, 12);
		expect(values[2]).toBeCloseTo(0.1, 12);
		expect(values[3]).toBe(1);
	});

	it('falls for a rank target', () => {
		const path = requiredPath(pt(2024, 120), pt(2035, 100));
		expect(path).toHaveLength(12);
		for (let i = 1; i < path.length; i++) expect(path[i].value).toBeLessThan(path[i - 1].value);
	});

	it('is empty when the path cannot be computed', () => {
		expect(requiredPath(pt(2030, 100), pt(2030, 200))).toEqual([]);
		expect(requiredPath(pt(2030, 100), pt(2020, 200))).toEqual([]);
		expect(requiredPath(pt(2020, -1), pt(2030, 2))).toEqual([]);
		expect(requiredPath(pt(2020, NaN), pt(2030, 2))).toEqual([]);
		expect(requiredPath(pt(2020.5, 1), pt(2030, 2))).toEqual([]);
	});
});

describe('growthInWords', () => {
	const assessment = (requiredCagr: number | null, observedCagr: number | null): Assessment => ({
		status: 'acceleration_needed',
		observedCagr,
		requiredCagr,
		ratio: null,
		projection: null
	});
	const words = (a: Assessment, locale: 'en' | 'km' | 'id' = 'en') => {
		const message = growthInWords(a, locale);
		return message && translate(locale, message);
	};

	it('says what growth is needed and what is achieved', () => {
		expect(growthInWords(assessment(0.031, 0.018), 'en')).toEqual({
			key: 'plans.growth',
			params: { required: '+3.1%', observed: '+1.8%' }
		});
		expect(words(assessment(0.031, 0.018))).toBe('needs +3.1% a year, achieving +1.8%');
		expect(words(assessment(-0.0216, -0.031))).toBe('needs −2.2% a year, achieving −3.1%');
		expect(words(assessment(0.0308, -0.0123))).toBe('needs +3.1% a year, achieving −1.2%');
	});

	it("says it in Khmer and Indonesian, with the language's decimal separator", () => {
		expect(words(assessment(0.031, 0.067), 'km')).toBe('ត្រូវការ +3.1% ក្នុងមួយឆ្នាំ កំពុងសម្រេចបាន +6.7%');
		expect(words(assessment(0.031, -0.0123), 'id')).toBe('perlu +3,1% per tahun, tercapai −1,2%');
	});

	it('says nothing when a growth rate is missing', () => {
		expect(growthInWords(assessment(null, null), 'km')).toBeNull();
		expect(growthInWords(assessment(0.031, null), 'en')).toBeNull();
		expect(growthInWords(assessment(null, 0.018), 'en')).toBeNull();
	});
});

describe('STATUS_ORDER', () => {
	it('lists every status once, achieved first and unable to assess last', () => {
		expect(new Set(STATUS_ORDER).size).toBe(STATUS_ORDER.length);
		expect([...STATUS_ORDER].sort()).toEqual([
			'acceleration_needed',
			'achieved',
			'deterioration',
			'limited_progress',
			'on_track',
			'unable_to_assess'
		]);
		expect(STATUS_ORDER[0]).toBe('achieved');
		expect(STATUS_ORDER.at(-1)).toBe('unable_to_assess');
	});
});
