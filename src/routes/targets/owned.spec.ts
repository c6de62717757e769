import { describe, expect, it } from 'vitest';
import { shownText } from '$lib/domain/entered-text';
import { ownedViews, servedTargets } from './owned';

const target = (id: number, fields: Partial<Parameters<typeof ownedViews>[0][number]> = {}) => ({
	id,
	responsibleBody: '',
	owner: '',
	narrative: '',
	note: '',
	lastReviewed: null,
	nextReview: null,
	...fields
});
const KM = { 1: { narrative: { km: 'ហេតុអ្វី' } } } as Record<number, Record<string, { km?: string }>>;
const texts = {
	target: (id: number, field: string, base: string) => shownText(base, KM[id]?.[field] ?? {}, 'km'),
	milestone: (_: number, __: string, base: string) => shownText(base, {}, 'km')
};
const milestones = [
	{ id: 10, date: '2024-03-11', title: 'Forum' },
	{ id: 11, date: '2022-02-04', title: 'Policy approved' }
];
const links = [
	{ milestoneId: 10, targetId: 1 },
	{ milestoneId: 11, targetId: 1 },
	{ milestoneId: 11, targetId: 2 }
];

describe('ownedViews', () => {
	const views = ownedViews(
		[
			target(1, {
				responsibleBody: 'MPTC',
				owner: 'Digital Government Committee',
				narrative: 'Why',
				lastReviewed: '2025-01-01',
				nextReview: '2025-06-30'
			}),
			target(2, { note: 'A note', nextReview: '2027-01-01' }),
			target(3)
		],
		milestones,
		links,
		texts,
		'2026-01-01',
		(iso) => `on ${iso}`
	);

	it('flags an overdue review and writes the dates in the page language', () => {
		expect(views.get(1)).toMatchObject({
			responsibleBody: 'MPTC',
			owner: 'Digital Government Committee',
			review: 'overdue',
			lastReviewed: { iso: '2025-01-01', text: 'on 2025-01-01' },
			nextReview: { iso: '2025-06-30', text: 'on 2025-06-30' }
		});
		expect(views.get(2)?.review).toBe('scheduled');
		expect(views.get(3)).toMatchObject({ review: 'unscheduled', lastReviewed: null });
	});

	it('shows the narrative in Khmer, and the English note marked as a fallback', () => {
		expect(views.get(1)?.narrative).toEqual({ text: 'ហេតុអ្វី', lang: 'km', fallback: false });
		expect(views.get(2)?.note).toEqual({ text: 'A note', lang: 'en', fallback: true });
	});

	it('lists the milestones serving each target by date', () => {
		expect(views.get(1)?.milestones.map((m) => m.id)).toEqual([11, 10]);
		expect(views.get(2)?.milestones.map((m) => m.title.text)).toEqual(['Policy approved']);
		expect(views.get(3)?.milestones).toEqual([]);
	});
});

describe('servedTargets', () => {
	it("names each milestone's targets among those shown", () => {
		const served = servedTargets(
			[10, 11, 12],
			[
				{ id: 1, label: { key: 'common.target.value' } },
				{ id: 2, label: { key: 'common.target.rank' } }
			],
			links
		);
		expect(served.get(10)).toEqual([{ key: 'common.target.value' }]);
		expect(served.get(11)).toHaveLength(2);
		expect(served.get(12)).toEqual([]);
	});
});
