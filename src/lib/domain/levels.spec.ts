import { describe, expect, it } from 'vitest';
import {
	classAmong,
	distanceToNextClass,
	levelGroup,
	levelGroupMinimum,
	quartileOf,
	RATING_CLASS_CODES,
	rateEdition
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

describe('quartileOf', () => {
	it('puts the positions up to a quarter of the group in the top class', () => {
		// 57 Very High countries in 2020: 14 in VH; 60 in 2022: 15; 76 in 2024: 19.
		expect(quartileOf(14, 57)).toBe(0);
		expect(quartileOf(15, 57)).toBe(1);
		expect(quartileOf(15, 60)).toBe(0);
		expect(quartileOf(16, 60)).toBe(1);
		expect(quartileOf(19, 76)).toBe(0);
		expect(quartileOf(20, 76)).toBe(1);
		expect(quartileOf(57, 57)).toBe(3);
	});

	it('fills the classes of a small group from the top', () => {
		expect([1, 2, 3].map((p) => quartileOf(p, 3))).toEqual([1, 2, 3]);
		expect(quartileOf(1, 1)).toBe(3);
	});
});

/** Eight Very High countries, three High, one Low; made up. */
const ROWS = [
	{ country: 'A', value: 0.99, rank: 1 },
	{ country: 'B', value: 0.95, rank: 2 },
	{ country: 'C', value: 0.95, rank: 2 },
	{ country: 'D', value: 0.9, rank: 4 },
	{ country: 'E', value: 0.85, rank: 5 },
	{ country: 'F', value: 0.8, rank: 6 },
	{ country: 'G', value: 0.78, rank: 7 },
	{ country: 'H', value: 0.75, rank: 8 },
	{ country: 'I', value: 0.7, rank: 9 },
	{ country: 'J', value: 0.6, rank: 10 },
	{ country: 'K', value: 0.55, rank: 11 },
	{ country: 'L', value: 0.1, rank: 12 },
	{ country: 'M', value: null, rank: null }
];

describe('rateEdition', () => {
	const edition = rateEdition(2024, ROWS, [])!;
	const codes = () => ROWS.map((r) => edition.byCountry.get(r.country)?.code ?? null);

	it('splits each group into quartiles of its countries in rank order; ties share a class', () => {
		// Very High, 8 countries: two per class; B and C tie at position 2.
		expect(codes()).toEqual([
			'VH',
			'VH',
			'VH',
			'V3',
			'V2',
			'V2',
			'V1',
			'V1',
			'H3',
			'H2',
			'H1',
			'L1',
			null
		]);
	});

	it('gives every class its count and its lowest and highest EGDI', () => {
		expect(edition.classes.map((c) => c.code)).toEqual(RATING_CLASS_CODES.map((c) => c.code));
		expect(edition.classes[0]).toEqual({
			code: 'VH',
			group: 'Very High',
			count: 3,
			min: 0.95,
			max: 0.99
		});
		expect(edition.classes.find((c) => c.code === 'HV')).toMatchObject({ count: 0, min: null });
	});

	it('orders equal values by the published rank (Andorra and Moldova, 0.6881 in 2020)', () => {
		const rated = rateEdition(2020, [
			{ country: 'MDA', value: 0.6881, rank: 79 },
			{ country: 'AND', value: 0.6881, rank: 80 }
		])!;
		expect(rated.byCountry.get('MDA')?.code).toBe('H3');
		expect(rated.byCountry.get('AND')?.code).toBe('H1');
	});

	it('follows a published class where it differs from the rule, keeping the rule beside it', () => {
		const rated = rateEdition(2024, ROWS, [
			{ year: 2024, country: 'C', published: 'V3', rule: 'VH', note: '' }
		])!;
		expect(rated.byCountry.get('C')).toMatchObject({ code: 'V3', ruleCode: 'VH' });
		expect(rated.byCountry.get('B')).toMatchObject({ code: 'VH', ruleCode: 'VH' });
		expect(rated.classes[0]).toMatchObject({ count: 2, min: 0.95 });
	});

	it('rates no edition before 2020', () => {
		expect(rateEdition(2018, ROWS)).toBeNull();
	});
});

describe('distanceToNextClass', () => {
	const edition = rateEdition(2024, ROWS, [])!;

	it('measures the way to the lowest country of the class above', () => {
		// E (0.85, V2) to the lowest of V3, D at 0.9.
		const d = distanceToNextClass(edition, 'E')!;
		expect(d.next.code).toBe('V3');
		expect(d.distance).toBeCloseTo(0.05, 12);
	});

	it('passes over empty classes (HV here) into the group above', () => {
		const d = distanceToNextClass(edition, 'I')!;
		expect(d.next.code).toBe('V1');
		expect(d.distance).toBeCloseTo(0.05, 12);
	});

	it('is null at the top class and for a country not rated', () => {
		expect(distanceToNextClass(edition, 'A')).toBeNull();
		expect(distanceToNextClass(edition, 'M')).toBeNull();
		expect(distanceToNextClass(null, 'A')).toBeNull();
	});
});

describe('classAmong', () => {
	it('places a value among the others of its level group by the quartile rule', () => {
		// Very High: 0.95, 0.9, 0.85 and the value → first of four is VH, fourth is V1.
		expect(classAmong(0.96, [0.95, 0.9, 0.85, 0.6])).toBe('VH');
		expect(classAmong(0.8, [0.95, 0.9, 0.85, 0.6])).toBe('V1');
		// Alone in its group, as `rateEdition` would rate it: position 1 of 1 is past the top
		// quarter (1 > 1/4), so the lowest class.
		expect(classAmong(0.3, [0.95, 0.6])).toBe('M1');
		// A tie is ahead of nobody: equal values share the better class.
		expect(classAmong(0.9, [0.9, 0.8, 0.78])).toBe('VH');
	});

	it('has no class for a value that is not a score', () => {
		expect(classAmong(Number.NaN, [0.5])).toBeNull();
		expect(classAmong(1.5, [0.5])).toBeNull();
	});
});
