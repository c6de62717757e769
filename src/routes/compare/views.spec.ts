import { describe, expect, it } from 'vitest';
import type { TrendChart } from './compare';
import { seeCharts } from './views';

const chart = (code: string, lines: Record<string, (number | null)[]>): TrendChart => ({
	code,
	name: code,
	unit: code === 'RANK' ? 'rank' : 'index (0–1)',
	higherIsBetter: code !== 'RANK',
	yDomain: [0, 1],
	invert: code === 'RANK',
	years: [2018, 2020, 2022],
	series: Object.entries(lines).map(([key, ys]) => ({
		key,
		label: key,
		colour: '#000000',
		dash: '',
		shape: 'circle' as const,
		points: ys.map((y, i) => ({ x: 2018 + 2 * i, y }))
	})),
	latest: null
});

describe('seeCharts', () => {
	const charts = [
		chart('EGDI', { VNM: [0.5, 0.6, 0.75], KHM: [null, 0.4, 0.5] }),
		chart('RANK', { VNM: [88, 86, 71], KHM: [null, 124, 127] })
	];

	it('leaves the values as they are', () => {
		const [egdi] = seeCharts(charts, { view: 'value', since: 2020 }, null, 'en');
		expect(egdi).toMatchObject({ view: 'value', base: null, caption: '', yDomain: [0, 1] });
		expect(egdi.series[0].points).toHaveLength(3);
	});

	it('measures every line from the focus country’s first edition with a value', () => {
		const [egdi, rank] = seeCharts(charts, { view: 'change', since: 2018 }, 'KHM', 'en');
		expect(egdi).toMatchObject({ base: 2020, caption: 'change since 2020', years: [2020, 2022] });
		expect(egdi.series.map((s) => s.points.map((p) => p.y && Math.round(p.y * 100) / 100))).toEqual(
			[
				[0, 0.15],
				[0, 0.1]
			]
		);
		expect(egdi.yDomain[0]).toBe(0);
		// The rank keeps its places.
		expect(rank).toMatchObject({ view: 'value', base: null, years: [2018, 2020, 2022] });
	});

	it('takes the first country as the reference without a focus, and indexes to it', () => {
		const [egdi] = seeCharts(charts, { view: 'index', since: null }, null, 'en');
		expect(egdi).toMatchObject({ base: 2018, caption: 'index, 2018 = 100' });
		// Cambodia has no 2018 value: no line rather than a guessed start.
		expect(egdi.series[1].points.map((p) => p.y)).toEqual([null, null, null]);
		expect(egdi.series[0].points.map((p) => p.y)).toEqual([100, 120, 150]);
	});
});
