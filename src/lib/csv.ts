/** A cell a spreadsheet would run as a formula: neutralised with a leading apostrophe. */
const FORMULA = /^[=+\-@\t\r]/;
const SIGNED_NUMBER = /^[+-]\d+(\.\d+)?$/;

function cell(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	let text = String(value);
	// A signed number ("+0.0698", "-3") is data, not a formula.
	if (FORMULA.test(text) && !SIGNED_NUMBER.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text with a header, CRLF-free, safe to open in a spreadsheet: text cells that start with
 * `=`, `+`, `-` or `@` are prefixed with `'` (numbers are written as numbers).
 */
export function toCsv<T>(rows: Iterable<T>, columns: readonly (keyof T & string)[]): string {
	const lines = [columns.map(cell).join(',')];
	for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(','));
	return lines.join('\n') + '\n';
}
