/** EGDI level groups and rating classes, as defined by the UN E-Government Survey (since 2020). */

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

/** Highest first. Every boundary is a multiple of 1/16, so comparisons are exact in binary. */
export const LEVEL_GROUPS: readonly LevelGroupDefinition[] = [
	{ group: 'Very High', min: 0.75, max: 1, classes: ['VH', 'V3', 'V2', 'V1'] },
	{ group: 'High', min: 0.5, max: 0.75, classes: ['HV', 'H3', 'H2', 'H1'] },
	{ group: 'Middle', min: 0.25, max: 0.5, classes: ['MH', 'M3', 'M2', 'M1'] },
	{ group: 'Low', min: 0, max: 0.25, classes: ['LM', 'L3', 'L2', 'L1'] }
];

export interface RatingClass {
	code: string;
	group: LevelGroup;
	/** Inclusive lower bound. */
	min: number;
	/** Exclusive upper bound, except for VH which includes 1. */
	max: number;
}

/** All sixteen rating classes, highest first. */
export const RATING_CLASSES: readonly RatingClass[] = LEVEL_GROUPS.flatMap((g) => {
	const width = (g.max - g.min) / 4;
	return g.classes.map((code, i) => ({
		code,
		group: g.group,
		min: g.max - width * (i + 1),
		max: g.max - width * i
	}));
});

function isScore(egdi: number | null | undefined): egdi is number {
	return typeof egdi === 'number' && Number.isFinite(egdi) && egdi >= 0 && egdi <= 1;
}

/** The level group of an EGDI value, or null for a missing or out-of-range value. */
export function levelGroup(egdi: number | null | undefined): LevelGroup | null {
	if (!isScore(egdi)) return null;
	return LEVEL_GROUPS.find((g) => egdi >= g.min)!.group;
}

/** The rating class (VH … L1) of an EGDI value, or null for a missing or out-of-range value. */
export function ratingClass(egdi: number | null | undefined): RatingClass | null {
	if (!isScore(egdi)) return null;
	return RATING_CLASSES.find((c) => egdi >= c.min)!;
}

/** The class above the one `egdi` is in and how far its lower boundary is; null at the top. */
export function distanceToNextClass(
	egdi: number | null | undefined
): { next: RatingClass; distance: number } | null {
	const current = ratingClass(egdi);
	if (!current || current.code === 'VH') return null;
	const next = RATING_CLASSES[RATING_CLASSES.indexOf(current) - 1];
	return { next, distance: next.min - (egdi as number) };
}

/** Lower boundary of a level group: a level-group target is the value target at this boundary. */
export function levelGroupMinimum(group: LevelGroup): number {
	return LEVEL_GROUPS.find((g) => g.group === group)!.min;
}
