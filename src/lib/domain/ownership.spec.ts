import { describe, expect, it } from 'vitest';
import { MILESTONE_COMPONENTS } from './indicators';
import { checkMilestoneLinks, checkOwnership, groupByBody, reviewState } from './ownership';

describe('checkOwnership', () => {
	it('accepts names, a narrative and review dates in order, trimmed', () => {
		const checked = checkOwnership({
			responsibleBody: ' Ministry of Post and Telecommunications ',
			owner: 'Digital Government Committee',
			narrative: 'Online services first.',
			lastReviewed: '2025-01-15',
			nextReview: '2026-01-15'
		});
		expect(checked).toEqual({
			ok: true,
			value: {
				responsibleBody: 'Ministry of Post and Telecommunications',
				owner: 'Digital Government Committee',
				narrative: 'Online services first.',
				lastReviewed: '2025-01-15',
				nextReview: '2026-01-15'
			}
		});
	});

	it('leaves everything optional: no ownership recorded is no error', () => {
		expect(checkOwnership({})).toEqual({
			ok: true,
			value: { responsibleBody: '', owner: '', narrative: '', lastReviewed: null, nextReview: null }
		});
	});

	it('refuses an impossible date, a next review not after the last, and too long a name', () => {
		const checked = checkOwnership({
			owner: 'x'.repeat(201),
			lastReviewed: '2025-02-30',
			nextReview: 'soon'
		});
		expect(checked).toEqual({
			ok: false,
			errors: {
				owner: { key: 'editing.ownership.rule.tooLong', params: { max: 200 } },
				lastReviewed: { key: 'editing.ownership.rule.date' },
				nextReview: { key: 'editing.ownership.rule.date' }
			}
		});
		const order = checkOwnership({ lastReviewed: '2025-06-01', nextReview: '2025-06-01' });
		expect(order).toEqual({
			ok: false,
			errors: {
				nextReview: {
					key: 'editing.ownership.rule.reviewOrder',
					params: { next: '2025-06-01', last: '2025-06-01' }
				}
			}
		});
	});
});

describe('checkMilestoneLinks', () => {
	const targets = new Map([
		[1, { country: 'KHM' }],
		[2, { country: 'KHM' }],
		[7, { country: 'VNM' }]
	]);

	it('offers the components of the UN registry, not a list of its own', () => {
		expect(MILESTONE_COMPONENTS).toEqual(['OSI', 'TII', 'HCI', 'EPI']);
	});

	it("accepts a component and the country's targets, without repeats", () => {
		expect(
			checkMilestoneLinks({ component: 'tii', targets: '2,1,2' }, { targets, country: 'KHM' })
		).toEqual({ ok: true, value: { component: 'TII', targetIds: [2, 1] } });
		expect(checkMilestoneLinks({}, { targets, country: 'KHM' })).toEqual({
			ok: true,
			value: { component: null, targetIds: [] }
		});
	});

	it("refuses the EGDI itself, an unknown target and another country's target", () => {
		expect(checkMilestoneLinks({ component: 'EGDI' }, { targets, country: 'KHM' })).toEqual({
			ok: false,
			errors: { component: { key: 'editing.ownership.rule.component' } }
		});
		for (const chosen of ['1,99', '7', 'x'])
			expect(checkMilestoneLinks({ targets: chosen }, { targets, country: 'KHM' }), chosen).toEqual(
				{ ok: false, errors: { targets: { key: 'editing.ownership.rule.target' } } }
			);
	});
});

describe('reviewState', () => {
	it('flags a next review before today as overdue; today itself is not', () => {
		expect(reviewState({ nextReview: '2025-12-31' }, '2026-01-01')).toBe('overdue');
		expect(reviewState({ nextReview: '2026-01-01' }, '2026-01-01')).toBe('scheduled');
		expect(reviewState({ nextReview: null }, '2026-01-01')).toBe('unscheduled');
	});
});

describe('groupByBody', () => {
	const statuses = ['achieved', 'on_track', 'deterioration'] as const;
	const t = (id: number, responsibleBody: string, status: (typeof statuses)[number]) => ({
		id,
		responsibleBody,
		status
	});

	it('groups by body (case and spacing ignored), alphabetically, those without one last', () => {
		const groups = groupByBody(
			[
				t(1, 'Ministry of Post and Telecommunications', 'on_track'),
				t(2, '', 'deterioration'),
				t(3, 'Ministry of Education,  Youth and Sport', 'achieved'),
				t(4, 'ministry of post and telecommunications ', 'deterioration')
			],
			statuses,
			'en'
		);
		expect(groups.map((g) => [g.body, g.targets.map((x) => x.id)])).toEqual([
			['Ministry of Education, Youth and Sport', [3]],
			['Ministry of Post and Telecommunications', [1, 4]],
			['', [2]]
		]);
		expect(groups[1].counts).toEqual([
			{ status: 'achieved', n: 0 },
			{ status: 'on_track', n: 1 },
			{ status: 'deterioration', n: 1 }
		]);
	});

	it('gives no group for no targets', () => {
		expect(groupByBody([], statuses, 'en')).toEqual([]);
	});
});
