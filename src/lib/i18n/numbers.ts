/**
 * Numbers as a language writes them, for the few d3-format specifiers this application uses
 * (`.4f`, `+.4f`, `+d`, `+.1%`, `,.4~f`, `~g` …): sign, grouping, precision, trimming and the
 * types `f`, `d`, `g` and `%`, computed exactly as d3-format computes them, with the language's
 * decimal and group separators and a true minus sign. d3-format itself came to about 2 KB of
 * gzipped JavaScript on every page; `numbers.spec.ts` checks this against it.
 */
import type { Locale } from './locales';

/** The marks a language writes numbers with. */
export interface NumberSymbols {
	decimal: string;
	thousands: string;
	minus: string;
}

/** Makes formatters from specifiers, as d3-format's locale objects do. */
export interface NumberLocale {
	format(specifier: string): (value: number) => string;
}

/** `[sign][,][.precision][~][type]`: the part of d3-format's grammar in use here. */
const SPECIFIER = /^([+-])?(,)?(?:\.(\d+))?(~)?([dfg%])?$/;

const TYPES: Record<string, (x: number, precision: number) => string> = {
	d: (x) =>
		Math.abs((x = Math.round(x))) >= 1e21
			? x.toLocaleString('en').replace(/,/g, '')
			: x.toString(10),
	f: (x, p) => x.toFixed(p),
	g: (x, p) => x.toPrecision(p),
	'%': (x, p) => (x * 100).toFixed(p)
};

/** Removes the insignificant zeros of a decimal: 1.2300 → 1.23, 2.000 → 2, 1.0e-7 → 1e-7. */
function trimZeros(s: string): string {
	let start = -1;
	let end = -1;
	for (let i = 1; i < s.length; i++) {
		const c = s[i];
		if (c === '.') start = end = i;
		else if (c === '0') {
			if (start === 0) start = i;
			end = i;
		} else if (!+c) break;
		else if (start > 0) start = 0;
	}
	return start > 0 ? s.slice(0, start) + s.slice(end + 1) : s;
}

/** Groups an integer's digits by three from the right. */
function group(digits: string, thousands: string): string {
	const parts: string[] = [];
	for (let i = digits.length; i > 0; i -= 3) parts.unshift(digits.slice(Math.max(0, i - 3), i));
	return parts.join(thousands);
}

/** A formatter for `specifier` with `symbols`; throws on a specifier outside the supported part. */
export function numberFormat(
	specifier: string,
	symbols: NumberSymbols = { decimal: '.', thousands: ',', minus: '−' }
): (value: number) => string {
	const match = SPECIFIER.exec(specifier);
	if (!match) throw new Error(`Unsupported number format “${specifier}”`);
	const [, sign = '-', comma, digits, tilde, given] = match;
	// No type: the shortest of fixed and exponent notation with 12 significant digits (as d3).
	const type = given ?? 'g';
	const trim = Boolean(tilde) || !given;
	const precision =
		digits === undefined
			? given
				? 6
				: 12
			: type === 'g'
				? Math.max(1, Math.min(21, +digits))
				: Math.max(0, Math.min(20, +digits));
	const write = TYPES[type];
	const suffix = type === '%' ? '%' : '';
	return (input) => {
		const value = +input;
		let negative = value < 0 || 1 / value < 0;
		let text = Number.isNaN(value) ? 'NaN' : write(Math.abs(value), precision);
		if (trim) text = trimZeros(text);
		// A negative value that rounds to zero loses its sign, unless a sign is always shown.
		if (negative && +text === 0 && sign !== '+') negative = false;
		const prefix = negative ? symbols.minus : sign === '+' ? '+' : '';
		// The integer part is grouped; what follows it (decimals, exponent) is not.
		let i = 0;
		while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
		const rest = text[i] === '.' ? symbols.decimal + text.slice(i + 1) : text.slice(i);
		const integer = comma ? group(text.slice(0, i), symbols.thousands) : text.slice(0, i);
		return prefix + integer + rest + suffix;
	};
}

const locales = new Map<Locale, NumberLocale>();

/** The formatters of a language: its decimal and group separators (from the platform's Intl). */
export function numberLocale(locale: Locale): NumberLocale {
	let found = locales.get(locale);
	if (!found) {
		const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
		const part = (type: string, fallback: string) =>
			parts.find((p) => p.type === type)?.value ?? fallback;
		const symbols = { decimal: part('decimal', '.'), thousands: part('group', ','), minus: '−' };
		found = { format: (specifier) => numberFormat(specifier, symbols) };
		locales.set(locale, found);
	}
	return found;
}
