import { UN_INDICATOR_CODES } from '$lib/domain/indicators';
import { AVERAGE_COLOURS, seriesStyles, type Shape } from '$lib/charts/palette';
import { indicatorName } from '$lib/i18n/terms';
import type { Locale } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';
import type { ObservationRow } from '$lib/server/db/observations';
import type { Indicator } from '$lib/server/db/schema';
import { countryName } from '$lib/server/i18n';
import { aggregate, type AggregateBy } from '$lib/server/aggregates';
import type { CountryWithGroups } from '$lib/server/db/countries';
import { groupName, regionName } from '$lib/i18n/places';

/** A selected country with the series style of its position, the same in every chart. */
export interface ComparedCountry {
	iso3: string;
	name: string;
	colour: string;
	dash: string;
	shape: Shape;
}

/** One line per country over an indicator's editions, ready for `LineChart`. */
export interface TrendChart {
	/** The indicator's code, or `RANK` for the EGDI rank. */
	code: string;
	/** In the page's language (a national KPI's as entered). */
	name: string;
	/** `index (0–1)`, `rank`, or a national KPI's unit. */
	unit: string;
	higherIsBetter: boolean;
	yDomain: [number, number];
	/** Low values on top (ranks). */
	invert: boolean;
	/** Editions that hold a value of the indicator for any country, oldest first. */
	years: number[];
	/** Lines keyed and labelled by ISO3; null points are editions without a value (gaps). */
	series: {
		key: string;
		label: string;
		colour: string;
		dash: string;
		shape: Shape;
		/** Drawn thicker and on top: a group average, which the grey of a country must not hide. */
		emphasis?: boolean;
		points: { x: number; y: number | null }[];
	}[];
	/** Best and worst of the selection in the latest edition where any has a value. */
	latest: { year: number; best: Standing; worst: Standing } | null;
}

export interface Standing {
	name: string;
	value: number;
}

/** Every indicator's value and the EGDI rank of one country in the latest edition. */
export interface LatestRow extends ComparedCountry {
	values: Record<string, number | null>;
	rank: number | null;
}

/** Who leads the selection on the EGDI, by how much, and who trails. */
export interface Lead {
	/** Names of the leaders (more than one on a tie). */
	leaders: string[];
	egdi: number;
	rank: number | null;
	/** The best of the others, and the leaders' margin over it. */
	next: (Standing & { gap: number }) | null;
	/** The lowest of the selection when there are more than two, and the leaders' margin over it. */
	last: (Standing & { gap: number }) | null;
	/** Selected countries without an EGDI in that edition. */
	missing: string[];
}

/** The EGDI leader of the latest edition among `rows`; null when none has a value. */
export function leadOf(rows: LatestRow[]): Lead | null {
	const assessed = rows
		.map((r) => ({ name: r.name, value: r.values.EGDI, rank: r.rank }))
		.filter((r): r is Standing & { rank: number | null } => typeof r.value === 'number')
		.sort((a, b) => b.value - a.value);
	if (!assessed.length) return null;
	const top = assessed[0];
	const others = assessed.filter((r) => r.value < top.value);
	// Gaps between the values as shown (four decimals), so that the headline's arithmetic checks.
	const asShown = (v: number) => Math.round(v * 1e4) / 1e4;
	const margin = (r: Standing | undefined) =>
		r ? { name: r.name, value: r.value, gap: asShown(top.value) - asShown(r.value) } : null;
	return {
		leaders: assessed.filter((r) => r.value === top.value).map((r) => r.name),
		egdi: top.value,
		rank: top.rank,
		next: margin(others[0]),
		last: others.length > 1 ? margin(others.at(-1)) : null,
		missing: rows.filter((r) => r.values.EGDI === null).map((r) => r.name)
	};
}

const key = (country: string, indicator: string, year: number) => `${country}|${indicator}|${year}`;

/** The best and worst value of the latest edition that has one, by the indicator's direction. */
function latestStanding(
	series: TrendChart['series'],
	selected: ComparedCountry[],
	years: number[],
	higherIsBetter: boolean
): TrendChart['latest'] {
	for (const year of [...years].reverse()) {
		const values = series
			.map((s, i) => ({ name: selected[i].name, value: s.points.find((p) => p.x === year)?.y }))
			.filter((v): v is Standing => typeof v.value === 'number')
			.sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value));
		if (values.length) return { year, best: values[0], worst: values.at(-1)! };
	}
	return null;
}

