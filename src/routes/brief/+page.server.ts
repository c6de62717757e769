import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { effectiveStatus, nextMilestones } from '$lib/domain/milestones';
// formatDate is pure given a language; dates are written here because browsers differ in the
// languages their Intl knows (Chromium has no Khmer dates), and the page must not change on load.
import { formatDate } from '$lib/i18n';
import { translate } from '$lib/i18n/translate';
import { countryMatcher } from '$lib/server/country-matcher';
import { db } from '$lib/server/db';
import { getCountry } from '$lib/server/db/countries';
import { listMilestones, listTargets } from '$lib/server/db/policies';
import { enteredTextsIn } from '$lib/server/entered-texts';
import { countryName } from '$lib/server/i18n';
import { todayIso } from '$lib/server/plans';
import { targetEvidence } from '$lib/server/target-evidence';
import { assessTargets } from '$lib/server/targets';
import { executiveSummary } from '$lib/server/summary';
import { briefScenario } from '$lib/server/plan';

/**
 * The country of the brief: `?country=ISO3`, required (a brief without one names no one). A name
 * the import matches ("Vietnam", "Laos") is answered with the brief's address by code.
 */
function briefCountry(url: URL, locale: App.Locals['locale']): string {
	const asked = url.searchParams.get('country')?.trim().slice(0, 100) ?? '';
	if (!asked) error(400, translate(locale, 'brief.error.missing'));
	if (/^[A-Za-z]{3}$/.test(asked) && getCountry(db, asked.toUpperCase()))
		return asked.toUpperCase();
	const iso3 = countryMatcher(db).resolve(asked);
	if (!iso3) error(404, translate(locale, 'brief.error.unknown', { name: asked }));
	const canonical = new URLSearchParams(url.searchParams);
	canonical.set('country', iso3);
	redirect(303, `${url.pathname}?${canonical}`);
}

export const load = (({ url, locals }) => {
	const { locale } = locals;
	const iso3 = briefCountry(url, locale);
	const today = todayIso();
	const summary = executiveSummary(db, iso3);
	const milestones = listMilestones(db, { country: iso3 });
	const targets = listTargets(db, iso3);
	const text = enteredTextsIn(db, locale);
	return {
		/** The day the brief is made, in words (the page cache keeps a page for one day at most). */
		asOf: formatDate(today, locale),
		country: { iso3, name: countryName(iso3, locale, summary.country.name) },
		/** The executive summary's headline figures and EGDI trend, as the summary page has them. */
		summary: {
			latestYear: summary.latestYear,
			ranked: summary.ranked,
			egdi: summary.egdi,
			rank: summary.rank,
			levelGroup: summary.levelGroup,
			ratingClass: summary.ratingClass?.code ?? null,
			nextClass: summary.nextClass,
			change: summary.change,
			trend: summary.trend.map((t) => ({ code: t.code, points: t.points }))
		},
		/** Each target with its status, latest value and what it aims at (a message for the page). */
		targets: assessTargets(targets, targetEvidence(db, targets)).map((t) => ({
			id: t.id,
			label: t.label,
			measure: t.measure,
			status: t.assessment.status,
			isExample: t.isExample,
			latest: t.latest,
			/** The projection at the target year that the status is decided on. */
			projection: t.projection
		})),
		/** A planner scenario chosen on a target's planner (`?plan=<target id>&osi=…`), if any. */
		scenario: briefScenario(db, iso3, url.searchParams),
		/**
		 * The next three milestones not done (overdue first), else the last one done; titles in
		 * the page's language (or marked as a fallback).
		 */
		milestones: {
			next: nextMilestones(milestones, 3).map((m) => ({
				id: m.id,
				date: m.date,
				titleText: text('milestone', m.id, 'title', m.title),
				when: formatDate(m.date, locale, 'medium'),
				...effectiveStatus(m, today)
			})),
			lastDone: milestones
				.filter((m) => m.status === 'done')
				.map((m) => ({
					titleText: text('milestone', m.id, 'title', m.title),
					when: formatDate(m.date, locale, 'medium')
				}))
				.at(-1)
		}
	};
}) satisfies PageServerLoad;
