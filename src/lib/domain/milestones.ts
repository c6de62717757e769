import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/translate';

export type MilestoneStatus = 'planned' | 'in_progress' | 'done' | 'delayed';

/** A milestone status in words, in a language: 'Planned', 'គ្រោងទុក'. */
export function milestoneLabel(status: MilestoneStatus, locale: Locale = 'en'): string {
	return translate(locale, `plans.milestone.${status}`);
}

/** What a milestone's chip says: its status, or 'Delayed (overdue)' when its date has passed. */
export function shownMilestoneLabel(
	milestone: { status: MilestoneStatus; overdue?: boolean },
	locale: Locale = 'en'
): string {
	return milestone.overdue
		? translate(locale, 'plans.milestone.overdue')
		: milestoneLabel(milestone.status, locale);
}

/** Milestone status labels in English words (see `milestoneLabel` for the other languages). */
export const MILESTONE_LABELS: Record<MilestoneStatus, string> = {
	planned: milestoneLabel('planned'),
	in_progress: milestoneLabel('in_progress'),
	done: milestoneLabel('done'),
	delayed: milestoneLabel('delayed')
};

/**
 * The status to show: a milestone whose date has passed and that is not done is delayed,
 * whatever was entered. `today` is an ISO date (YYYY-MM-DD), given so that this stays pure.
 */
export function effectiveStatus(
	milestone: { date: string; status: MilestoneStatus },
	today: string
): { status: MilestoneStatus; overdue: boolean } {
	const overdue = milestone.status !== 'done' && milestone.date < today;
	return { status: overdue ? 'delayed' : milestone.status, overdue };
}

/** The next `count` milestones not done, soonest first (overdue ones included, first). */
export function nextMilestones<T extends { date: string; status: MilestoneStatus }>(
	milestones: readonly T[],
	count: number
): T[] {
	return milestones
		.filter((m) => m.status !== 'done')
		.sort((a, b) => a.date.localeCompare(b.date))
		.slice(0, count);
}
