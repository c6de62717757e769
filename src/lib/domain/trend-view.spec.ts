import { describe, expect, it } from 'vitest';
import { baselineOf, readView, viewDomain, viewParams, viewPoints } from './trend-view';

const line = (...ys: (number | null)[]) => ys.map((y, i) => ({ x: 2010 + 2 * i, y }));

describe('readView', () => {
	it('reads a view and its edition', () => {
		expect(readView(new URLSearchParams('view=change&since=2012'))).toEqual({
			view: 'change',
			since: 2012
		});
		expect(readView(new URLSearchParams('view=index'))).toEqual({ view: 'index', since: null });
	});

	it('reads anything else as the values from the first edition', () => {
		for (const query of ['', 'view=CHANGE', 'view=percent', 'view=', 'view=value&since=12']) {
			const { view } = readView(new URLSearchParams(query));
			expect(view, query).toBe('value');
		}
		for (const since of ['12', '2012.5', 'x', '', '1e4', '-2012', '99999'])
			expect(readView(new URLSearchParams(`view=change&since=${since}`)).since, since).toBeNull();
	});

	it('writes back only what differs from the plain chart', () => {
		expect(viewParams({ view: 'value', since: 2012 })).toEqual({});
		expect(viewParams({ view: 'index', since: null })).toEqual({ view: 'index' });
		expect(viewParams({ view: 'change', since: 2014 })).toEqual({ view: 'change', since: '2014' });
	});
});

describe('baselineOf', () => {
	it('is the edition asked for when the reference has a value there', () => {
		expect(baselineOf(line(0.2, 0.3, 0.4), 2012)).toBe(2012);
	});

	it('moves to the next edition with a value, or the first with none asked', () => {
		expect(baselineOf(line(null, null, 0.4, 0.5), 2011)).toBe(2014);
		expect(baselineOf(line(null, 0.3, 0.4), null)).toBe(2012);
	});

	it('skips a zero for an index, which cannot be divided by', () => {
		expect(baselineOf(line(0, 0, 0.2), 2010, 'index')).toBe(2014);
		expect(baselineOf(line(0, 0, 0.2), 2010, 'change')).toBe(2010);
	});

	it('is none when the reference has no value from then on', () => {
		expect(baselineOf(line(0.2, 0.3, null), 2014)).toBeNull();
		expect(baselineOf([], null)).toBeNull();
	});
});

describe('viewPoints', () => {
	const egdi = line(0.25, 0.3, null, 0.5);

	it('leaves the values view whole', () => {
		expect(viewPoints(egdi, 'value', 2012)).toEqual(egdi);
	});

	it('measures the change since the baseline, from the baseline on', () => {
		const change = viewPoints(egdi, 'change', 2012);
		expect(change.map((p) => p.x)).toEqual([2012, 2014, 2016]);
		expect(change[0].y).toBe(0);
		expect(change[1].y).toBeNull();
		expect(change[2].y).toBeCloseTo(0.2, 12);
	});

	it('indexes each line to its own baseline value', () => {
		expect(viewPoints(egdi, 'index', 2010).map((p) => p.y)).toEqual([100, 120, null, 200]);
	});

	it('leaves a line without a baseline value as gaps rather than guessing one', () => {
		const late = line(null, 0.4, 0.5);
		expect(viewPoints(late, 'change', 2010).map((p) => p.y)).toEqual([null, null, null]);
		expect(viewPoints(line(0, 0.4), 'index', 2010).map((p) => p.y)).toEqual([null, null]);
	});

	it('is empty without a baseline', () => {
		expect(viewPoints(egdi, 'index', null)).toEqual([]);
	});
});

describe('viewDomain', () => {
	it('keeps the indicator’s domain for the values', () => {
		expect(viewDomain([line(0.2)], 'value', [0, 1])).toEqual([0, 1]);
	});

	it('puts zero on a change axis and 100 on an index axis', () => {
		const [low, high] = viewDomain([line(0, 0.1, 0.3)], 'change', [0, 1]);
		expect(low).toBe(0);
		expect(high).toBeCloseTo(0.33, 12);
		const [down, up] = viewDomain([line(100, 80), line(100, 90)], 'index', [0, 1]);
		expect(down).toBeCloseTo(78, 12);
		expect(up).toBeCloseTo(102, 12);
	});

	it('gives a flat or empty chart some height', () => {
		expect(viewDomain([line(0, 0)], 'change', [0, 1])).toEqual([0, 0.01]);
		expect(viewDomain([], 'index', [0, 1])).toEqual([100, 101]);
	});
});
