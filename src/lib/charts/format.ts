import { format } from 'd3-format';

const fixed4 = format('.4f');
const signed4 = format('+.4f');
const signedInt = format('+d');
const percent1 = format('+.1%');

/** An index value (0–1) with four decimals, or an em dash when missing. */
export function formatIndex(value: number | null | undefined): string {
	return typeof value === 'number' ? fixed4(value) : '—';
}

/** A signed change of an index (+0.0698). */
export function formatChange(value: number | null | undefined): string {
	if (typeof value !== 'number') return '—';
	return signed4(value).replace('-', '−');
}

/** A signed whole number (+7, −19). */
export function formatPlaces(value: number | null | undefined): string {
	return typeof value === 'number' ? signedInt(value).replace('-', '−') : '—';
}

/** A signed percentage with one decimal (+3.1 %). */
export function formatPercentChange(value: number | null | undefined): string {
	return typeof value === 'number' ? percent1(value).replace('-', '−') : '—';
}

/** A value as its indicator shows it: indices with 4 decimals, ranks as whole numbers. */
export function formatValue(value: number | null | undefined, unit = 'index'): string {
	if (typeof value !== 'number') return '—';
	if (unit === 'rank') return String(value);
	return unit.startsWith('index') ? fixed4(value) : format(',.4~f')(value);
}
