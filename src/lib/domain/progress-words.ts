/** An assessment's growth rates in words: apart from `progress.ts`, which says nothing. */
import type { Locale } from '../i18n/locales';
import { numberLocale } from '../i18n/numbers';
import type { Message } from '../i18n/translate';
import type { Assessment } from './progress';

// Same look as formatPercentChange in $lib/charts/format (no space, true minus sign, the
// language's decimal separator); domain code does not import from charts.
const percent = (value: number, locale: Locale) => numberLocale(locale).format('+.1%')(value);

/**
 * "needs +3.1% a year, achieving +1.8%" for an assessment, with the percentages written as
 * `locale` writes them, to be translated by the page; null when either CAGR is null.
 */
export function growthInWords(a: Assessment, locale: Locale): Message | null {
	if (a.requiredCagr === null || a.observedCagr === null) return null;
	return {
		key: 'plans.growth',
		params: {
			required: percent(a.requiredCagr, locale),
			observed: percent(a.observedCagr, locale)
		}
	};
}
