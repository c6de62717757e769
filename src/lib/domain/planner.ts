/**
 * "What it takes": the arithmetic of a target's planner. The EGDI is the mean of its components
 * (`EGDI_COMPONENTS`); a scenario moves each component at a pace (index points a year) from its
 * latest value, and its EGDI is placed in a level group, a rating class (`levels.ts`) and an
 * estimated rank among the other countries, each projected on its own trend. Pure: the server
 * gathers the numbers, the page and the API call these.
 */
import { classAmong, levelGroup, type LevelGroup } from './levels';

/** The coming Survey editions after `latestYear` (biennial), up to and including `targetYear`. */
export function planYears(latestYear: number, targetYear: number): number[] {
	const years: number[] = [];
	for (let year = latestYear + 2; year < targetYear; year += 2) years.push(year);
	if (targetYear > latestYear) years.push(targetYear);
	return years;
}

/** The EGDI of component values: their mean; null when one is missing. */
export function egdiOf(values: readonly (number | null)[]): number | null {
	if (!values.length || values.some((v) => v === null || !Number.isFinite(v))) return null;
	return (values as number[]).reduce((s, v) => s + v, 0) / values.length;
}

/** Rank among `peers` (others' values): one more than the number strictly above; ties share. */
export function estimatedRank(value: number, peers: readonly number[]): number {
	return 1 + peers.filter((p) => p > value).length;
}

/**
 * The lowest EGDI that estimates rank `rank` or better among `peers`: the `rank`-th highest
 * peer value (equalling it ties, and ties share the rank); 0 when there are fewer peers.
 */
export function egdiForRank(rank: number, peers: readonly number[]): number {
	const sorted = [...peers].sort((a, b) => b - a);
	return rank >= 1 && rank <= sorted.length ? sorted[rank - 1] : 0;
}

/**
 * Compound growth from `from` (at `fromYear`) reaching `to` in `toYear`, at each of `years`;
 * a flat line when no time is left or a value is not positive.
 */
export function compoundPath(
	from: number,
	fromYear: number,
	to: number,
	toYear: number,
	years: readonly number[]
): number[] {
	if (toYear <= fromYear || from <= 0 || to <= 0) return years.map(() => to);
	const rate = Math.pow(to / from, 1 / (toYear - fromYear));
	return years.map((year) => (year >= toYear ? to : from * Math.pow(rate, year - fromYear)));
}

/**
 * Component values whose mean is `egdi`, each closing the same share of its distance to the
 * frontier (1): c′ = 1 − (1 − c)·k with k = (1 − egdi) / (1 − mean(c)). Components far from
 * the frontier move most, none passes 1, and the mean is exactly `egdi`.
 */
export function componentsFor(egdi: number, latest: readonly number[]): number[] {
	const mean = egdiOf(latest);
	if (mean === null || mean >= 1) return [...latest];
	const k = (1 - egdi) / (1 - mean);
	return latest.map((c) => Math.min(1, Math.max(0, 1 - (1 - c) * k)));
}

/** A component's value after `years` at `pace` points a year, kept within 0–1. */
export function paced(latest: number, pace: number, years: number): number {
	return Math.min(1, Math.max(0, latest + pace * years));
}

/** Points a year from `from` to `to` over the years between. */
export function paceBetween(
	from: { year: number; value: number },
	to: { year: number; value: number }
) {
	return to.year > from.year ? (to.value - from.value) / (to.year - from.year) : 0;
}

/**
 * The components by how much EGDI a unit of effort buys: distance to the frontier (1 − value),
 * largest first. Each point of a component is a third of a point of EGDI whichever it is, but a
 * point is cheaper to win far from the frontier than near it.
 */
export function headroom<C extends string>(
	components: readonly { code: C; value: number }[]
): { code: C; value: number; headroom: number }[] {
	return components
		.map((c) => ({ ...c, headroom: 1 - c.value }))
		.sort((a, b) => b.headroom - a.headroom);
}

export interface ScenarioEdition<C extends string> {
	year: number;
	components: { code: C; value: number }[];
	egdi: number;
	group: LevelGroup | null;
	/** The rating class's code (VH … L1) among the other countries' projected EGDI. */
	ratingClass: string | null;
	/** Rank among the other countries' projected EGDI of the same year. */
	rank: number;
}

/**
 * A scenario edition by edition: each component at its pace from its latest value, the EGDI as
 * their mean, its group, class and estimated rank against `peers[i]`, the other countries'
 * projected EGDI in `years[i]`.
 */
export function scenario<C extends string>(input: {
	latestYear: number;
	latest: readonly { code: C; value: number }[];
	paces: Readonly<Record<C, number>>;
	years: readonly number[];
	peers: readonly (readonly number[])[];
}): ScenarioEdition<C>[] {
	return input.years.map((year, i) => {
		const components = input.latest.map((c) => ({
			code: c.code,
			value: paced(c.value, input.paces[c.code] ?? 0, year - input.latestYear)
		}));
		const egdi = egdiOf(components.map((c) => c.value)) ?? 0;
		return {
			year,
			components,
			egdi,
			group: levelGroup(egdi),
			ratingClass: classAmong(egdi, input.peers[i] ?? []),
			rank: estimatedRank(egdi, input.peers[i] ?? [])
		};
	});
}

/**
 * Whether a scenario's last edition reaches a target: the rank at or above a rank target, the
 * EGDI or the component at or above a value target; null for any other indicator.
 */
export function reaches(
	end: ScenarioEdition<string> | undefined,
	target: { measure: 'value' | 'rank'; indicator: string; targetNumber: number }
): boolean | null {
	if (!end) return null;
	if (target.measure === 'rank') return end.rank <= target.targetNumber;
	if (target.indicator === 'EGDI') return end.egdi >= target.targetNumber;
	const component = end.components.find((c) => c.code === target.indicator);
	return component ? component.value >= target.targetNumber : null;
}
