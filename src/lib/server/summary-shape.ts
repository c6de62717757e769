import { egdiChange, lastTwoEditions } from '$lib/domain/change';
import { EGDI_AND_COMPONENTS } from '$lib/domain/indicators';
import { distanceToNextClass, levelGroup, ratingClass } from '$lib/domain/levels';
import type { Locale } from '$lib/i18n/locales';
import { indicatorName } from '$lib/i18n/terms';
import { regionName } from '$lib/i18n/places';
import { aggregate } from '$lib/server/aggregates';
import type { CountryWithGroups } from '$lib/server/db/countries';
import type { ObservationRow } from '$lib/server/db/observations';
import { seriesOver, toEditions } from '$lib/server/editions';
import { countryName } from '$lib/server/i18n';

/** The rows the executive summary is made of (`summaryRows` in summary.server.ts loads them). */
export interface SummaryRows {
	/** Every country, with its groups. */
	countries: readonly CountryWithGroups[];
	/** Every edition year in the database, oldest first. */
	years: readonly number[];
	/** Every observation of the focus country. */
	focus: readonly ObservationRow[];
	/** Every EGDI observation: the ranking, the means and the peers. */
	egdi: readonly ObservationRow[];
}

/** How the summary is read: the page's language and the peer group of the table. */
export interface SummarySettings {
	locale: Locale;
	/** A custom group code (`PEER_GROUP`). */
	peerGroup: string;
}

/**
 * Everything the executive summary shows for one country (`iso3`, one of `rows.countries`),
 * shaped for the page, with country, region and indicator names in the page's language.
 */
export function shapeSummary(iso3: string, rows: SummaryRows, settings: SummarySettings) {
	const { locale } = settings;
	const country = rows.countries.find((c) => c.iso3 === iso3)!;
	const editions = toEditions(rows.focus);
	const [previous, latest] = lastTwoEditions(editions);
	const egdi = latest?.values.EGDI ?? null;
	const latestYear = latest?.year ?? null;
	const latestEgdi = latestYear ? rows.egdi.filter((o) => o.year === latestYear) : [];
	const ranked = latestEgdi.filter((o) => o.value !== null).length;

	const comparisons = latestYear
		? (
				[
					['subregion', country.subregion],
					['region', country.region],
					['world', 'World'],
					['group', settings.peerGroup]
				] as const
			)
				.map(([by, name]) => {
					if (!name) return null;
					const found = aggregate(latestEgdi, rows.countries, by).find((g) => g.group === name);
					return found
						? { group: regionName(name, locale), kind: by, mean: found.mean, n: found.n }
						: null;
				})
				.filter((c) => c !== null)
		: [];

	const group = settings.peerGroup;
	const peerCountries = rows.countries.filter((c) => c.groups.includes(group) || c.iso3 === iso3);
	const peers = peerCountries
		.map((c) => {
			const [p, l] = lastTwoEditions(toEditions(rows.egdi.filter((o) => o.country === c.iso3)));
			return {
				iso3: c.iso3,
				name: countryName(c.iso3, locale, c.name),
				year: l?.year ?? null,
				rank: l?.rank ?? null,
				egdi: l?.values.EGDI ?? null,
				ratingClass: ratingClass(l?.values.EGDI)?.code ?? null,
				egdiChange: p && l ? egdiChange(p, l).egdi : null,
				rankPlaces: p && l ? egdiChange(p, l).rankPlaces : null
			};
		})
		.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));

	return {
		country: {
			iso3: country.iso3,
			name: countryName(country.iso3, locale, country.name),
			region: country.region,
			subregion: country.subregion
		},
		latestYear,
		/** Countries assessed in the latest edition (the N of "rank r of N"). */
		ranked,
		egdi,
		rank: latest?.rank ?? null,
		/** The level group ('High'); the page names it in its language with `levelGroupName`. */
		levelGroup: levelGroup(egdi),
		ratingClass: ratingClass(egdi),
		nextClass: distanceToNextClass(egdi),
		change: previous && latest ? egdiChange(previous, latest) : null,
		/** Mean EGDI of the sub-region, region, world and peer group, named in the language. */
		comparisons,
		/** The peer group's name (a custom group: a proper name, not translated). */
		peerGroup: regionName(group, locale),
		peers,
		/** EGDI and its components over every edition; null where not assessed. */
		trend: EGDI_AND_COMPONENTS.map((code) => ({
			code,
			name: indicatorName(code, locale, code),
			points: seriesOver(editions, code, rows.years)
		}))
	};
}
