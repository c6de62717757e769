import type { FieldErrors, Checked } from './plan-rules';
import { isIsoDate } from './plan-rules';
import type { Message } from '../i18n/translate';
import { MILESTONE_COMPONENTS } from './indicators';

/**
 * Who answers for a target and when it is reviewed (as national SDG platforms record it), and
 * what a milestone moves and serves: the form rules and the shaping of the targets page. Pure:
 * today's date is a parameter.
 */

type Form = Record<string, string | undefined>;
const text = (form: Form, key: string) => (form[key] ?? '').trim();

/** Longest owner and responsible body; the narrative is longer prose. */
export const NAME_MAX = 200;
export const NARRATIVE_MAX = 4000;

export interface OwnershipFields {
	responsibleBody: string;
	owner: string;
	narrative: string;
	/** ISO dates (YYYY-MM-DD), or null when not given. */
	lastReviewed: string | null;
	nextReview: string | null;
}

function optionalDate(form: Form, key: string, errors: FieldErrors): string | null {
	const raw = text(form, key);
	if (!raw) return null;
	if (isIsoDate(raw)) return raw;
	errors[key] = { key: 'editing.ownership.rule.date' };
	return null;
}

function limited(form: Form, key: string, max: number, errors: FieldErrors): string {
	const value = text(form, key);
	if (value.length > max) errors[key] = { key: 'editing.ownership.rule.tooLong', params: { max } };
	return value;
}

/**
 * Checks a target's ownership fields: names and narrative within their length, real review
 * dates, and the next review after the last one.
 */
export function checkOwnership(form: Form): Checked<OwnershipFields> {
	const errors: FieldErrors = {};
	const responsibleBody = limited(form, 'responsibleBody', NAME_MAX, errors);
	const owner = limited(form, 'owner', NAME_MAX, errors);
	const narrative = limited(form, 'narrative', NARRATIVE_MAX, errors);
	const lastReviewed = optionalDate(form, 'lastReviewed', errors);
	const nextReview = optionalDate(form, 'nextReview', errors);
	if (lastReviewed && nextReview && nextReview <= lastReviewed) {
		errors.nextReview = {
			key: 'editing.ownership.rule.reviewOrder',
			params: { next: nextReview, last: lastReviewed }
		};
	}
	if (Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, value: { responsibleBody, owner, narrative, lastReviewed, nextReview } };
}

export type MilestoneComponent = (typeof MILESTONE_COMPONENTS)[number];

export interface MilestoneLinkFields {
	component: MilestoneComponent | null;
	/** The targets the milestone serves, without repeats, in the order given. */
	targetIds: number[];
}

/**
 * Checks what a milestone moves and serves: a component from the UN registry (or none), and
 * targets of the milestone's own country (`targets` maps each target to its country).
 * `form.targets` is the chosen ids joined with commas (a form sends one field per box).
 */
export function checkMilestoneLinks(
	form: Form,
	ctx: { targets: ReadonlyMap<number, { country: string }>; country: string | null }
): Checked<MilestoneLinkFields> {
	const errors: FieldErrors = {};
	const raw = text(form, 'component');
	const component = raw ? (raw.toUpperCase() as MilestoneComponent) : null;
	if (component && !MILESTONE_COMPONENTS.includes(component)) {
		errors.component = { key: 'editing.ownership.rule.component' };
	}
	const targetIds = [
		...new Set(
			text(form, 'targets')
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		)
	].map((s) => (/^\d+$/.test(s) ? Number(s) : NaN));
	const bad = targetIds.some((id) => {
		const target = ctx.targets.get(id);
		return !target || (ctx.country !== null && target.country !== ctx.country);
	});
	if (bad) errors.targets = { key: 'editing.ownership.rule.target' };
	if (Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, value: { component, targetIds } };
}

/** A target a milestone may serve, as its form's checkbox names it. */
export interface TargetChoice {
	id: number;
	policyId: number;
	/** What the target aims at, for the page to write. */
	label: Message;
}

export type ReviewState = 'overdue' | 'scheduled' | 'unscheduled';

/** Whether a target's next review has passed (`today` an ISO date), is planned, or is not set. */
export function reviewState(target: { nextReview: string | null }, today: string): ReviewState {
	if (!target.nextReview) return 'unscheduled';
	return target.nextReview < today ? 'overdue' : 'scheduled';
}

export interface BodyGroup<T, S extends string = string> {
	/** The responsible body as entered; '' for the targets without one (listed last). */
	body: string;
	targets: T[];
	/** How many of the group's targets have each status, in the order of `statuses`. */
	counts: { status: S; n: number }[];
}

/**
 * Targets grouped by responsible body (spacing and case ignored, the first spelling shown), in
 * alphabetical order of the language, the targets without a body last; each group with its
 * count of each status, for the status of each ministry's targets at a glance.
 */
export function groupByBody<S extends string, T extends { responsibleBody: string; status: S }>(
	targets: readonly T[],
	statuses: readonly S[],
	locale: string
): BodyGroup<T, S>[] {
	const groups = new Map<string, BodyGroup<T, S>>();
	for (const t of targets) {
		const body = t.responsibleBody.trim().replace(/\s+/g, ' ');
		const key = body.toLocaleLowerCase(locale);
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { body, targets: [], counts: [] }));
		g.targets.push(t);
	}
	return [...groups.values()]
		.map((g) => ({
			...g,
			counts: statuses.map((status) => ({
				status,
				n: g.targets.filter((t) => t.status === status).length
			}))
		}))
		.sort((a, b) =>
			a.body === '' ? 1 : b.body === '' ? -1 : a.body.localeCompare(b.body, locale)
		);
}