function trendChart(
	indicator: Omit<TrendChart, 'series' | 'latest' | 'yDomain'> & { range: [number?, number?] },
	selected: ComparedCountry[],
	valueOf: (iso3: string, year: number) => number | null
): TrendChart | null {
	const { range, ...chart } = indicator;
	const series = selected.map((c) => ({
		key: c.iso3,
		label: c.iso3,
		colour: c.colour,
		dash: c.dash,
		shape: c.shape,
		points: chart.years.map((year) => ({ x: year, y: valueOf(c.iso3, year) }))
	}));
	const values = series.flatMap((s) => s.points.map((p) => p.y)).filter((v) => v !== null);
	if (!values.length) return null;
	// A published range holds (out-of-range source values widen it); otherwise the data's extent.
	const low = Math.min(range[0] ?? Infinity, ...values);
	const high = Math.max(range[1] ?? -Infinity, ...values);
	return {
		...chart,
		yDomain: [low, high > low ? high : low + 1],
		series,
		latest: latestStanding(series, selected, chart.years, chart.higherIsBetter)
	};
}

/** The rows a comparison is made of (`comparisonRows` in compare.server.ts loads them). */
export interface ComparisonRows {
	/** Every country's code and UN name. */
	countries: readonly { iso3: string; name: string }[];
	/** Every indicator, in display order. */
	indicators: readonly Indicator[];
	/** Every observation of the selected countries. */
	observations: readonly ObservationRow[];
	/** Each (indicator, year) that holds a row, for any country: the indicators' editions. */
	editions: readonly { indicator: string; year: number }[];
	/** The EGDI rows of the latest EGDI edition (for the number of countries ranked). */
	latestEgdi: readonly ObservationRow[];
}

/** The latest edition with EGDI rows, whose rows `ComparisonRows.latestEgdi` holds. */
export function latestEgdiYear(
	editions: readonly { indicator: string; year: number }[]
): number | undefined {
	return editionYears(editions, 'EGDI').at(-1);
}

/** An indicator's editions, oldest first. */
function editionYears(editions: readonly { indicator: string; year: number }[], code: string) {
	return editions
		.filter((e) => e.indicator === code)
		.map((e) => e.year)
		.sort((a, b) => a - b);
}

/**
 * Everything the compare page shows for the selected countries (ISO3, in selection order), with
 * country and indicator names in `locale`; `focus` (the focus country) is drawn in its own colour.
 */
export function shapeComparison(
	codes: string[],
	rows: ComparisonRows,
	locale: Locale = 'en',
	focus: string | null = null
) {
	const names = new Map(rows.countries.map((c) => [c.iso3, c.name]));
	const countries = codes.map((iso3) => ({
		iso3,
		name: countryName(iso3, locale, names.get(iso3) ?? iso3)
	}));
	const styles = seriesStyles(codes, focus);
	const selected = countries.map((c, i): ComparedCountry => ({ ...c, ...styles[i] }));

	const byKey = new Map<string, ObservationRow>();
	for (const o of rows.observations) byKey.set(key(o.country, o.indicator, o.year), o);
	const value = (iso3: string, indicator: string, year: number) =>
		byKey.get(key(iso3, indicator, year))?.value ?? null;

	const charts: TrendChart[] = [];
	const egdiYears = editionYears(rows.editions, 'EGDI');
	for (const ind of rows.indicators) {
		const chart = trendChart(
			{
				code: ind.code,
				name: indicatorName(ind.code, locale, ind.name),
				unit: ind.unit,
				higherIsBetter: ind.higherIsBetter,
				invert: false,
				years: ind.code === 'EGDI' ? egdiYears : editionYears(rows.editions, ind.code),
				range: [ind.minValue ?? undefined, ind.maxValue ?? undefined]
			},
			selected,
			(iso3, year) => value(iso3, ind.code, year)
		);
		if (chart) charts.push(chart);
		if (ind.code === 'EGDI') {
			const rank = trendChart(
				{
					code: 'RANK',
					name: translate(locale, 'term.rank.name'),
					unit: 'rank',
					higherIsBetter: false,
					invert: true,
					years: egdiYears,
					range: [1, names.size]
				},
				selected,
				(iso3, year) => byKey.get(key(iso3, 'EGDI', year))?.rank ?? null
			);
			if (rank) charts.push(rank);
		}
	}

	const latestYear = egdiYears.at(-1);
	const latestRows = (year: number) =>
		selected.map((c): LatestRow => ({
			...c,
			values: Object.fromEntries(
				UN_INDICATOR_CODES.map((code) => [code, value(c.iso3, code, year)])
			),
			rank: byKey.get(key(c.iso3, 'EGDI', year))?.rank ?? null
		}));
	const latest =
		latestYear === undefined
			? null
			: {
					year: latestYear,
					/** Countries with an EGDI rank in that edition (the N of "rank r of N"). */
					ranked: rows.latestEgdi.filter((o) => o.year === latestYear && o.rank !== null).length,
					/** The EGDI, its components and the EPI of each country, in selection order. */
					rows: latestRows(latestYear),
					lead: leadOf(latestRows(latestYear))
				};

	return { countries: selected, charts, latest };
}

