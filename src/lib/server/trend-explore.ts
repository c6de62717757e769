import { TREND_VIEWS, type TrendView, type ViewWords } from '$lib/domain/trend-view';
import { localizePath, type Locale } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';

/**
 * What the trend charts' controls say, written by the server in the page's language (the
 * `served` group), so that the controls cost the page no catalogue JavaScript.
 */
export function viewWords(locale: Locale): ViewWords {
	const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
	return {
		view: t('served.trend.view'),
		views: Object.fromEntries(TREND_VIEWS.map((v) => [v, t(`served.trend.view.${v}`)])) as Record<
			TrendView,
			string
		>,
		since: t('served.trend.since'),
		apply: t('served.trend.apply')
	};
}

/**
 * What a chart title adds for the view: nothing for the values, "change since 2012" or
 * "index, 2012 = 100" otherwise.
 */
export function viewCaption(view: TrendView, base: number | null, locale: Locale): string {
	if (view === 'value' || base === null) return '';
	return translate(locale, `served.trend.caption.${view}`, { year: base });
}

/**
 * The address of a page's state: `path` with its query parameters (the empty ones left out),
 * in the page's language.
 */
export function stateHref(
	path: string,
	params: Record<string, string | readonly string[] | undefined>,
	locale: Locale
): string {
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(params)) {
		for (const v of typeof value === 'string' ? [value] : (value ?? []))
			if (v) query.append(key, v);
	}
	const text = query.toString().replaceAll('%2C', ',');
	return localizePath(text ? `${path}?${text}` : path, locale);
}
