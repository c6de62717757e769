import { describe, expect, it } from 'vitest';
import {
	distanceToNextClass,
	levelGroup,
	levelGroupMinimum,
	RATING_CLASSES,
	ratingClass
} from './levels';

describe('levelGroup', () => {
	it.each([
		[0, 'Low'],
		[0.2499999, 'Low'],
		[0.25, 'Middle'],
		[0.4999999, 'Middle'],
		[0.5, 'High'],
		[0.57536, 'High'],
		[0.7499999, 'High'],
		[0.75, 'Very High'],
		[1, 'Very High']
	])('puts %d in %s', (egdi, group) => {
		expect(levelGroup(egdi)).toBe(group);
	});

	it.each([null, undefined, NaN, -0.01, 1.01])('has no group for %s', (egdi) => {
		expect(levelGroup(egdi)).toBeNull();
	});

	it('gives the lower boundary of each group', () => {
		expect(levelGroupMinimum('Very High')).toBe(0.75);
		expect(levelGroupMinimum('Low')).toBe(0);
	});
});

describe('ratingClass', () => {
	it('has sixteen classes of width 1/16, highest first', () => {
		expect(RATING_CLASSES.map((c) => c.code)).toEqual([
			'VH',
			'V3',
			'V2',
			'V1',
			'HV',
			'H3',
			'H2',
			'H1',
			'MH',
			'M3',
			'M2',
			'M1',
			'LM',
			'L3',
			'L2',
			'L1'
		]);
		for (const c of RATING_CLASSES) expect(c.max - c.min).toBe(1 / 16);
	});

	it('puts every boundary in the class above it and just below in the class below', () => {
		for (let i = 0; i < RATING_CLASSES.length; i++) {
			const c = RATING_CLASSES[i];
			expect(ratingClass(c.min)?.code).toBe(c.code);
			if (c.min > 0) expect(ratingClass(c.min - 1e-9)?.code).toBe(RATING_CLASSES[i + 1].code);
		}
		expect(ratingClass(1)?.code).toBe('VH');
		expect(ratingClass(0)?.code).toBe('L1');
	});

	it('rates Cambodia 2024 (0.57536) H2 in the High group', () => {
		expect(ratingClass(0.57536)).toMatchObject({
			code: 'H2',
			group: 'High',
			min: 0.5625,
			max: 0.625
		});
	});

	it('is null for a missing value', () => {
		expect(ratingClass(null)).toBeNull();
	});
});

describe('distanceToNextClass', () => {
	it('measures the way to the lower boundary of the class above', () => {
		const d = distanceToNextClass(0.57536)!;
		expect(d.next.code).toBe('H3');
		expect(d.distance).toBeCloseTo(0.625 - 0.57536, 10);
	});

	it('crosses group boundaries (H1 → … HV → V1)', () => {
		expect(distanceToNextClass(0.74)!.next.code).toBe('V1');
	});

	it('is null at the top class and for missing values', () => {
		expect(distanceToNextClass(0.98474)).toBeNull();
		expect(distanceToNextClass(null)).toBeNull();
	});
});
