import { isLocale, numberLocale, type Locale } from '$lib/i18n';

// Each language's formatters, made once: tables call these for every cell.
const formatters = new Map<string, (value: number) => string>();

/** A number format `specifier` (d3-format's grammar, see `$lib/i18n/numbers`) in a language (its decimal and group separators, a true minus). */
function formatter(specifier: string, given: Locale): (value: number) => string {
	// Passed straight to `array.map`, a formatter would get the index as its language.
	const locale = isLocale(given) ? given : 'en';
	const key = `${locale}|${specifier}`;
	let found = formatters.get(key);
	if (!found) {
		found = numberLocale(locale).format(specifier);
		formatters.set(key, found);
	}
	return found;
}

/** An index value (0–1) with four decimals, or an em dash when missing. */
export function formatIndex(value: number | null | undefined, locale: Locale = 'en'): string {
	return typeof value === 'number' ? formatter('.4f', locale)(value) : '—';
}

/** A signed change of an index (+0.0698). */
export function formatChange(value: number | null | undefined, locale: Locale = 'en'): string {
	return typeof value === 'number' ? formatter('+.4f', locale)(value) : '—';
}

/** A signed whole number (+7, −19). */
export function formatPlaces(value: number | null | undefined, locale: Locale = 'en'): string {
	return typeof value === 'number' ? formatter('+d', locale)(value) : '—';
}

/** A signed percentage with one decimal (+3.1 %). */
export function formatPercentChange(
	value: number | null | undefined,
	locale: Locale = 'en'
): string {
	return typeof value === 'number' ? formatter('+.1%', locale)(value) : '—';
}

/** A value as its indicator shows it: indices with 4 decimals, ranks as whole numbers. */
export function formatValue(
	value: number | null | undefined,
	unit = 'index',
	locale: Locale = 'en'
): string {
	if (typeof value !== 'number') return '—';
	if (unit === 'rank') return String(value);
	return formatter(unit.startsWith('index') ? '.4f' : ',.4~f', locale)(value);
}

/**
 * A number as JavaScript writes it (0.25, 1e-7), with the language's decimal sign: axis ticks,
 * which are round already. English is exactly `String(value)`.
 */
export function formatPlain(value: number, locale: Locale = 'en'): string {
	const text = String(value);
	if (locale === 'en') return text;
	const decimal = formatter('.1f', locale)(0.5).charAt(1);
	return text.replace('.', decimal).replace('-', '−');
}