/**
 * The group averages a comparison can show beside the countries, by their `avg` codes: the world,
 * then the user-defined groups (ASEAN …, from the data: `averageChoices`), then the UN's groups.
 */
export const AVERAGES = ['WORLD', 'LDC', 'LLDC', 'SIDS'] as const;
/** `WORLD`, a UN group's code or a user-defined group's (`ASEAN`). */
export type AverageCode = string;

/** Every average one may ask for, with the user-defined groups' codes (`groups`) after the world. */
export function averageChoices(groups: readonly string[]): AverageCode[] {
	const custom = groups.filter((g) => !(AVERAGES as readonly string[]).includes(g));
	return [AVERAGES[0], ...custom, ...AVERAGES.slice(1)];
}

const averageBy = (code: AverageCode): [AggregateBy, string] =>
	code === 'WORLD'
		? ['world', 'World']
		: code === 'LDC' || code === 'LLDC' || code === 'SIDS'
			? [code.toLowerCase() as AggregateBy, code]
			: ['group', code];

/** Grey lines, dotted and dash-dotted, so that an average never passes for a country. */
const AVERAGE_STYLE = [
	{ colour: AVERAGE_COLOURS[0], dash: '1 3' },
	{ colour: AVERAGE_COLOURS[0], dash: '4 2 1 2' },
	{ colour: AVERAGE_COLOURS[1], dash: '1 3' },
	{ colour: AVERAGE_COLOURS[1], dash: '4 2 1 2' }
];

/**
 * The averages asked for in `avg=LDC,WORLD` (any case), those of `choices` only (the built-in
 * ones by default), in the order of `choices`.
 */
export function readAverages(
	text: string | null,
	choices: readonly AverageCode[] = AVERAGES
): AverageCode[] {
	const asked = (text ?? '').toUpperCase().split(',');
	return choices.filter((code) => asked.includes(code.toUpperCase()));
}

/** What the averages are made of: every country with its groups, every observation. */
export interface AverageRows {
	countries: readonly CountryWithGroups[];
	observations: readonly ObservationRow[];
}

/**
 * Adds to each indicator's chart (not the rank's) one line per average asked for: the mean of
 * the group's countries in each edition, with that edition's members (the LDCs of 2022 include
 * Bhutan, those of 2024 do not). Returns the averages' legend, with each average's value of
 * every UN indicator in `latestYear` (the latest bars').
 */
export function addAverages(
	charts: TrendChart[],
	codes: readonly AverageCode[],
	rows: AverageRows,
	locale: Locale,
	latestYear?: number
) {
	const byEdition = new Map<string, ObservationRow[]>();
	for (const o of rows.observations) {
		const key = `${o.indicator}|${o.year}`;
		const list = byEdition.get(key) ?? [];
		list.push(o);
		byEdition.set(key, list);
	}
	const averages = codes.map((code, i) => {
		const [by, group] = averageBy(code);
		return {
			code,
			key: `avg-${code}`,
			/** The line's end label: short, as the countries' ISO3 codes are. */
			short: by === 'world' ? regionName(group, locale) : group,
			label:
				by === 'world'
					? translate(locale, 'compare.average.label', { group: regionName(group, locale) })
					: translate(locale, 'compare.average.label', { group: groupName(group, locale) }),
			...AVERAGE_STYLE[i % AVERAGE_STYLE.length],
			mean: (indicator: string, year: number) =>
				aggregate(byEdition.get(`${indicator}|${year}`) ?? [], rows.countries, by).find(
					(g) => g.group === group
				)?.mean ?? null
		};
	});
	for (const chart of charts) {
		if (chart.code === 'RANK') continue;
		for (const a of averages)
			chart.series.push({
				key: a.key,
				label: a.short,
				colour: a.colour,
				dash: a.dash,
				shape: 'circle',
				emphasis: true,
				points: chart.years.map((x) => ({ x, y: a.mean(chart.code, x) }))
			});
	}
	return averages.map(({ code, key, short, label, colour, dash, mean }) => ({
		code,
		key,
		short,
		label,
		colour,
		dash,
		/** Its value of each UN indicator in the latest edition (null: none, or no year). */
		latest: Object.fromEntries(
			UN_INDICATOR_CODES.map((ind) => [
				ind,
				latestYear === undefined ? null : mean(ind, latestYear)
			])
		)
	}));
}
