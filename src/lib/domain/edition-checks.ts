/**
 * Checks of a Survey edition as it would stand once a file is published: things that are
 * possible but, in the UN's own data, almost never happen. They warn; the analyst decides.
 * Thresholds are taken from the twelve published editions (2003–2024), see each constant.
 */

/** One value of an edition, and whether the file being checked gives it. */
export interface EditionCell {
	value: number | null;
	rank: number | null;
	fromFile: boolean;
}

/** An edition: indicator code → country ISO3 → cell. */
export type Edition = ReadonlyMap<string, ReadonlyMap<string, EditionCell>>;

export type EditionWarning =
	| {
			kind: 'egdiMean';
			country: string;
			year: number;
			egdi: number;
			mean: number;
	  }
	| {
			kind: 'rankOrder';
			country: string;
			year: number;
			indicator: string;
			rank: number;
			value: number;
			/** The rank its value gives (1 + the number of countries with a higher value). */
			valueRank: number;
	  }
	| {
			kind: 'outlierChange';
			country: string;
			year: number;
			indicator: string;
			previousYear: number;
			previous: number;
			value: number;
			/** The median change of all countries. */
			typicalChange: number;
			/** Robust z-score of this change (see OUTLIER_Z). */
			z: number;
	  }
	| {
			kind: 'missing';
			country: string;
			year: number;
			previousYear: number;
			indicators: string[];
	  }
	| {
			/** More than MAX_MISSING_LISTED countries missing: a partial edition, said once. */
			kind: 'partial';
			year: number;
			previousYear: number;
			/** How many countries of the previous edition have no row now. */
			missing: number;
			/** How many countries the previous edition had values for. */
			previousCount: number;
	  };

/**
 * How far the EGDI may be from the mean of OSI, TII and HCI. Published values are rounded to
 * 4 or 5 decimals, so the mean of three rounded values and the rounded EGDI differ by at most
 * 1e-4; in the published editions where the EGDI is that mean the largest difference is
 * 6.7e-5 (2022). 0.001 is ten times the rounding and a thousandth of the index's range.
 */
export const EGDI_MEAN_TOLERANCE = 0.001;

/**
 * Editions whose EGDI is not the plain mean of the three components: in 2008 and 2010 it
 * differs from it by up to 0.0136 and 0.0040 for most countries (a different weighting). In
 * every other published edition it is the mean to within 7e-5.
 */
export const EGDI_NOT_MEAN_EDITIONS: readonly number[] = [2008, 2010];

/** Whether the EGDI of an edition is the mean of OSI, TII and HCI (assumed for new editions). */
export function egdiIsMeanOfComponents(year: number): boolean {
	return !EGDI_NOT_MEAN_EDITIONS.includes(year);
}

/**
 * A change from the previous edition is an outlier when its robust z-score — its distance to
 * the median change of all countries, in units of 1.4826 × the median absolute deviation —
 * is above 5. From 2010 to 2024 no country's EGDI change reached 5 (the largest: 4.8,
 * Bahrain 2010); the early editions reach 16 (Micronesia 2004), real but worth a look.
 */
export const OUTLIER_Z = 5;

/**
 * The least spread assumed, so that an edition where almost every country moved by the same
 * amount does not make a small difference look extreme. The smallest real spread of EGDI
 * changes is 0.021 (1.4826 × MAD, 2005).
 */
export const MIN_SPREAD = 0.01;

/** Up to this many missing countries are named one by one; more make one "partial" warning. */
export const MAX_MISSING_LISTED = 10;

/** Fewer countries with both values than this: no spread worth the name, no outlier check. */
export const MIN_COUNTRIES_FOR_SPREAD = 20;

/**
 * Indices whose changes are checked: the EGDI and the E-Participation Index, the two headline
 * indices. The components' own spreads are narrow (HCI) and their large jumps frequent and real
 * (up to 8 a year beyond 5); a wrong component shows in the EGDI-mean check instead.
 */
export const CHANGE_CHECKED: readonly string[] = ['EGDI', 'EPI'];

/**
 * Checks edition `year` (as it would stand: the database's values with the file's over them)
 * against itself and the previous edition. Only what the file gives is reported.
 */
export function checkEdition(
	year: number,
	edition: Edition,
	previous: { year: number; edition: Edition } | null
): EditionWarning[] {
	const warnings: EditionWarning[] = [];
	if (egdiIsMeanOfComponents(year)) warnings.push(...egdiMeanWarnings(year, edition));
	for (const [indicator, cells] of edition) warnings.push(...rankWarnings(year, indicator, cells));
	if (previous) {
		for (const indicator of CHANGE_CHECKED) {
			const now = edition.get(indicator);
			const before = previous.edition.get(indicator);
			if (now && before)
				warnings.push(...changeWarnings(year, indicator, now, previous.year, before));
		}
		warnings.push(...missingWarnings(year, edition, previous));
	}
	return warnings;
}

