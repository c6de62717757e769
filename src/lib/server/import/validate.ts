import { PUBLISHED_ANOMALIES } from '$lib/domain/indicators';
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
	report: Report,
	warn: (row: number, column: string, message: string) => void
) {
	const ranges = new Map(indicators.map((i) => [i.code, i]));
	const codes = new Map(indicators.map((i, n) => [i.code, n]));
	const countries = new Map<string, number>();
	/** Compact numeric key → [value, rank, line]; about 60 bytes a record at a million rows. */
	const seen = new Map<number, [number | null, number | null | undefined, number]>();

	function keyOf(r: ImportRecord): number {
		let c = countries.get(r.country);
		if (c === undefined) countries.set(r.country, (c = countries.size));
		return ((codes.get(r.indicator)! * 4096 + c) * 256 + (r.year - 1900)) | 0;
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
		const key = keyOf(r);
		const previous = seen.get(key);
		if (!previous) {
			seen.set(key, [r.value, r.rank, line]);
			return true;
		}
		const [value, rank, firstLine] = previous;
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
