import type { TrendView } from '$lib/domain/trend-view';
import { numberLocale, type Locale } from '$lib/i18n';
import { formatChange, formatValue } from './format';

/**
 * A value as a trend chart's view shows it: the indicator's own, a signed change (+0.0698), or
 * points of 100 (112.5). A module of its own, so that only the pages with trend views carry it.
 */
export function formatSeen(
	value: number | null | undefined,
	view: TrendView,
	unit = 'index',
	locale: Locale = 'en'
): string {
	if (view === 'value' || typeof value !== 'number') return formatValue(value, unit, locale);
	return view === 'change'
		? formatChange(value, locale)
		: numberLocale(locale).format('.1f')(value);
}
