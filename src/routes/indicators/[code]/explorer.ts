import { scaleQuantize } from 'd3-scale';
import { MAP_COLOURS } from '$lib/charts/palette';
import { levelGroup } from '$lib/domain/levels';
import { rankValues } from '$lib/domain/ranking';
import { matchesSearch, searchKey } from '$lib/domain/country-names';
import { groupsInEdition } from '$lib/domain/groups';
import { levelGroupName } from '$lib/i18n/terms';
import { regionName } from '$lib/i18n/places';
import type { Locale } from '$lib/i18n/locales';
import type { CountryWithGroups } from '$lib/server/db/countries';
import type { ObservationRow } from '$lib/server/db/observations';
import type { Indicator } from '$lib/server/db/schema';

export const SORTS = ['rank', 'name', 'value', 'change', 'region'] as const;
export type Sort = (typeof SORTS)[number];

export interface ExplorerView {
	year: number;
	from: number | null;
	region: string;
	income: string;
	group: string;
	q: string;
	sort: Sort;
	dir: 'asc' | 'desc';
	focus: string;
}

export interface ExplorerRow {
	iso3: string;
	isoNumeric: string | null;
	name: string;
	region: string | null;
	subregion: string | null;
	income: string | null;
	value: number | null;
	/** The published rank for the EGDI; computed from the values for other indicators. */
	rank: number | null;
	previous: number | null;
	change: number | null;
	/** In the page's language: the level group for the EGDI, the map class's range otherwise. */
	legend: string | null;
	/** The map class's colour (a theme variable); null when not assessed. */
	fill: string | null;
}

/** Income groups, richest first, as the filter offers them. */
const INCOMES = ['High', 'Upper-Middle', 'Lower-Middle', 'Low'];

/** The filters' choices, by their stored (English) values: regions and income groups in use. */
export function filterChoices(countries: readonly CountryWithGroups[]) {
	return {
		regions: [...new Set(countries.map((c) => c.region).filter((r) => r !== null))].sort(),
		incomes: INCOMES.filter((i) => countries.some((c) => c.incomeGroup === i))
	};
}

/**
 * The view a URL's query asks for, each value checked against what exists: the edition (the
 * latest by default) and the one compared with (the one before by default), the filters, the
 * search, the sort. Null when the indicator has no edition at all.
 */
export function readView(
	q: URLSearchParams,
	years: readonly number[],
	choices: { regions: readonly string[]; incomes: readonly string[]; groups: readonly string[] },
	focus: string
): ExplorerView | null {
	const asYear = (name: string) => {
		const y = Number(q.get(name));
		return years.includes(y) ? y : null;
	};
	const year = asYear('year') ?? years[0] ?? null;
	if (year === null) return null;
	const defaultFrom = years.find((y) => y < year) ?? null;
	const sort = (SORTS as readonly string[]).includes(q.get('sort') ?? '')
		? (q.get('sort') as Sort)
		: 'rank';
	const pick = (name: string, allowed: readonly string[]) => {
		const v = q.get(name) ?? '';
		return allowed.includes(v) ? v : '';
	};
	return {
		year,
		from: asYear('from') ?? defaultFrom,
		region: pick('region', choices.regions),
		income: pick('income', choices.incomes),
		group: pick('group', choices.groups),
		q: q.get('q')?.slice(0, 60) ?? '',
		sort,
		dir:
			q.get('dir') === 'desc'
				? 'desc'
				: q.get('dir') === 'asc'
					? 'asc'
					: sort === 'value' || sort === 'change'
						? 'desc'
						: 'asc',
		focus
	};
}

/** Bounds of legend classes with two decimals, as the language writes them (0.25 / 0,25). */
type Bound = (value: number) => string;

export interface MapClass {
	/** "0.40–0.50": from its lower bound (included) to the next class's. */
	label: string;
	min: number;
	max: number;
	colour: string;
}

/**
 * The map's classes: as many equal steps of the indicator's range (0–1 for the UN indices) as
 * the palette has colours, lowest first — ten steps of 0.1, so the EGDI's level-group boundaries
 * (0.25, 0.75) fall inside a class, not between two: the level group is in the tooltip and
 * the table.
 */
export function mapClasses(indicator: Indicator, bound: Bound): MapClass[] {
	const scale = mapScale(indicator);
	const edges = [indicator.minValue ?? 0, ...scale.thresholds(), indicator.maxValue ?? 1];
	return MAP_COLOURS.map((colour, i) => ({
		label: `${bound(edges[i])}–${bound(edges[i + 1])}`,
		min: edges[i],
		max: edges[i + 1],
		colour
	}));
}

/** Value → class number: a value on a boundary goes up (0.3 is in 0.30–0.40), outliers to the ends. */
const mapScale = (indicator: Indicator) =>
	scaleQuantize<number>()
		.domain([indicator.minValue ?? 0, indicator.maxValue ?? 1])
		.range(MAP_COLOURS.map((_, i) => i));

