export type MilestoneStatus = 'planned' | 'in_progress' | 'done' | 'delayed';

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
