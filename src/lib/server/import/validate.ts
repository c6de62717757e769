import { PUBLISHED_ANOMALIES, YEAR_RANGE } from '$lib/domain/indicators';
import type { ImportRecord } from './layouts';

export interface IndicatorRange {
	code: string;
	minValue: number | null;
	maxValue: number | null;
}

export type Report = (row: number, column: string, message: string, suggestion?: string) => void;

/**
 * Checks each record against its indicator's range and against the records already seen in
 * the same file: the same country, year and indicator twice is fine only with the same value.
 */
export function createValidator(
	indicators: readonly IndicatorRange[],
	countryCodes: readonly string[],
	report: Report,
	warn: (row: number, column: string, message: string) => void
) {
	const ranges = new Map(indicators.map((i) => [i.code, i]));
	const countryIndex = new Map(countryCodes.map((c, n) => [c, n]));
	const years = YEAR_RANGE.max - YEAR_RANGE.min + 1;
	const perIndicator = countryCodes.length * years;
	/**
	 * What each key first held, in typed arrays per indicator (allocated on its first row): the
	 * memory is bounded by the number of possible keys, not by the size of the file.
	 */
	type Block = { line: Int32Array; value: Float64Array; rank: Int32Array };
	const seen = new Map<string, Block>();

	let last: { indicator: string; block: Block } | null = null;
	/** The typed arrays of an indicator (files come sorted by indicator more often than not). */
	function blockOf(indicator: string): Block {
		if (last?.indicator === indicator) return last.block;
		let block = seen.get(indicator);
		if (!block) {
			block = {
				line: new Int32Array(perIndicator),
				value: new Float64Array(perIndicator),
				rank: new Int32Array(perIndicator)
			};
			seen.set(indicator, block);
		}
		last = { indicator, block };
		return block;
	}

	/** True when the record may be stored (first time seen and in range). */
	return function check(r: ImportRecord, line: number, column: string): boolean {
		const range = ranges.get(r.indicator)!;
		if (r.value !== null) {
			const { minValue: min, maxValue: max } = range;
			if ((min !== null && r.value < min) || (max !== null && r.value > max)) {
				const anomaly = PUBLISHED_ANOMALIES.find(
					(a) =>
						a.indicator === r.indicator &&
						a.country === r.country &&
						a.year === r.year &&
						a.value === r.value
				);
				if (anomaly) {
					warn(line, column, `kept as published: ${anomaly.note}`);
					return claim(r, line, column);
				}
				report(
					line,
					column,
					`${r.indicator} value ${r.value} is out of range`,
					`${r.indicator} runs from ${min ?? '−∞'} to ${max ?? '∞'}`
				);
				return false;
			}
		}
		return claim(r, line, column);
	};

	function claim(r: ImportRecord, line: number, column: string): boolean {
		const block = blockOf(r.indicator);
		const at = countryIndex.get(r.country)! * years + (r.year - YEAR_RANGE.min);
		const firstLine = block.line[at];
		if (firstLine === 0) {
			block.line[at] = line;
			block.value[at] = r.value ?? NaN;
			block.rank[at] = r.rank === undefined ? RANK_ABSENT : (r.rank ?? RANK_EMPTY);
			return true;
		}
		const stored = block.value[at];
		const value = Number.isNaN(stored) ? null : stored;
		const rank = decodeRank(block.rank[at]);
		if (value !== r.value || (rank !== undefined && r.rank !== undefined && rank !== r.rank)) {
			report(
				line,
				column,
				`${r.country} ${r.indicator} ${r.year} appears twice with different values (${value ?? 'empty'} in row ${firstLine}, ${r.value ?? 'empty'} here)`,
				'keep one of the two rows'
			);
		}
		return false;
	}
}

/** Ranks are whole numbers from 1, so two negative codes stand for "no rank column" and "empty". */
const RANK_ABSENT = -1;
const RANK_EMPTY = -2;

function decodeRank(code: number): number | null | undefined {
	return code === RANK_ABSENT ? undefined : code === RANK_EMPTY ? null : code;
}
