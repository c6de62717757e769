import type { LevelGroup } from '$lib/domain/levels';
import { levelGroup, rateEdition } from '$lib/domain/levels';
import { rankValues } from '$lib/domain/ranking';
import type { ObservationRow } from './db/observations';

/** An observation as the API and the downloads give it: with ranks, level group and class. */
export interface RatedObservation extends ObservationRow {
	/** The rank as published (the EGDI's); null where the source gives none. */
	rank: number | null;
	/**
	 * Standard competition ranking ("1224") of the stored values of the indicator in that
	 * edition, best first by the indicator's direction: every index ranked (the EPI too).
	 */
	computedRank: number | null;
	/** The EGDI's level group; null for other indicators and missing values. */
	levelGroup: LevelGroup | null;
	/** The EGDI's rating class (from 2020): the published one where it differs from the rule. */
	ratingClass: string | null;
	/** The class the quartile rule gives, kept beside a published exception. */
	ratingClassRule: string | null;
}

/**
 * Adds to each row its computed rank, and to the EGDI's its level group and rating class.
 * `rows` must hold whole editions (every country of each indicator and year asked for), since
 * ranks and classes depend on every country; filter the result by country afterwards.
 */
export function rateObservations(
	rows: readonly ObservationRow[],
	higherIsBetter: (indicator: string) => boolean = () => true
): RatedObservation[] {
	const editions = new Map<string, ObservationRow[]>();
	for (const r of rows) {
		const key = `${r.indicator}|${r.year}`;
		const list = editions.get(key) ?? [];
		list.push(r);
		editions.set(key, list);
	}
	const rated = new Map<ObservationRow, RatedObservation>();
	for (const list of editions.values()) {
		const { indicator, year } = list[0];
		const ranks = rankValues(
			list.map((r) => r.value),
			higherIsBetter(indicator)
		);
		const classes = indicator === 'EGDI' ? rateEdition(year, list) : null;
		list.forEach((r, i) => {
			const rating = classes?.byCountry.get(r.country);
			rated.set(r, {
				...r,
				computedRank: ranks[i],
				levelGroup: indicator === 'EGDI' ? levelGroup(r.value) : null,
				ratingClass: rating?.code ?? null,
				ratingClassRule: rating?.ruleCode ?? null
			});
		});
	}
	return rows.map((r) => rated.get(r)!);
}

/** The columns of a rated observation, in the order the API and downloads write them. */
export const RATED_COLUMNS = [
	'country',
	'year',
	'indicator',
	'value',
	'rank',
	'computedRank',
	'levelGroup',
	'ratingClass',
	'ratingClassRule'
] as const satisfies readonly (keyof RatedObservation)[];
