import {
	baselineOf,
	viewDomain,
	viewPoints,
	type TrendView,
	type ViewChoice
} from '$lib/domain/trend-view';
import type { Locale } from '$lib/i18n/locales';
import { viewCaption } from '$lib/server/trend-explore';
import type { TrendChart } from './compare';

/** A comparison's chart through a view, with the edition it is measured from and its caption. */
export type SeenChart = TrendChart & {
	view: TrendView;
	/** The edition every line is measured from (null for the values). */
	base: number | null;
	/** What the title adds ("change since 2012"), in the page's language; empty for the values. */
	caption: string;
};

/**
 * The comparison's charts through the view: every line of an indicator's chart (the countries
 * and the averages) measured from the same edition — the one asked for, or the next where the
 * reference country (the focus country when it is selected and has values, else the first that
 * has) has a value. The rank is always shown as it is: a change of places reads well, an index
 * of a rank does not.
 */
export function seeCharts(
	charts: readonly TrendChart[],
	choice: ViewChoice,
	focus: string | null,
	locale: Locale
): SeenChart[] {
	return charts.map((chart) => {
		if (choice.view === 'value' || chart.code === 'RANK')
			return { ...chart, view: 'value', base: null, caption: '' };
		const valued = chart.series.filter((s) => s.points.some((p) => p.y !== null));
		const reference = valued.find((s) => s.key === focus) ?? valued[0];
		const points = reference?.points ?? [];
		const base = baselineOf(points, choice.since) ?? baselineOf(points, null);
		const series = chart.series.map((s) => ({
			...s,
			points: viewPoints(s.points, choice.view, base)
		}));
		return {
			...chart,
			view: choice.view,
			base,
			caption: viewCaption(choice.view, base, locale),
			years: base === null ? [] : chart.years.filter((year) => year >= base),
			series,
			yDomain: viewDomain(
				series.map((s) => s.points),
				choice.view,
				chart.yDomain
			)
		};
	});
}
