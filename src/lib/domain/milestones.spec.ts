import { describe, expect, it } from 'vitest';
import { effectiveStatus, nextMilestones } from './milestones';

describe('effectiveStatus', () => {
	const today = '2026-11-27';

	it('flags a past milestone that is not done as delayed and overdue', () => {
		expect(effectiveStatus({ date: '2025-06-30', status: 'planned' }, today)).toEqual({
			status: 'delayed',
			overdue: true
		});
		expect(effectiveStatus({ date: '2026-11-26', status: 'in_progress' }, today).status).toBe(
			'delayed'
		);
	});

	it('keeps done milestones done and future ones as entered', () => {
		expect(effectiveStatus({ date: '2022-02-04', status: 'done' }, today)).toEqual({
			status: 'done',
			overdue: false
		});
		expect(effectiveStatus({ date: today, status: 'planned' }, today).status).toBe('planned');
		expect(effectiveStatus({ date: '2030-01-01', status: 'delayed' }, today).status).toBe(
			'delayed'
		);
	});
});

describe('nextMilestones', () => {
	it('takes the soonest milestones not done', () => {
		const list = [
			{ date: '2030-01-01', status: 'planned' as const, id: 1 },
			{ date: '2022-02-04', status: 'done' as const, id: 2 },
			{ date: '2027-05-01', status: 'in_progress' as const, id: 3 },
			{ date: '2025-01-01', status: 'planned' as const, id: 4 },
			{ date: '2031-01-01', status: 'planned' as const, id: 5 }
		];
		expect(nextMilestones(list, 3).map((m) => m.id)).toEqual([4, 3, 1]);
	});
});
