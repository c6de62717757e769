import type { PageServerLoad } from './$types';
import { effectiveStatus } from '$lib/domain/milestones';
import { groupByBody } from '$lib/domain/ownership';
import { STATUS_ORDER } from '$lib/domain/progress';
import { db } from '$lib/server/db';
import { listCountries } from '$lib/server/db/countries';
import { milestoneLinks } from '$lib/server/db/milestone-links';
import { listMilestones, listPolicies, listTargets } from '$lib/server/db/policies';
import { formatDate } from '$lib/i18n';
import { focusCountry } from '$lib/server/focus';
import { takeFlash } from '$lib/server/flash';
import { hasRole } from '$lib/server/auth/guard';
import { countryName } from '$lib/server/i18n';
import { enteredTextsIn } from '$lib/server/entered-texts';
import { todayIso } from '$lib/server/plans';
import { targetEvidence } from '$lib/server/target-evidence';
import { assessTargets } from '$lib/server/targets';
import { localizeCountries, localizeTarget } from '$lib/server/localize';
import { ownedViews, servedTargets } from './owned';
import { cardWords } from './card-words';

export const load = (({ url, locals, cookies }) => {
	const focus = focusCountry(db, url);
	const today = todayIso();
	const text = enteredTextsIn(db, locals.locale);
	const planned = listTargets(db, focus);
	const links = milestoneLinks(db, focus);
	const rows = listMilestones(db, { country: focus });
	const when = (iso: string) => formatDate(iso, locals.locale, 'medium');
	const owned = ownedViews(
		planned,
		rows,
		links,
		{
			target: (id, field, base) => text('target', id, field, base),
			milestone: (id, field, base) => text('milestone', id, field, base)
		},
		today,
		when
	);
	const policies = listPolicies(db, focus).map((p) => ({
		...p,
		/** The name and description in the page's language (or marked as a fallback). */
		nameText: text('policy', p.id, 'name', p.name),
		descriptionText: text('policy', p.id, 'description', p.description)
	}));
	const policyNames = new Map(policies.map((p) => [p.id, p.nameText.text]));
	const targets = assessTargets(planned, targetEvidence(db, planned)).map((t) => ({
		...localizeTarget(t, locals.locale),
		policyName: policyNames.get(t.policyId) ?? t.policyName,
		/** Who answers for the target, its reviews, narrative, note, and the milestones serving it. */
		owned: owned.get(t.id)!
	}));
	const serves = servedTargets(
		rows.map((m) => m.id),
		targets,
		links
	);
	const milestones = rows.map((m) => ({
		...m,
		...effectiveStatus(m, today),
		entered: m.status,
		/** The date as the page's language writes it (here: the browser may lack the language). */
		when: when(m.date),
		/** The title and description in the page's language (or marked as a fallback). */
		titleText: text('milestone', m.id, 'title', m.title),
		descriptionText: text('milestone', m.id, 'description', m.description),
		/** What the milestone says it serves: the targets' labels, for the page to write. */
		serves: serves.get(m.id) ?? []
	}));
	const countries = listCountries(db);
	const country = countries.find((c) => c.iso3 === focus)!;
	const grouping: 'none' | 'body' = url.searchParams.get('group') === 'body' ? 'body' : 'none';
	return {
		/** "Target saved." once after a save redirected here, in the page's language (see flash.ts). */
		saved: takeFlash(cookies, locals.locale),
		country: { ...country, name: countryName(country.iso3, locals.locale, country.name) },
		countries: localizeCountries(
			countries.map((c) => ({ iso3: c.iso3, name: c.name })),
			locals.locale
		),
		/** Today (server date), for the timeline and overdue milestones. */
		today,
		policies,
		/** Every target of the country, assessed, in the page's language, with its card's words. */
		targets: targets.map((t) => ({ ...t, words: cardWords(t, locals.locale) })),
		/** How many targets have each status, in display order. */
		counts: STATUS_ORDER.map((status) => ({
			status,
			n: targets.filter((t) => t.assessment.status === status).length
		})),
		/** How the cards are grouped (`?group=body`: by responsible body). */
		grouping,
		/** The targets' ids by responsible body, with each body's count of each status. */
		groups:
			grouping === 'body'
				? groupByBody(
						targets.map((t) => ({
							id: t.id,
							responsibleBody: t.owned.responsibleBody,
							status: t.assessment.status
						})),
						STATUS_ORDER,
						locals.locale
					).map((g) => ({ body: g.body, ids: g.targets.map((t) => t.id), counts: g.counts }))
				: [],
		/** Milestones with the status to show (overdue ones delayed) and the one entered. */
		milestones,
		/** Whether the visitor may add and change targets, milestones and policies. */
		editing: hasRole(locals.user, 'editor')
	};
}) satisfies PageServerLoad;
