import { group } from 'd3-array';
import { egdiChange, lastTwoEditions } from '$lib/domain/change';
import { UN_INDICATOR_CODES } from '$lib/domain/indicators';
import { levelGroup, rateEdition } from '$lib/domain/levels';
import { baselineOf, viewDomain, viewPoints, type ViewChoice } from '$lib/domain/trend-view';
import { DEFAULT_LOCALE, type Locale } from '$lib/i18n/locales';
import { indicatorName } from '$lib/i18n/terms';
import { summaryByYear } from '$lib/server/benchmarks';
import type { CountryWithGroups } from '$lib/server/db/countries';
import type { ObservationRow } from '$lib/server/db/observations';
import type { Indicator } from '$lib/server/db/schema';
import { seriesOver, toEditions } from '$lib/server/editions';
import { countryName } from '$lib/server/i18n';
import { viewCaption } from '$lib/server/trend-explore';

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

/** What the reader asked the trend charts to show besides the country, its region and the world. */
export interface ProfileOptions {
	/** Countries added to every trend chart (ISO3, known, without the profile's own). */
	others?: readonly string[];
	/** Values, change since an edition, or index to it (the values by default). */
	view?: ViewChoice;
}

/**
 * A country's profile: every indicator over every edition beside its region and the world (and
 * the countries the reader added, seen through the chosen view), with indicator and country
 * names in `locale`.
 */
export function shapeProfile(
	country: CountryWithGroups,
	rows: ProfileRows,
	locale: Locale = DEFAULT_LOCALE,
	{ others = [], view = { view: 'value', since: null } }: ProfileOptions = {}
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

	const added = others
		.filter((iso3) => iso3 !== country.iso3 && countries.has(iso3))
		.map((iso3) => ({
			iso3,
			name: countryName(iso3, locale, countries.get(iso3)!.name),
			editions: toEditions(rows.observations.filter((o) => o.country === iso3))
		}));

	const charts = indicators
		.map((i) => {
			const own = seriesOver(editions, i.code, years);
			// The baseline is the profile's country's; when it has no value from the edition asked
			// for on, the chart starts where it has one.
			const base = baselineOf(own, view.since, view.view) ?? baselineOf(own, null, view.view);
			const seen = (points: Point[]) => viewPoints(points, view.view, base);
			const lines = {
				country: seen(own),
				region: seen(benchmark(i.code, (c) => c.region === country.region)),
				world: seen(benchmark(i.code, () => true)),
				others: added.map((a) => ({
					iso3: a.iso3,
					name: a.name,
					points: seen(seriesOver(a.editions, i.code, years))
				}))
			};
			const domain: [number, number] = [i.minValue ?? 0, i.maxValue ?? 1];
			return {
				code: i.code,
				// The UN indicators by the glossary; a KPI added by analysts keeps its own name.
				name: indicatorName(i.code, locale, i.name),
				unit: i.unit,
				/** How the lines are shown, and the edition a change or an index is measured from. */
				view: view.view,
				base,
				/** What the title adds for the view ("change since 2012"), in the page's language. */
				caption: viewCaption(view.view, base, locale),
				domain: viewDomain(
					[lines.country, lines.region, lines.world, ...lines.others.map((o) => o.points)],
					view.view,
					domain
				),
				hasValues: own.some((p) => p.y !== null),
				...lines
			};
		})
		.filter((c) => c.hasValues);

	const ranks = (of: typeof editions) =>
		years.map((x) => ({ x, y: of.find((e) => e.year === x)?.rank ?? null }));
	const rankHistory = ranks(editions);

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
	// The sub-region's countries among the region's (M49 sub-regions lie within one region).
	const subregionEgdi = regionEgdi.filter(
		(r) => countries.get(r.key)?.subregion === country.subregion
	);
	const own = regionEgdi.find((r) => r.key === country.iso3);

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
		/** The added countries' EGDI ranks by edition. */
		rankOthers: added.map((a) => ({ iso3: a.iso3, name: a.name, points: ranks(a.editions) })),
		/** Latest edition: each index for the country, its region's mean and the world mean. */
		components,
		/** Since the previous assessed edition: the EGDI's change, each component's own and its part. */
		change: previous && latest ? egdiChange(previous, latest) : null,
		/** EGDI of every country of the region in the latest edition, best first. */
		regionEgdi,
		/** 1-based place within the region, 0 when not assessed. */
		positionInRegion,
		/**
		 * Place within the sub-region (1 + the countries with a higher EGDI) and how many of its
		 * countries were assessed; null when the country was not, or has no sub-region.
		 */
		subregion:
			own && country.subregion
				? {
						position: 1 + subregionEgdi.filter((r) => r.value > own.value).length,
						count: subregionEgdi.length
					}
				: null
	};
}
