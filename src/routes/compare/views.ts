import {
	baselineOf,
	viewDomain,
	viewPoints,
	type TrendView,
	type ViewChoice
} from '$lib/domain/trend-view';
import { formatValue } from '$lib/charts/format';
import type { Locale } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';
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
		const base =
			baselineOf(points, choice.since, choice.view) ?? baselineOf(points, null, choice.view);
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

/** What a comparison's chart says, written by the server in the page's language. */
export interface ChartWords {
	title: string;
	/** The text summary for screen readers: the editions, who was best and worst last. */
	summary: string;
	/** The SVG's accessible name. */
	svgTitle: string;
	/** The table's first column. */
	edition: string;
}

/**
 * The words of a comparison's chart: its title (with the view), its summary (the latest
 * values as they are, whatever the view) and its SVG's name, `names` naming the lines' keys.
 */
export function chartWords(
	chart: SeenChart,
	names: Record<string, string>,
	locale: Locale
): ChartWords {
	const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
		translate(locale, key, params);
	const isRank = chart.unit === 'rank';
	const place = (v: number) =>
		isRank ? t('compare.trend.rank', { rank: v }) : formatValue(v, chart.unit, locale);
	const years = `${chart.years[0] ?? ''}–${chart.years.at(-1) ?? ''}`;
	const head = isRank
		? t('served.compare.trend.rankSummary', { years })
		: t('served.compare.trend.summary', { name: chart.name, years });
	const l = chart.latest;
	const standing = !l
		? ''
		: l.best.name === l.worst.name
			? t('served.compare.trend.single', {
					year: l.year,
					name: l.best.name,
					value: place(l.best.value)
				})
			: t(isRank ? 'served.compare.trend.bestWorstRank' : 'served.compare.trend.bestWorst', {
					year: l.year,
					best: l.best.name,
					bestValue: place(l.best.value),
					worst: l.worst.name,
					worstValue: place(l.worst.value)
				});
	const title = isRank
		? t('served.compare.trend.rankTitle', { rank: t('term.rank.name') })
		: `${chart.name} (${chart.code})${chart.caption ? ` — ${chart.caption}` : ''}`;
	return {
		title,
		summary: [head, standing, t('served.compare.trend.gaps')].filter(Boolean).join(' '),
		svgTitle: t('served.compare.trend.svgTitle', {
			title,
			names: chart.series.map((s) => names[s.key] ?? s.key).join(', ')
		}),
		edition: t('served.compare.trend.edition')
	};
}
