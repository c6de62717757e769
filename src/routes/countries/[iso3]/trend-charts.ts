import type { Shape } from '$lib/charts/palette';
import { formatSeen } from '$lib/charts/format-seen';
import type { TrendView } from '$lib/domain/trend-view';
import type { Locale } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';
import { ADDED, COUNTRY, REGION, WORLD } from './colours';
import type { shapeProfile } from './profile';

type Profile = ReturnType<typeof shapeProfile>;
type Point = { x: number; y: number | null };

/** One line of a trend chart, styled: what `LineChart` draws and `Legend` names. */
export interface TrendLine {
	key: string;
	label: string;
	points: Point[];
	colour: string;
	dash?: string;
	shape?: Shape;
	emphasis?: boolean;
}

/**
 * A trend chart of the profile, ready to draw: its lines styled, its words (title, summary, the
 * table's columns and formatted cells) in the page's language. Shaped on the server, so that
 * the page ships no code or catalogue for them; only the axis ticks and the tooltips, which
 * need a function, are formatted in the page (by `view` and `unit`).
 */
export interface TrendChartSpec {
	/** The indicator's code, or `RANK`. */
	code: string;
	unit: string;
	view: TrendView;
	title: string;
	summary: string;
	/** The SVG's accessible name. */
	svgTitle: string;
	/** A point's tooltip, with `{name}`, `{year}` and `{value}` to fill in. */
	point: string;
	lines: TrendLine[];
	/** The legend's entries, the profile's country first. */
	legend: Omit<TrendLine, 'key' | 'points' | 'emphasis'>[];
	domain: [number, number];
	/** Rank charts: rank 1 on top, round ticks. */
	invert?: boolean;
	ticks?: number[];
	/** The level no line moves from (0 for a change, 100 for an index), drawn as a reference. */
	origin: number | null;
	columns: { key: string; label: string; numeric?: boolean }[];
	rows: Record<string, string | number | null>[];
	fileName: string;
	subject: string;
	/** The editions shown, its data date ("2003–2024"). */
	edition: string;
}

const span = (points: readonly Point[]) =>
	points.length ? `${points[0].x}–${points.at(-1)!.x}` : '';

/**
 * The profile's trend charts: each indicator's (the country, the countries added, its region's
 * and the world's means, through the view), then the EGDI rank's (the country and those added).
 */
export function trendCharts(
	p: Profile,
	names: { country: string; iso3: string; region: string },
	locale: Locale
): TrendChartSpec[] {
	const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
		translate(locale, key, params);
	const { country, region } = names;
	const regionMean = t('served.profile.mean', { area: region });
	const worldMean = t('served.profile.worldMean');
	const edition = t('served.profile.edition');
	const added = (lines: { iso3: string; name: string; points: Point[] }[]): TrendLine[] =>
		lines.map((o, i) => ({ key: o.iso3, label: o.name, points: o.points, ...ADDED[i] }));
	// Named (legend, table) in the order shown: the country, those added, the means. Drawn the
	// other way round, so that the country is on top.
	const spec = (shown: TrendLine[], format: (v: number | null) => string | number | null) => ({
		lines: [...shown].reverse(),
		legend: shown.map(({ label, colour, dash, shape }) => ({ label, colour, dash, shape })),
		columns: [
			{ key: 'year', label: edition },
			...shown.map((l) => ({ key: l.key, label: l.label, numeric: true }))
		],
		rows: shown[0].points.map((pt, i) =>
			Object.fromEntries([
				['year', pt.x],
				...shown.map((l) => [l.key, format(l.points[i]?.y ?? null)])
			])
		)
	});
	const others = p.charts[0]?.others ?? p.rankOthers;
	const subject = [country, ...others.map((o) => o.name)].join(', ');

	const indicators = p.charts.map((chart): TrendChartSpec => {
		const shown: TrendLine[] = [
			{ key: 'country', label: country, points: chart.country, colour: COUNTRY, emphasis: true },
			...added(chart.others),
			{
				key: 'region',
				label: regionMean,
				points: chart.region,
				colour: REGION,
				dash: '6 3',
				shape: 'triangle'
			},
			{
				key: 'world',
				label: worldMean,
				points: chart.world,
				colour: WORLD,
				dash: '2 3',
				shape: 'square'
			}
		];
		return {
			code: chart.code,
			unit: chart.unit,
			view: chart.view,
			title: `${chart.name} (${chart.code})${chart.caption ? ` — ${chart.caption}` : ''}`,
			summary: t('served.profile.chart.summary', { country, code: chart.code, region }),
			svgTitle: t('served.profile.chart.line', { code: chart.code, country, region }),
			point: '{name} {year}: {value}',
			...spec(shown, (v) => formatSeen(v, chart.view, chart.unit, locale)),
			domain: chart.domain,
			origin: chart.view === 'change' ? 0 : chart.view === 'index' ? 100 : null,
			fileName:
				`${names.iso3}-${chart.code}` +
				(chart.view === 'value' ? '' : `-${chart.view}-${chart.base}`),
			subject,
			edition: span(chart.country)
		};
	});

	const rankShown: TrendLine[] = [
		{ key: 'rank', label: country, points: p.rankHistory, colour: COUNTRY, emphasis: true },
		...added(p.rankOthers)
	];
	const rank: TrendChartSpec = {
		code: 'RANK',
		unit: 'rank',
		view: 'value',
		title: t('term.rank.name'),
		summary: t('served.profile.rank.summary', { country }),
		svgTitle: t('served.profile.rank.chart', { country }),
		point: `{name} ${t('served.profile.rank.describe', { year: '{year}', rank: '{value}' })}`,
		...spec(rankShown, (v) => v),
		domain: [1, 193],
		invert: true,
		ticks: [1, 50, 100, 150, 193],
		origin: null,
		fileName: `${names.iso3}-rank`,
		subject,
		edition: span(p.rankHistory)
	};
	return [...indicators, rank];
}
