import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { resolveCountryList } from '$lib/domain/country-names';
import { isUnGroup } from '$lib/domain/groups';
import { INCOME_CLASSIFICATION } from '$lib/domain/income';
import { readView, viewParams } from '$lib/domain/trend-view';
import { groupName, incomeGroupName, regionName } from '$lib/i18n/places';
import { translate } from '$lib/i18n/translate';
import { db } from '$lib/server/db';
import { countryMatcher } from '$lib/server/country-matcher';
import { listCountries } from '$lib/server/db/countries';
import { countryName, localizeNames } from '$lib/server/i18n';
import { stateHref, viewWords } from '$lib/server/trend-explore';
import { ADDED } from './colours';
import { countryProfile } from './profile.server';
import { latestCharts } from './latest-charts';
import { trendCharts } from './trend-charts';

export const load = (({ params, locals, url }) => {
	const { locale } = locals;
	const countries = listCountries(db);
	const country = countries.find((c) => c.iso3 === params.iso3.toUpperCase());
	if (!country) error(404, translate(locale, 'served.profile.notFound', { code: params.iso3 }));
	const collator = new Intl.Collator(locale);
	const names = localizeNames(
		countries.map((c) => ({ iso3: c.iso3, name: c.name })),
		locale
	);
	const nameOf = (iso3: string) => names.find((c) => c.iso3 === iso3)?.name ?? iso3;
	const sorted = [...names].sort((a, b) => collator.compare(a.name, b.name));

	// Countries added to the trend charts (`with`, names or codes), then the one the picker adds
	// (`add`): once it resolves, the canonical address (ISO3 codes) replaces the request.
	// The matcher reads the alias table: only when the address names countries to add.
	const asking = url.searchParams.has('with') || url.searchParams.has('add');
	const matcher = asking
		? countryMatcher(
				db,
				names,
				countries.map((c) => ({ iso3: c.iso3, name: c.name }))
			)
		: null;
	const asked = matcher
		? resolveCountryList(url.searchParams.get('with') ?? '', matcher)
		: { codes: [], unknown: [] as string[] };
	const wanted = asked.codes.filter((c) => c !== country.iso3);
	const view = readView(url.searchParams);
	const path = `/countries/${country.iso3}`;
	const here = (codes: readonly string[]) =>
		stateHref(path, { with: codes.join(','), ...viewParams(view) }, locale);
	const others = wanted.slice(0, ADDED.length);
	const left = wanted.slice(ADDED.length);
	if (matcher && url.searchParams.has('add')) {
		const text = url.searchParams.get('add')?.trim() ?? '';
		const add = matcher.resolve(text);
		const known = !text || add === country.iso3 || (add !== null && wanted.includes(add));
		if (known) redirect(303, here(wanted));
		if (add && wanted.length < ADDED.length) redirect(303, here([...wanted, add]));
		// Unknown, or one too many: the page stays as it was and says why.
		if (add) left.push(add);
		else asked.unknown.push(text);
	}
	const notices = [
		...(asked.unknown.length
			? [
					translate(locale, 'served.trend.unknown', {
						entries: asked.unknown.map((text) => `“${text.slice(0, 100)}”`).join(', ')
					})
				]
			: []),
		...(left.length
			? [
					translate(locale, 'served.trend.full', {
						max: ADDED.length,
						names: left.map(nameOf).join(', ')
					})
				]
			: [])
	];

	const profile = countryProfile(db, country, countries, locale, { others, view });
	const name = countryName(country.iso3, locale, country.name);
	const regionShown = country.region
		? regionName(country.region, locale)
		: translate(locale, 'served.countries.area.region');
	const trends = trendCharts(
		profile,
		{ country: name, iso3: country.iso3, region: regionShown },
		locale
	);
	return {
		/** The country's identity and groups, its name in the page's language. */
		country: { ...country, name },
		/**
		 * The country's region, sub-region, income group (with the classification's year) and UN
		 * groups it is in now (LDC …), named in the page's language.
		 */
		names: {
			region: regionShown,
			subregion: country.subregion ? regionName(country.subregion, locale) : null,
			income: country.incomeGroup
				? translate(locale, 'served.profile.income', {
						income: incomeGroupName(country.incomeGroup, locale),
						year: INCOME_CLASSIFICATION.year
					})
				: null,
			groups: country.groups.filter(isUnGroup).map((g) => groupName(g, locale))
		},
		/**
		 * The headline's figures: the latest edition, EGDI, rank, level group and class, the place
		 * in the region and sub-region, and the change since the previous edition. (The charts'
		 * lines travel once, in `trends` and `latest`.)
		 */
		profile: {
			latestYear: profile.latestYear,
			egdi: profile.egdi,
			rank: profile.rank,
			levelGroup: profile.levelGroup,
			ratingClass: profile.ratingClass,
			change: profile.change,
			positionInRegion: profile.positionInRegion,
			regionCount: profile.regionEgdi.length,
			subregion: profile.subregion
		},
		/** The trend charts, ready to draw: lines styled, words written (trend-charts.ts). */
		trends,
		/** The latest edition's charts, likewise (latest-charts.ts); null before any edition. */
		latest:
			profile.latestYear === null
				? null
				: latestCharts(
						profile,
						{ country: name, iso3: country.iso3, region: regionShown, regionCode: country.region },
						profile.latestYear,
						locale
					),
		/**
		 * The trend charts' controls: the countries added (each with the address without it), the
		 * view, the editions to measure from, what was left out of the request, the legend of
		 * every chart's lines, and the controls' words.
		 */
		explore: {
			added: others.map((iso3) => ({
				iso3,
				name: nameOf(iso3),
				remove: here(others.filter((c) => c !== iso3)),
				removeLabel: translate(locale, 'served.trend.remove', { country: nameOf(iso3) })
			})),
			with: others.join(','),
			view,
			editions: profile.rankHistory.map((r) => r.x),
			legend: trends[0]?.legend ?? [],
			notices,
			add:
				others.length < ADDED.length
					? {
							label: translate(locale, 'served.trend.add'),
							choose: translate(locale, 'served.trend.choose'),
							countries: sorted.filter((x) => x.iso3 !== country.iso3 && !others.includes(x.iso3))
						}
					: null,
			words: {
				...viewWords(locale),
				controls: translate(locale, 'served.trend.controls'),
				added: translate(locale, 'served.trend.added')
			}
		},
		/** For the country picker: names in the page's language, in its alphabetical order. */
		countries: sorted
	};
}) satisfies PageServerLoad;
