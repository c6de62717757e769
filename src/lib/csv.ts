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
	const lines: unknown[][] = [[...columns]];
	for (const row of rows) lines.push(columns.map((c) => row[c]));
	return csvLines(lines);
}

/** CSV text from rows of cells (the first row is the header), formula-safe as `toCsv`. */
export function csvLines(rows: readonly (readonly unknown[])[]): string {
	return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