function egdiMeanWarnings(year: number, edition: Edition): EditionWarning[] {
	const egdi = edition.get('EGDI');
	if (!egdi) return [];
	const parts = ['OSI', 'TII', 'HCI'].map((code) => edition.get(code));
	const warnings: EditionWarning[] = [];
	for (const [country, cell] of egdi) {
		const components = parts.map((p) => p?.get(country));
		if (cell.value === null || components.some((c) => c?.value == null)) continue;
		if (!cell.fromFile && !components.some((c) => c!.fromFile)) continue;
		const [, tii, hci] = components.map((c) => c!.value!);
		// A zero TII or HCI stands for missing data in 2003–2005 (the EGDI was computed without it).
		if (tii === 0 || hci === 0) continue;
		const mean = components.reduce((sum, c) => sum + c!.value!, 0) / 3;
		if (Math.abs(cell.value - mean) > EGDI_MEAN_TOLERANCE) {
			warnings.push({ kind: 'egdiMean', country, year, egdi: cell.value, mean: round(mean) });
		}
	}
	return warnings;
}

/**
 * Ranks out of order with values: in rank order, values must not rise. The countries outside
 * the longest run that keeps that order are the ones out of place (one for a single wrong
 * value, not everyone it displaced). Equal values may have different ranks: the UN ranks
 * unrounded values, so two countries published with the same rounded value can rank apart.
 */
function rankWarnings(
	year: number,
	indicator: string,
	cells: ReadonlyMap<string, EditionCell>
): EditionWarning[] {
	const ranked = [...cells]
		.filter(([, c]) => c.value !== null && c.rank !== null)
		.map(([country, c]) => ({ country, value: c.value!, rank: c.rank!, fromFile: c.fromFile }))
		.sort((a, b) => a.rank - b.rank || b.value - a.value);
	if (ranked.length < 2) return [];
	const inOrder = longestNonIncreasing(ranked.map((r) => r.value));
	const values = ranked.map((r) => r.value);
	return ranked
		.filter((r, i) => r.fromFile && !inOrder.has(i))
		.map((r) => ({
			kind: 'rankOrder' as const,
			country: r.country,
			year,
			indicator,
			rank: r.rank,
			value: r.value,
			valueRank: 1 + values.filter((v) => v > r.value).length
		}));
}

/** The indexes of one longest subsequence of `values` that never rises (patience sorting). */
export function longestNonIncreasing(values: readonly number[]): Set<number> {
	// tails[k]: the index ending a run of length k + 1 whose last value is the largest so far.
	const tails: number[] = [];
	const before = new Int32Array(values.length).fill(-1);
	for (let i = 0; i < values.length; i++) {
		// The first run whose last value is below this one: this value extends the run before it.
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (values[tails[mid]] >= values[i]) lo = mid + 1;
			else hi = mid;
		}
		if (lo > 0) before[i] = tails[lo - 1];
		tails[lo] = i;
	}
	const kept = new Set<number>();
	for (let i = tails.at(-1) ?? -1; i >= 0; i = before[i]) kept.add(i);
	return kept;
}

function changeWarnings(
	year: number,
	indicator: string,
	now: ReadonlyMap<string, EditionCell>,
	previousYear: number,
	before: ReadonlyMap<string, EditionCell>
): EditionWarning[] {
	const changes: { country: string; previous: number; value: number; change: number }[] = [];
	const fromFile = new Set<string>();
	for (const [country, cell] of now) {
		const old = before.get(country);
		if (cell.value === null || old?.value == null) continue;
		changes.push({
			country,
			previous: old.value,
			value: cell.value,
			change: cell.value - old.value
		});
		if (cell.fromFile) fromFile.add(country);
	}
	if (changes.length < MIN_COUNTRIES_FOR_SPREAD || fromFile.size === 0) return [];
	const typical = median(changes.map((c) => c.change));
	const spread = Math.max(
		1.4826 * median(changes.map((c) => Math.abs(c.change - typical))),
		MIN_SPREAD
	);
	return changes
		.map((c) => ({ ...c, z: (c.change - typical) / spread }))
		.filter((c) => fromFile.has(c.country) && Math.abs(c.z) > OUTLIER_Z)
		.map((c) => ({
			kind: 'outlierChange' as const,
			country: c.country,
			year,
			indicator,
			previousYear,
			previous: c.previous,
			value: c.value,
			typicalChange: round(typical),
			z: Math.round(c.z * 10) / 10
		}));
}

/**
 * Countries that had a value in the previous edition and have no row at all now, for the
 * indicators the file gives in this edition. A row with an empty value (not assessed) is
 * present: the UN lists every Member State, assessed or not.
 */
function missingWarnings(
	year: number,
	edition: Edition,
	previous: { year: number; edition: Edition }
): EditionWarning[] {
	const missing = new Map<string, string[]>();
	const previousCountries = new Set<string>();
	for (const [indicator, cells] of edition) {
		if (![...cells.values()].some((c) => c.fromFile)) continue;
		for (const [country, old] of previous.edition.get(indicator) ?? []) {
			if (old.value === null) continue;
			previousCountries.add(country);
			if (!cells.has(country)) missing.set(country, [...(missing.get(country) ?? []), indicator]);
		}
	}
	if (missing.size > MAX_MISSING_LISTED) {
		const { year: previousYear } = previous;
		const previousCount = previousCountries.size;
		return [{ kind: 'partial', year, previousYear, missing: missing.size, previousCount }];
	}
	return [...missing]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([country, indicators]) => ({
			kind: 'missing' as const,
			country,
			year,
			previousYear: previous.year,
			indicators
		}));
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;
