import { describe, expect, it } from 'vitest';
import {
	compoundPath,
	componentsFor,
	egdiForRank,
	egdiOf,
	estimatedRank,
	headroom,
	paceBetween,
	paced,
	planYears,
	reaches,
	scenario
} from './planner';

describe('planYears', () => {
	it('lists the biennial editions after the latest, ending on the target year', () => {
		expect(planYears(2024, 2035)).toEqual([2026, 2028, 2030, 2032, 2034, 2035]);
		expect(planYears(2024, 2030)).toEqual([2026, 2028, 2030]);
		expect(planYears(2024, 2025)).toEqual([2025]);
		expect(planYears(2024, 2024)).toEqual([]);
	});
});

describe('egdiOf', () => {
	it('is the mean of the components', () => {
		// (0.6 + 0.9 + 0.3) / 3 = 1.8 / 3 = 0.6
		expect(egdiOf([0.6, 0.9, 0.3])).toBeCloseTo(0.6, 12);
		// Cambodia 2024: (0.45034 + 0.7609 + 0.51485) / 3 = 1.72609 / 3 = 0.575363
		expect(egdiOf([0.45034, 0.7609, 0.51485])).toBeCloseTo(0.575363, 6);
	});

	it('is missing when a component is', () => {
		expect(egdiOf([0.6, null, 0.3])).toBeNull();
		expect(egdiOf([])).toBeNull();
	});
});

describe('estimatedRank and egdiForRank', () => {
	const peers = [0.7, 0.6, 0.5, 0.65];
	it('counts the peers strictly above, ties sharing a rank', () => {
		// Above 0.6: 0.7 and 0.65 → rank 3 (0.6 itself ties, not above).
		expect(estimatedRank(0.6, peers)).toBe(3);
		expect(estimatedRank(0.95, peers)).toBe(1);
		expect(estimatedRank(0.1, peers)).toBe(5);
	});

	it('gives the EGDI that reaches a rank: the rank-th highest peer', () => {
		// Sorted: 0.7, 0.65, 0.6, 0.5. Rank 2 needs 0.65 (only 0.7 above).
		expect(egdiForRank(2, peers)).toBe(0.65);
		expect(estimatedRank(egdiForRank(2, peers), peers)).toBe(2);
		expect(egdiForRank(1, peers)).toBe(0.7);
		expect(egdiForRank(5, peers)).toBe(0);
	});
});

describe('required paths', () => {
	it('grows compound from the latest value to the target', () => {
		// 0.5 → 0.72 over two years: rate √1.44 = 1.2 → 0.6 after one year, 0.72 after two.
		const path = compoundPath(0.5, 2024, 0.72, 2026, [2025, 2026]);
		expect(path[0]).toBeCloseTo(0.6, 12);
		expect(path[1]).toBe(0.72);
	});

	it('splits an EGDI into components closing the same share of their gap to the frontier', () => {
		// Mean 0.6, gap 0.4; for 0.7 the gap is 0.3: k = 0.3 / 0.4 = 0.75.
		// 1 − 0.6·0.75 = 0.55; 1 − 0.3·0.75 = 0.775 (twice); mean (0.55 + 1.55) / 3 = 0.7.
		const c = componentsFor(0.7, [0.4, 0.7, 0.7]);
		expect(c[0]).toBeCloseTo(0.55, 12);
		expect(c[1]).toBeCloseTo(0.775, 12);
		expect(c[2]).toBeCloseTo(0.775, 12);
		expect(egdiOf(c)).toBeCloseTo(0.7, 12);
	});

	it('keeps components at the frontier there', () => {
		expect(componentsFor(0.9, [1, 0.7, 0.7])[0]).toBe(1);
	});
});

describe('paces', () => {
	it('moves a component by points a year, within 0–1', () => {
		expect(paced(0.5, -0.01, 2)).toBeCloseTo(0.48, 12);
		expect(paced(0.95, 0.02, 4)).toBe(1);
		expect(paced(0.01, -0.02, 4)).toBe(0);
	});

	it('measures the pace between two editions', () => {
		// (0.45 − 0.4) / 2 = 0.025 a year
		expect(paceBetween({ year: 2022, value: 0.4 }, { year: 2024, value: 0.45 })).toBeCloseTo(
			0.025,
			12
		);
	});
});

describe('headroom', () => {
	it('ranks the components by distance to the frontier, largest first', () => {
		const h = headroom([
			{ code: 'OSI', value: 0.45 },
			{ code: 'TII', value: 0.76 },
			{ code: 'HCI', value: 0.52 }
		]);
		expect(h.map((c) => c.code)).toEqual(['OSI', 'HCI', 'TII']);
		expect(h[0].headroom).toBeCloseTo(0.55, 12);
		expect(h[2].headroom).toBeCloseTo(0.24, 12);
	});
});

describe('scenario', () => {
	it('moves each component at its pace and places the EGDI among projected peers', () => {
		const editions = scenario({
			latestYear: 2024,
			latest: [
				{ code: 'OSI', value: 0.45 },
				{ code: 'TII', value: 0.76 },
				{ code: 'HCI', value: 0.52 }
			],
			paces: { OSI: 0.02, TII: 0, HCI: 0.005 },
			years: [2026, 2030],
			peers: [
				[0.9, 0.6, 0.5],
				[0.9, 0.65, 0.62]
			]
		});
		// 2026: OSI 0.45 + 2·0.02 = 0.49, TII 0.76, HCI 0.52 + 2·0.005 = 0.53;
		// EGDI (0.49 + 0.76 + 0.53) / 3 = 1.78 / 3 = 0.593333; above it 0.9 and 0.6 → rank 3.
		expect(editions[0].components.map((c) => c.value)).toEqual([
			expect.closeTo(0.49, 12),
			0.76,
			expect.closeTo(0.53, 12)
		]);
		expect(editions[0].egdi).toBeCloseTo(0.593333, 6);
		expect(editions[0].group).toBe('High');
		// High group: 0.6, 0.593333, 0.5 → second of three, third quartile (ceil(4·2 / 3) = 3): H2.
		expect(editions[0].ratingClass).toBe('H2');
		expect(editions[0].rank).toBe(3);
		// 2030: OSI 0.57, TII 0.76, HCI 0.55; EGDI 1.88 / 3 = 0.626667; above it 0.9, 0.65 → 3.
		expect(editions[1].egdi).toBeCloseTo(0.626667, 6);
		expect(editions[1].rank).toBe(3);
	});
});

describe('reaches', () => {
	const end = {
		year: 2035,
		components: [{ code: 'OSI', value: 0.8 }],
		egdi: 0.74,
		group: 'High' as const,
		ratingClass: 'HV',
		rank: 60
	};
	it('compares the rank, the EGDI or the component with the target', () => {
		expect(reaches(end, { measure: 'rank', indicator: 'EGDI', targetNumber: 60 })).toBe(true);
		expect(reaches(end, { measure: 'rank', indicator: 'EGDI', targetNumber: 59 })).toBe(false);
		expect(reaches(end, { measure: 'value', indicator: 'EGDI', targetNumber: 0.75 })).toBe(false);
		expect(reaches(end, { measure: 'value', indicator: 'OSI', targetNumber: 0.75 })).toBe(true);
		expect(reaches(end, { measure: 'value', indicator: 'EPI', targetNumber: 0.75 })).toBeNull();
	});
});
