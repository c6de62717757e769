import { BAND_COLOURS, LEVEL_COLOURS } from '$lib/charts/palette';
import { LEVEL_GROUPS, levelGroup } from '$lib/domain/levels';
import { bandOf, rankValues, valueBands } from '$lib/domain/ranking';
import type { CountryWithGroups } from '$lib/server/db/countries';
import type { Indicator } from '$lib/server/db/schema';
import { findObservations } from '$lib/server/db/observations';

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
	/** Legend class: the level group for the EGDI, a value band otherwise. */
	legend: string | null;
	fill: string | null;
}

/** The legend of the map: level groups for the EGDI, four equal bands of the range otherwise. */
export function legendOf(indicator: Indicator) {
	if (indicator.code === 'EGDI') {
		return LEVEL_GROUPS.map((g) => ({
			label: `${g.group} (${g.min.toFixed(2)}–${g.max.toFixed(2)})`,
			key: g.group,
			colour: LEVEL_COLOURS[g.group]
		})).reverse();
	}
	return valueBands(indicator.minValue ?? 0, indicator.maxValue ?? 1)
		.map((b, i) => ({ label: b.label, key: b.label, colour: BAND_COLOURS[i] }))
		.reverse();
}

/** Every country's value in `view.year` (and `view.from`), with its rank, change and map colour. */
export function explorerRows(
	indicator: Indicator,
	countries: readonly CountryWithGroups[],
	view: Pick<ExplorerView, 'year' | 'from'>
): ExplorerRow[] {
	const at = new Map(
		findObservations({ indicator: indicator.code, year: view.year }).map((o) => [o.country, o])
	);
	const before =
		view.from === null
			? new Map()
			: new Map(
					findObservations({ indicator: indicator.code, year: view.from }).map((o) => [
						o.country,
						o
					])
				);
	const bands = valueBands(indicator.minValue ?? 0, indicator.maxValue ?? 1);
	const values = countries.map((c) => at.get(c.iso3)?.value ?? null);
	const computed = rankValues(values, indicator.higherIsBetter);
	return countries.map((c, i) => {
		const o = at.get(c.iso3);
		const value = values[i];
		const previous = before.get(c.iso3)?.value ?? null;
		const legend =
			indicator.code === 'EGDI' ? levelGroup(value) : (bandOf(bands, value)?.label ?? null);
		const band = bandOf(bands, value);
		const fill =
			indicator.code === 'EGDI'
				? legend && LEVEL_COLOURS[legend]
				: band && BAND_COLOURS[bands.indexOf(band)];
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
			change: value !== null && previous !== null ? value - previous : null,
			legend,
			fill: fill ?? null
		};
	});
}

/** The table's rows: filtered by region, income group, custom group and name; sorted. */
export function tableRows(
	rows: readonly ExplorerRow[],
	countries: ReadonlyMap<string, CountryWithGroups>,
	view: ExplorerView
): ExplorerRow[] {
	const q = view.q.trim().toLowerCase();
	const filtered = rows.filter(
		(r) =>
			(!view.region || r.region === view.region) &&
			(!view.income || r.income === view.income) &&
			(!view.group || countries.get(r.iso3)?.groups.includes(view.group)) &&
			(!q || r.name.toLowerCase().includes(q) || r.iso3.toLowerCase() === q)
	);
	const key: Record<Sort, (r: ExplorerRow) => number | string | null> = {
		rank: (r) => r.rank,
		name: (r) => r.name,
		value: (r) => r.value,
		change: (r) => r.change,
		region: (r) => `${r.region ?? ''} ${r.subregion ?? ''}`
	};
	const sign = view.dir === 'desc' ? -1 : 1;
	return [...filtered].sort((a, b) => {
		const x = key[view.sort](a);
		const y = key[view.sort](b);
		// Missing values go last whatever the direction.
		if (x === null || y === null)
			return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
		const order = typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number);
		return order * sign || a.name.localeCompare(b.name);
	});
}
