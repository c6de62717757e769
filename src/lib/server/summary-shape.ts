import { egdiChange, lastTwoEditions } from '$lib/domain/change';
import { EGDI_AND_COMPONENTS } from '$lib/domain/indicators';
import { groupsInEdition, isUnGroup } from '$lib/domain/groups';
import {
	distanceToNextClass,
	levelGroup,
	rateEdition,
	type EditionClasses
} from '$lib/domain/levels';
import type { Locale } from '$lib/i18n/locales';
import { indicatorName } from '$lib/i18n/terms';
import { groupName, regionName } from '$lib/i18n/places';
import { aggregate, groupsOf, type AggregateBy } from '$lib/server/aggregates';
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

	const rated = new Map<number, EditionClasses | null>();
	/** The rating classes of an edition, computed once from every country's EGDI. */
	const classesOf = (year: number) => {
		if (!rated.has(year))
			rated.set(
				year,
				rateEdition(
					year,
					rows.egdi.filter((o) => o.year === year)
				)
			);
		return rated.get(year)!;
	};
	const edition = latestYear ? classesOf(latestYear) : null;

	const comparisons = latestYear
		? compareWith(latestEgdi, rows.countries, [
				// The UN groups the country was in at the latest edition (LDC for Cambodia).
				...groupsInEdition(country.memberships, latestYear)
					.filter(isUnGroup)
					.map((g) => [g.toLowerCase() as AggregateBy, g] as const),
				['subregion', country.subregion],
				['region', country.region],
				['world', 'World'],
				['group', settings.peerGroup]
			]).map((c) => ({
				...c,
				group: c.groups.map((g) => displayName(g.by, g.name, locale)).join(' = ')
			}))
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
				ratingClass: l ? (classesOf(l.year)?.byCountry.get(c.iso3)?.code ?? null) : null,
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
		/** Its rating class in the latest edition (null before 2020): quartiles of its group. */
		ratingClass: edition?.byCountry.get(iso3) ?? null,
		/** The sixteen classes of that edition, each with its count and lowest and highest EGDI. */
		classes: edition?.classes ?? [],
		/** The class above and the way to its lowest country in that edition. */
		nextClass: distanceToNextClass(edition, iso3),
		change: previous && latest ? egdiChange(previous, latest) : null,
		/**
		 * Mean EGDI of its UN groups (LDC …), sub-region, region, world and peer group in the
		 * latest edition, each with that edition's members, named in the language. Groups of
		 * the very same countries come once, their names joined (`groups` lists them).
		 */
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

/** A group's name in the language: the UN groups by the glossary, regions by M49's terms. */
function displayName(by: AggregateBy, name: string, locale: Locale): string {
	return by === 'ldc' || by === 'lldc' || by === 'sids'
		? groupName(name, locale)
		: regionName(name, locale);
}

/**
 * The mean EGDI of each group asked for (`[by, group name]`), in that order, each with the
 * countries it averages; groups averaging the very same countries are merged into the first.
 */
export function compareWith(
	egdi: readonly ObservationRow[],
	countries: readonly CountryWithGroups[],
	asked: readonly (readonly [AggregateBy, string | null])[]
) {
	const merged: {
		kind: AggregateBy;
		groups: { by: AggregateBy; name: string }[];
		mean: number | null;
		n: number;
		members: string;
	}[] = [];
	const byCountry = new Map(countries.map((c) => [c.iso3, c]));
	for (const [by, name] of asked) {
		if (!name) continue;
		const found = aggregate(egdi, countries, by).find((g) => g.group === name);
		if (!found) continue;
		const members = egdi
			.filter((o) => o.value !== null && byCountry.has(o.country))
			.filter((o) => groupsOf(by, byCountry.get(o.country)!, o.year).includes(name))
			.map((o) => o.country)
			.sort()
			.join(' ');
		const same = merged.find((m) => m.members === members);
		if (same) same.groups.push({ by, name });
		else merged.push({ kind: by, groups: [{ by, name }], mean: found.mean, n: found.n, members });
	}
	return merged.map(({ members: _members, ...c }) => c);
}
