import { currentLocale, DEFAULT_LOCALE, translate, type Locale } from '$lib/i18n';

/**
 * The language a chart writes in: the one it is given, else the page's. Rendered outside a
 * SvelteKit page (the snapshot tests render components alone), there is no page to ask and the
 * chart writes English. Call it while the component initialises.
 */
export function chartLocale(given?: Locale): Locale {
	if (given) return given;
	try {
		return currentLocale();
	} catch {
		return DEFAULT_LOCALE;
	}
}

/**
 * The source line of every exported chart (CSV, SVG, PNG) and of embedded views, with the
 * editions the chart shows (its data date) when given.
 */
export function sourceLine(locale: Locale, edition?: string | number): string {
	const survey = translate(locale, 'charts.source.survey');
	const dated = edition === undefined || edition === '' ? survey : `${survey} (${edition})`;
	return `${dated} · ${translate(locale, 'charts.source.dashboard')}`;
}
