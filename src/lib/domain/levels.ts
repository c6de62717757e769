/**
 * EGDI level groups and rating classes, as the UN E-Government Survey defines them. A level
 * group is a fixed range of the EGDI; a rating class (since 2020) is a quartile of a group's
 * countries in rank order — not an equal-width band of its range — so a class's boundaries are
 * the values of the countries in it, and they move every edition.
 */

export type LevelGroup = 'Very High' | 'High' | 'Middle' | 'Low';

export interface LevelGroupDefinition {
	group: LevelGroup;
	/** Inclusive lower bound. */
	min: number;
	/** Exclusive upper bound (1 for Very High, which includes 1). */
	max: number;
	/** The four rating classes of the group, highest first. */
	classes: readonly [string, string, string, string];
}

/** Highest first. Every boundary is a multiple of 1/4, so comparisons are exact in binary. */
export const LEVEL_GROUPS: readonly LevelGroupDefinition[] = [
	{ group: 'Very High', min: 0.75, max: 1, classes: ['VH', 'V3', 'V2', 'V1'] },
	{ group: 'High', min: 0.5, max: 0.75, classes: ['HV', 'H3', 'H2', 'H1'] },
	{ group: 'Middle', min: 0.25, max: 0.5, classes: ['MH', 'M3', 'M2', 'M1'] },
	{ group: 'Low', min: 0, max: 0.25, classes: ['LM', 'L3', 'L2', 'L1'] }
];

/** The sixteen rating classes, highest first, each with its group. */
export const RATING_CLASS_CODES: readonly { code: string; group: LevelGroup }[] =
	LEVEL_GROUPS.flatMap((g) => g.classes.map((code) => ({ code, group: g.group })));

/** The first edition with rating classes (the 2020 Survey introduced them). */
export const RATING_CLASSES_SINCE = 2020;

function isScore(egdi: number | null | undefined): egdi is number {
	return typeof egdi === 'number' && Number.isFinite(egdi) && egdi >= 0 && egdi <= 1;
}

/** The level group of an EGDI value, or null for a missing or out-of-range value. */
export function levelGroup(egdi: number | null | undefined): LevelGroup | null {
	if (!isScore(egdi)) return null;
	return LEVEL_GROUPS.find((g) => egdi >= g.min)!.group;
}

/** Lower boundary of a level group: a level-group target is the value target at this boundary. */
export function levelGroupMinimum(group: LevelGroup): number {
	return LEVEL_GROUPS.find((g) => g.group === group)!.min;
}

/**
 * Where a published rating class differs from the quartile rule. The published lists win (the
 * Survey is the reference); the rule's class is kept beside it. The 2020 and 2022 VH lists are
 * reproduced by the rule exactly (tests/unit/published-figures.spec.ts).
 */
export const PUBLISHED_CLASS_EXCEPTIONS: readonly {
	year: number;
	country: string;
	/** The class the Survey gives (or implies). */
	published: string;
	/** The class the quartile rule gives. */
	rule: string;
	note: string;
}[] = [
	{
		year: 2024,
		country: 'USA',
		published: 'V3',
		rule: 'VH',
		note: 'United States of America, 2024: the Survey lists 18 countries in the VH class; the quartile rule gives 19 (76 Very High countries, a quarter is 19), the 19th being the United States (rank 19, EGDI 0.91945). The dashboard follows the published list and places the United States in the next class, V3.'
	}
];

/** A country's place in its edition's classes. */
export interface RatedCountry {
	country: string;
	value: number;
	group: LevelGroup;
	/** The class the dashboard shows: the published one where it is known to differ. */
	code: string;
	/** The class the quartile rule gives. */
	ruleCode: string;
}

/** One rating class in an edition: how many countries, and their lowest and highest EGDI. */
export interface ClassRange {
	code: string;
	group: LevelGroup;
	count: number;
	/** The lowest EGDI of the class (null when the class has no country). */
	min: number | null;
	max: number | null;
}

