import { MAX_NAME_LENGTH, type CountryMatcher, type CountryName } from '$lib/domain/country-names';
import { DEFAULT_LOCALE, type Locale } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';

/**
 * The most countries one comparison shows: a whole ASEAN (11 members since October 2025) and one
 * more, a neighbour or a model. Twelve lines still read with the page's legend (`seriesStyles`
 * gives each its own colour, dash and marker; two of one colour share neither); the latest bars,
 * twelve and the averages per component, are about as tall as a phone's screen.
 */
export const MAX_COUNTRIES = 12;

/**
 * The most countries of the comparison shown when nobody has chosen: eight, each line labelled at
 * its end, light to load; the whole peer group is one link away ("ASEAN: all 11 members").
 */
export const DEFAULT_COUNTRIES = 8;

/** Something the reader should know about the selection, with an optional "did you mean …?". */
export interface Notice {
	text: string;
	suggestion?: CountryName;
}

export interface Selection {
	/** Known ISO3 codes in the order asked, without duplicates, at most `MAX_COUNTRIES`. */
	codes: string[];
	notices: Notice[];
}

/** What the reader typed, quoted as the language quotes (“…” or «…»). */
const quoteList = (items: string[], locale: Locale) =>
	items.map((text) => translate(locale, 'compare.quote', { text })).join(', ');

/**
 * Reads the `countries` parameter: ISO3 codes or names, comma-separated, any case. Unknown
 * entries and those past the limit are left out with a notice (in `locale`); duplicates are
 * dropped silently.
 */
export function parseSelection(
	param: string,
	matcher: CountryMatcher,
	locale: Locale = DEFAULT_LOCALE
): Selection {
	const codes: string[] = [];
	const unknown: string[] = [];
	const over: string[] = [];
	for (const entry of param.split(',')) {
		const text = entry.trim();
		if (!text) continue;
		const iso3 = matcher.resolve(text);
		if (!iso3) unknown.push(text);
		else if (codes.includes(iso3) || over.includes(iso3)) continue;
		else if (codes.length < MAX_COUNTRIES) codes.push(iso3);
		else over.push(iso3);
	}
	const notices: Notice[] = [];
	if (unknown.length) {
		notices.push({
			text: translate(
				locale,
				unknown.length === 1 ? 'compare.notice.unknown_one' : 'compare.notice.unknown_other',
				{ entries: quoteList(unknown, locale) }
			)
		});
	}
	if (over.length) {
		const names = over.map((c) => matcher.nameOf(c) ?? c).join(', ');
		notices.push({
			text: translate(locale, 'compare.notice.over', { max: MAX_COUNTRIES, names })
		});
	}
	return { codes, notices };
}

export type AddResult = { codes: string[]; notice: null } | { codes: null; notice: Notice };

/**
 * Adds the country the picker named (an ISO3 code or a name) to the selection. Returns the new
 * selection, or why nothing was added (unknown name, with the closest match, or a full list).
 */
export function addCountry(
	codes: string[],
	text: string,
	matcher: CountryMatcher,
	locale: Locale = DEFAULT_LOCALE
): AddResult {
	const asked = text.trim();
	if (!asked) return { codes, notice: null };
	const iso3 = matcher.resolve(asked);
	if (!iso3) {
		const suggestion = matcher.closest(asked) ?? undefined;
		return {
			codes: null,
			notice: {
				text: translate(locale, 'compare.notice.noMatch', {
					asked: quoteList([asked.slice(0, MAX_NAME_LENGTH)], locale)
				}),
				suggestion
			}
		};
	}
	if (codes.includes(iso3)) return { codes, notice: null };
	if (codes.length >= MAX_COUNTRIES) {
		return {
			codes: null,
			notice: {
				text: translate(locale, 'compare.notice.full', {
					max: MAX_COUNTRIES,
					name: matcher.nameOf(iso3) ?? iso3
				})
			}
		};
	}
	return { codes: [...codes, iso3], notice: null };
}

/**
 * The URL of the comparison of `codes` with the group `averages` asked for and the trend charts'
 * view (`view`, `since`: see `$lib/domain/trend-view`); the empty list keeps the parameter, to
 * mean "none".
 */
export function compareHref(
	codes: readonly string[],
	averages: readonly string[] = [],
	view: Record<string, string> = {}
): string {
	const avg = averages.map((code) => `&avg=${encodeURIComponent(code)}`).join('');
	const rest = Object.entries(view)
		.map(([key, value]) => `&${key}=${encodeURIComponent(value)}`)
		.join('');
	return `/compare?countries=${codes.join(',')}${avg}${rest}`;
}
