import { group } from 'd3-array';
import { egdiChange, lastTwoEditions } from '$lib/domain/change';
import { UN_INDICATOR_CODES } from '$lib/domain/indicators';
import { levelGroup, rateEdition } from '$lib/domain/levels';
import { DEFAULT_LOCALE, type Locale } from '$lib/i18n/locales';
import { indicatorName } from '$lib/i18n/terms';
import { summaryByYear } from '$lib/server/benchmarks';
import type { CountryWithGroups } from '$lib/server/db/countries';
import type { ObservationRow } from '$lib/server/db/observations';
import type { Indicator } from '$lib/server/db/schema';
import { seriesOver, toEditions } from '$lib/server/editions';
import { countryName } from '$lib/server/i18n';

type Point = { x: number; y: number | null };

/** The rows a profile is made of (`profileRows` in profile.server.ts loads them). */
export interface ProfileRows {
	/** Every country, with its groups. */
	countries: readonly CountryWithGroups[];
	/** Every edition year in the database, oldest first. */
	years: readonly number[];
	/** Every indicator, in display order. */
	indicators: readonly Indicator[];
	/** Every observation: the country's own, and everyone's for the region and world means. */
	observations: readonly ObservationRow[];
}

/**
 * A country's profile: every indicator over every edition beside its region and the world, with
 * indicator and country names in `locale`.
 */
export function shapeProfile(
	country: CountryWithGroups,
	rows: ProfileRows,
	locale: Locale = DEFAULT_LOCALE
) {
	const countries = new Map(rows.countries.map((c) => [c.iso3, c]));
	const { years, indicators } = rows;
	const grouped = group(rows.observations, (o) => o.indicator);
	const byIndicator = new Map(indicators.map((i) => [i.code, grouped.get(i.code) ?? []]));
	const mine = [...byIndicator.values()].flat().filter((o) => o.country === country.iso3);
	const editions = toEditions(mine);
	const [previous, latest] = lastTwoEditions(editions);

	const benchmark = (code: string, member: (c: CountryWithGroups) => boolean): Point[] => {
		const summaries = summaryByYear(byIndicator.get(code) ?? [], countries, member);
		return years.map((x) => ({ x, y: summaries.get(x)?.mean ?? null }));
	};

	const charts = indicators
		.map((i) => ({
			code: i.code,
			// The UN indicators by the glossary; a KPI added by analysts keeps its own name.
			name: indicatorName(i.code, locale, i.name),
			unit: i.unit,
			domain: [i.minValue ?? 0, i.maxValue ?? 1] as [number, number],
			country: seriesOver(editions, i.code, years),
			region: benchmark(i.code, (c) => c.region === country.region),
			world: benchmark(i.code, () => true)
		}))
		.filter((c) => c.country.some((p) => p.y !== null));

	const rankHistory = years.map((x) => ({
		x,
		y: editions.find((e) => e.year === x)?.rank ?? null
	}));

	const latestYear = latest?.year ?? null;
	const latestOf = (code: string, member: (c: CountryWithGroups) => boolean) =>
		latestYear === null
			? null
			: (summaryByYear(byIndicator.get(code) ?? [], countries, member).get(latestYear)?.mean ??
				null);
	const components = UN_INDICATOR_CODES.filter((code) => byIndicator.has(code)).map((code) => ({
		code,
		country: latest?.values[code] ?? null,
		region: latestOf(code, (c) => c.region === country.region),
		world: latestOf(code, () => true)
	}));

	const regionEgdi =
		latestYear === null
			? []
			: (byIndicator.get('EGDI') ?? [])
					.filter(
						(o) =>
							o.year === latestYear &&
							o.value !== null &&
							countries.get(o.country)?.region === country.region
					)
					.map((o) => ({
						key: o.country,
						name: countryName(o.country, locale, countries.get(o.country)!.name),
						value: o.value as number,
						rank: o.rank
					}))
					.sort((a, b) => b.value - a.value);
	const positionInRegion = regionEgdi.findIndex((r) => r.key === country.iso3) + 1;

	const egdi = latest?.values.EGDI ?? null;

	return {
		latestYear,
		egdi,
		rank: latest?.rank ?? null,
		levelGroup: levelGroup(egdi),
		ratingClass:
			latestYear === null
				? null
				: (rateEdition(
						latestYear,
						(byIndicator.get('EGDI') ?? []).filter((o) => o.year === latestYear)
					)?.byCountry.get(country.iso3)?.code ?? null),
		/** One chart per indicator with values: the country, its region's mean and the world mean. */
		charts,
		/** EGDI rank by edition (null: not ranked). */
		rankHistory,
		/** Latest edition: each index for the country, its region's mean and the world mean. */
		components,
		/** Since the previous assessed edition: the EGDI's change, each component's own and its part. */
		change: previous && latest ? egdiChange(previous, latest) : null,
		/** EGDI of every country of the region in the latest edition, best first. */
		regionEgdi,
		/** 1-based place within the region, 0 when not assessed. */
		positionInRegion
	};
}