export interface EditionClasses {
	year: number;
	byCountry: ReadonlyMap<string, RatedCountry>;
	/** The sixteen classes, highest first. */
	classes: readonly ClassRange[];
}

/**
 * The quartile (0 = top) of the country at `position` (1-based, tied countries sharing the
 * position of the first of them) among `count` countries in rank order: the top quarter is the
 * positions up to count / 4, and so on (57 Very High countries in 2020: 14 in VH).
 */
export function quartileOf(position: number, count: number): 0 | 1 | 2 | 3 {
	return (Math.min(4, Math.max(1, Math.ceil((4 * position) / count))) - 1) as 0 | 1 | 2 | 3;
}

/**
 * The rating class a value would take among `others` (the other countries' values of the same
 * edition, e.g. projected ones): the quartile rule of `rateEdition` with the value placed among
 * its level group's countries, ties ahead of it. Null for a value that is not a score.
 */
export function classAmong(value: number, others: readonly number[]): string | null {
	const group = levelGroup(value);
	if (!group) return null;
	const members = others.filter((v) => levelGroup(v) === group);
	const position = 1 + members.filter((v) => v > value).length;
	const classes = LEVEL_GROUPS.find((g) => g.group === group)!.classes;
	return classes[quartileOf(position, members.length + 1)];
}

/**
 * Each assessed country's level group and rating class in `year`'s edition: each group's
 * countries split into quartiles in rank order (by unrounded EGDI; equal values by the published
 * rank; equal both, the same class). Null before 2020, when the Survey had no rating classes.
 */
export function rateEdition(
	year: number,
	rows: readonly { country: string; value: number | null; rank?: number | null }[],
	exceptions = PUBLISHED_CLASS_EXCEPTIONS
): EditionClasses | null {
	if (year < RATING_CLASSES_SINCE) return null;
	const byCountry = new Map<string, RatedCountry>();
	const scored = rows.filter((r): r is typeof r & { value: number } => isScore(r.value));
	const ahead = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
		a.value > b.value ||
		(a.value === b.value && a.rank != null && b.rank != null && a.rank < b.rank);
	for (const g of LEVEL_GROUPS) {
		const members = scored.filter((r) => levelGroup(r.value) === g.group);
		for (const r of members) {
			const position = 1 + members.filter((o) => ahead(o, r)).length;
			const ruleCode = g.classes[quartileOf(position, members.length)];
			const exception = exceptions.find(
				(e) => e.year === year && e.country === r.country && e.rule === ruleCode
			);
			byCountry.set(r.country, {
				country: r.country,
				value: r.value,
				group: g.group,
				code: exception?.published ?? ruleCode,
				ruleCode
			});
		}
	}
	const rated = [...byCountry.values()];
	const classes = RATING_CLASS_CODES.map(({ code, group }) => {
		const values = rated.filter((r) => r.code === code).map((r) => r.value);
		return {
			code,
			group,
			count: values.length,
			min: values.length ? Math.min(...values) : null,
			max: values.length ? Math.max(...values) : null
		};
	});
	return { year, byCountry, classes };
}

/**
 * The class above `country`'s in its edition and how far its EGDI is from the lowest country of
 * that class (the next class that has any country); null at the top, or when not rated.
 */
export function distanceToNextClass(
	edition: EditionClasses | null,
	country: string
): { next: ClassRange; distance: number } | null {
	const me = edition?.byCountry.get(country);
	if (!edition || !me) return null;
	const at = edition.classes.findIndex((c) => c.code === me.code);
	const next = edition.classes
		.slice(0, at)
		.reverse()
		.find((c) => c.min !== null && c.min > me.value);
	// Rounded past the data's precision (five decimals), without the subtraction's float noise.
	return next
		? { next, distance: Math.round(((next.min as number) - me.value) * 1e7) / 1e7 }
		: null;
}
