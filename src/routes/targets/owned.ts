import type { ShownText } from '$lib/domain/entered-text';
import { reviewState, type ReviewState } from '$lib/domain/ownership';
import type { Message } from '$lib/i18n/translate';

/**
 * What the targets page shows of who owns each target and what serves it, and what each milestone
 * moves and serves: pure shaping of rows loaded beforehand (no query per target or milestone).
 */

/** A text field of a row in the page's language (see `enteredTextsIn`). */
export type TextOf = (id: number, field: string, base: string) => ShownText;

/** A target's ownership as its card shows it. */
export interface OwnedView {
	responsibleBody: string;
	owner: string;
	narrative: ShownText;
	note: ShownText;
	/** ISO dates, and as the page's language writes them. */
	lastReviewed: { iso: string; text: string } | null;
	nextReview: { iso: string; text: string } | null;
	review: ReviewState;
	/** The milestones that say they serve the target, by date. */
	milestones: { id: number; date: string; title: ShownText }[];
}

interface OwnedRow {
	id: number;
	responsibleBody: string;
	owner: string;
	narrative: string;
	note: string;
	lastReviewed: string | null;
	nextReview: string | null;
}

interface MilestoneRow {
	id: number;
	date: string;
	title: string;
}

/**
 * Each target's ownership, review state (overdue when the next review is before `today`) and
 * the milestones serving it. `formatDate` writes a date in the page's language.
 */
export function ownedViews(
	targets: readonly OwnedRow[],
	milestones: readonly MilestoneRow[],
	links: readonly { milestoneId: number; targetId: number }[],
	texts: { target: TextOf; milestone: TextOf },
	today: string,
	formatDate: (iso: string) => string
): Map<number, OwnedView> {
	const byId = new Map(milestones.map((m) => [m.id, m]));
	const date = (iso: string | null) => (iso ? { iso, text: formatDate(iso) } : null);
	return new Map(
		targets.map((t) => {
			const serving = links
				.filter((l) => l.targetId === t.id)
				.map((l) => byId.get(l.milestoneId))
				.filter((m): m is MilestoneRow => m !== undefined)
				.sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
			return [
				t.id,
				{
					responsibleBody: t.responsibleBody,
					owner: t.owner,
					narrative: texts.target(t.id, 'narrative', t.narrative),
					note: texts.target(t.id, 'note', t.note),
					lastReviewed: date(t.lastReviewed),
					nextReview: date(t.nextReview),
					review: reviewState(t, today),
					milestones: serving.map((m) => ({
						id: m.id,
						date: m.date,
						title: texts.milestone(m.id, 'title', m.title)
					}))
				}
			];
		})
	);
}

/** What each milestone serves: the labels of its targets (of those shown), in target order. */
export function servedTargets(
	milestoneIds: readonly number[],
	targets: readonly { id: number; label: Message }[],
	links: readonly { milestoneId: number; targetId: number }[]
): Map<number, Message[]> {
	return new Map(
		milestoneIds.map((id) => {
			const ids = new Set(links.filter((l) => l.milestoneId === id).map((l) => l.targetId));
			return [id, targets.filter((t) => ids.has(t.id)).map((t) => t.label)];
		})
	);
}