/** The legend of the map: its classes, lowest first. */
export function legendOf(indicator: Indicator, bound: Bound) {
	return mapClasses(indicator, bound).map((c) => ({ label: c.label, colour: c.colour }));
}

/**
 * The map in every edition the indicator has, oldest first: the same view (focus, filters,
 * sort, search) in that edition, as a query and a link that lands on the map. The anchor is
 * the map's ChartFrame id, made from its file name (`EGDI-2024-map`, see ExplorerMap).
 * A compared edition (`from`) is kept only if it comes before.
 */
export function editionLinks(query: URLSearchParams, years: readonly number[], code: string) {
	return [...years]
		.sort((a, b) => a - b)
		.map((year) => {
			const q = new URLSearchParams(query);
			q.set('year', String(year));
			if (q.has('from') && !(Number(q.get('from')) < year)) q.delete('from');
			const anchor = `chart-${code}-${year}-map`.replace(/[^A-Za-z0-9-]/g, '-');
			return { year, query: `?${q}`, href: `?${q}#${anchor}` };
		});
}

/**
 * Every country's value in `view.year` (and `view.from`), with its rank, change and map colour.
 * `values` are the indicator's rows of those editions (others are ignored).
 */
export function explorerRows(
	indicator: Indicator,
	countries: readonly CountryWithGroups[],
	view: Pick<ExplorerView, 'year' | 'from'>,
	values: readonly ObservationRow[],
	locale: Locale,
	bound: Bound
): ExplorerRow[] {
	const of = (year: number | null) =>
		new Map(
			values
				.filter((o) => o.indicator === indicator.code && o.year === year)
				.map((o) => [o.country, o])
		);
	const at = of(view.year);
	const before = of(view.from);
	const classes = mapClasses(indicator, bound);
	const classOf = mapScale(indicator);
	const shown = countries.map((c) => at.get(c.iso3)?.value ?? null);
	const computed = rankValues(shown, indicator.higherIsBetter);
	return countries.map((c, i) => {
		const o = at.get(c.iso3);
		const value = shown[i];
		const previous = before.get(c.iso3)?.value ?? null;
		const group = levelGroup(value);
		const mapClass = value === null ? null : classes[classOf(value)];
		const legend =
			indicator.code === 'EGDI'
				? group && levelGroupName(group, locale)
				: (mapClass?.label ?? null);
		return {
			iso3: c.iso3,
			isoNumeric: c.isoNumeric,
			name: c.name,
			region: c.region,
			subregion: c.subregion,
			income: c.incomeGroup,
			value,
			rank: indicator.code === 'EGDI' ? (o?.rank ?? null) : computed[i],
			previous,
			// Rounded past the data's own precision (5 decimals), without the float noise of the
			// subtraction (0.5754 − 0.5056 = 0.06979999999999997) in the page's data.
			change:
				value !== null && previous !== null ? Math.round((value - previous) * 1e7) / 1e7 : null,
			legend,
			fill: mapClass?.colour ?? null
		};
	});
}

/**
 * The table's rows: filtered by region, income group, country group (its members in the view's
 * edition: the LDCs of 2022 include Bhutan, those of 2024 do not) and name — the name shown,
 * the UN name or any alias the import knows (`aliases`: "Vietnam", "Laos", "Burma"), so that
 * "viet" also finds Viet Nam on a Khmer page; sorted.
 */
export function tableRows(
	rows: readonly ExplorerRow[],
	countries: ReadonlyMap<string, CountryWithGroups>,
	view: ExplorerView,
	locale: Locale = 'en',
	aliases: ReadonlyMap<string, readonly string[]> = new Map()
): ExplorerRow[] {
	const named = (r: ExplorerRow) =>
		matchesSearch(
			view.q,
			[r.name, countries.get(r.iso3)?.name ?? '', ...(aliases.get(r.iso3) ?? [])].map(searchKey),
			r.iso3
		);
	const inGroup = (r: ExplorerRow) => {
		const c = countries.get(r.iso3);
		return !!c && groupsInEdition(c.memberships, view.year).includes(view.group);
	};
	const filtered = rows.filter(
		(r) =>
			(!view.region || r.region === view.region) &&
			(!view.income || r.income === view.income) &&
			(!view.group || inGroup(r)) &&
			(!view.q.trim() || named(r))
	);
	const collator = new Intl.Collator(locale);
	const byName = (a: ExplorerRow, b: ExplorerRow) => collator.compare(a.name, b.name);
	const key: Record<Sort, (r: ExplorerRow) => number | string | null> = {
		rank: (r) => r.rank,
		name: (r) => r.name,
		value: (r) => r.value,
		change: (r) => r.change,
		region: (r) => `${regionName(r.region ?? '', locale)} ${regionName(r.subregion ?? '', locale)}`
	};
	const sign = view.dir === 'desc' ? -1 : 1;
	return [...filtered].sort((a, b) => {
		const x = key[view.sort](a);
		const y = key[view.sort](b);
		// Missing values go last whatever the direction.
		if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
		const order = typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number);
		return order * sign || byName(a, b);
	});
}
