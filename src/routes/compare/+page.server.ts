import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { localizePath } from '$lib/i18n/locales';
import { translate, type Message } from '$lib/i18n/translate';
import { db } from '$lib/server/db';
import { countryMatcher } from '$lib/server/country-matcher';
import { countryNames } from '$lib/server/db/countries';
import { focusCountry, peerGroup } from '$lib/server/focus';
import { viewWords } from '$lib/server/trend-explore';
import { readView, viewParams } from '$lib/domain/trend-view';
import { chartWords, seeCharts } from './views';
import { compareWords } from './headline';
import { countryName, localizeNames } from '$lib/server/i18n';
import { groupName, regionName } from '$lib/i18n/places';
import { comparison, defaultSelection, latestRows, wholeGroups } from './compare.server';
import {
	DEFAULT_COUNTRIES,
	MAX_COUNTRIES,
	addCountry,
	compareHref,
	parseSelection
} from './selection';
import { averageChoices, readAverages } from './compare';

export const load = (({ url, locals }) => {
	const { locale } = locals;
	const un = countryNames(db);
	const countries = localizeNames(un, locale);
	// Names in the page's language first; the UN names and the aliases still resolve, so that a
	// link or a name typed in English works on every page.
	const matcher = countryMatcher(db, countries, un);
	// Nobody has chosen: the focus country's honest peers, and the page says which they are.
	const chosen = url.searchParams.get('countries');
	const focus = focusCountry(db, url);
	// Read once for the default selection's ranks and for the comparison itself.
	const latest = latestRows(db);
	const peers =
		chosen === null ? defaultSelection(db, focus, peerGroup(), DEFAULT_COUNTRIES, latest) : null;
	const { codes, notices } = parseSelection(chosen ?? peers!.codes.join(','), matcher, locale);
	const focusName = countryName(focus, locale, un.find((c) => c.iso3 === focus)?.name ?? focus);
	const groups = wholeGroups(db, focus, latest);
	// A selection that is a whole group, however it was chosen, is named as that group.
	const whole = groups.find(
		(g) =>
			g.members.length > 1 &&
			g.members.length === codes.length &&
			g.members.every((c) => codes.includes(c))
	);
	const among: Message = whole
		? {
				key: 'served.compare.among.group',
				params: { group: groupName(whole.code, locale), count: codes.length }
			}
		: !peers
			? { key: 'served.compare.among.chosen', params: { count: codes.length } }
			: peers.basis.kind === 'worldNearest'
				? { key: 'served.compare.among.worldNearest', params: { country: focusName } }
				: {
						key:
							peers.basis.kind === 'group'
								? 'served.compare.among.group'
								: 'served.compare.among.groupNearest',
						params: {
							group: regionName(peers.basis.group, locale),
							country: focusName,
							count: codes.length
						}
					};
	const choices = averageChoices(groups.map((g) => g.code));

	// `group=ASEAN` (a link or a form) puts the whole group on, with its average; the canonical URL
	// replaces it. A group larger than a comparison, or unknown, leaves the selection as it is.
	// The trend charts' view travels with every change of the selection.
	const view = readView(url.searchParams);
	const kept = viewParams(view);
	const asked = url.searchParams.get('group')?.trim().toUpperCase().slice(0, 40);
	if (asked) {
		const group = groups.find((g) => g.code.toUpperCase() === asked);
		const avg = url.searchParams.getAll('avg');
		if (group && group.members.length && group.members.length <= MAX_COUNTRIES)
			redirect(
				303,
				localizePath(
					compareHref(group.members, avg.includes(group.code) ? avg : [...avg, group.code], kept),
					locale
				)
			);
		notices.push({
			text: group?.members.length
				? translate(locale, 'served.compare.groupTooLarge', {
						group: groupName(group.code, locale),
						count: group.members.length,
						max: MAX_COUNTRIES
					})
				: translate(locale, 'served.compare.groupUnknown', {
						code: translate(locale, 'compare.quote', { text: asked })
					})
		});
	}

	// The picker submits `add` (a name or a code) beside the current selection; once resolved,
	// the canonical URL replaces it, so that the address bar and history show plain ISO3 lists.
	const add = url.searchParams.get('add');
	if (add !== null) {
		const added = addCountry(codes, add, matcher, locale);
		if (added.codes)
			redirect(
				303,
				localizePath(compareHref(added.codes, url.searchParams.getAll('avg'), kept), locale)
			);
		notices.push(added.notice);
	}

	const averages = readAverages(url.searchParams.getAll('avg').join(','), choices);
	const compared = codes.length ? comparison(db, codes, locale, latest, averages, focus) : null;
	// The lines' names: the countries', and the averages' labels.
	const lineNames = Object.fromEntries([
		...(compared?.countries ?? []).map((c) => [c.iso3, c.name]),
		...(compared?.averages ?? []).map((a) => [a.key, a.label])
	]);
	return {
		/** The selected countries in order, each with its series colour, dash and marker shape. */
		selected: compared?.countries ?? [],
		/** What was left out of the URL's selection, or why the picker added nothing. */
		notices,
		/**
		 * The title, the headline (who leads among whom: chosen, the default peers' basis, or a
		 * whole group) and the line under it, written here (headline.ts).
		 */
		words: compareWords(
			compared?.countries ?? [],
			compared?.latest ?? null,
			among,
			MAX_COUNTRIES,
			locale
		),
		/** Whether the selection is the default one (nobody chose it). */
		isDefault: peers !== null,
		/** Most countries a comparison holds. */
		max: MAX_COUNTRIES,
		/**
		 * One chart per indicator with a value for any selected country, through the view (values,
		 * change since an edition, index to it), and the EGDI rank.
		 */
		charts: seeCharts(compared?.charts ?? [], view, focus, locale).map((chart) => ({
			...chart,
			words: chartWords(chart, lineNames, locale)
		})),
		/** The view, what the address keeps of it, the editions to measure from, and its words. */
		view: {
			choice: view,
			kept,
			editions: compared?.charts.find((c) => c.code === 'EGDI')?.years ?? [],
			words: viewWords(locale)
		},
		/** The latest edition: each country's EGDI, components, EPI and rank, and who leads. */
		latest: compared?.latest ?? null,
		/** The group averages drawn beside the countries (`avg=`), with their lines' style. */
		averages: compared?.averages ?? [],
		/** The averages one may add, and the ones asked for. */
		averageChoices: choices,
		averagesAsked: averages,
		/**
		 * The groups that fit in one comparison (2 to `max` members), each with its members as
		 * they are compared: the focus country first, then by rank.
		 */
		wholeGroups: groups.filter((g) => g.members.length > 1 && g.members.length <= MAX_COUNTRIES),
		/** Every country (names in the page's language), for the picker's suggestions. */
		countries
	};
}) satisfies PageServerLoad;
