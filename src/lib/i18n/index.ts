import { page } from '$app/state';
import { DEFAULT_LOCALE, isLocale, localizePath, type Locale } from './locales';
import type { MessageKey } from './messages';
import { translate, type Message, type Params } from './translate';

export * from './locales';
export { numberLocale, type NumberLocale } from './numbers';
export type { MessageKey } from './messages';
export { translate, type Message, type Params } from './translate';

/**
 * The language of the page being shown (from the root layout's data). Only during rendering or
 * in event handlers: server code is given the language by `locals.locale`.
 */
export function currentLocale(): Locale {
	const locale = page.data?.locale;
	return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** A message in the page's language: from a key and parameters, or a `Message` from the server. */
export function t(key: MessageKey | Message, params?: Params): string {
	return translate(currentLocale(), key, params);
}

/** `key_one` or `key_other` by the language's plural rules for `count` (given as `{count}`). */
export function tn(key: string, count: number, params?: Params, locale = currentLocale()): string {
	// Khmer and Indonesian do not inflect for number; English's rule is in every browser.
	const form =
		locale === 'en' && new Intl.PluralRules('en').select(count) === 'one' ? 'one' : 'other';
	return translate(locale, `${key}_${form}` as MessageKey, {
		count: formatNumber(count, locale),
		...params
	});
}

/** An internal address in the page's language (see `localizePath`). */
export function href(path: string): string {
	return localizePath(path, currentLocale());
}

/** A whole or decimal number as the language writes it (1,234.5 / 1.234,5). */
export function formatNumber(value: number, locale = currentLocale(), digits = 0): string {
	return new Intl.NumberFormat(locale, {
		maximumFractionDigits: digits,
		minimumFractionDigits: digits
	}).format(value);
}

/** A date (an ISO date or a Date) as the language writes it: 27 November 2026. */
export function formatDate(
	value: string | Date,
	locale = currentLocale(),
	style: 'long' | 'medium' | 'month' = 'long'
): string {
	const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
	if (Number.isNaN(date.getTime())) return String(value);
	// Browsers do not all carry Khmer calendar data (Debian's Chromium has none), so Khmer dates
	// are written here: the same on the server and in the browser.
	if (locale === 'km') {
		const month = KHMER_MONTHS[date.getUTCMonth()];
		const year = date.getUTCFullYear();
		return style === 'month' ? `${month} ${year}` : `${date.getUTCDate()} ${month} ${year}`;
	}
	const options: Intl.DateTimeFormatOptions =
		style === 'month'
			? { year: 'numeric', month: 'long', timeZone: 'UTC' }
			: { dateStyle: style, timeZone: 'UTC' };
	return new Intl.DateTimeFormat(locale, options).format(date);
}

const KHMER_MONTHS = [
	'មករា',
	'កុម្ភៈ',
	'មីនា',
	'មេសា',
	'ឧសភា',
	'មិថុនា',
	'កក្កដា',
	'សីហា',
	'កញ្ញា',
	'តុលា',
	'វិច្ឆិកា',
	'ធ្នូ'
];
