import { describe, expect, it } from 'vitest';
import { egdiChange, lastTwoEditions } from './change';

// Cambodia, UN E-Government Survey 2022 and 2024.
const khm2022 = {
	year: 2022,
	rank: 127,
	values: { EGDI: 0.5056, OSI: 0.4181, HCI: 0.538, TII: 0.5605 }
};
const khm2024 = {
	year: 2024,
	rank: 120,
	values: { EGDI: 0.57536, OSI: 0.45034, HCI: 0.51489, TII: 0.76094 }
};

describe('egdiChange', () => {
	it("gives each component's own change and its third of Cambodia's 2022→2024 EGDI change", () => {
		const c = egdiChange(khm2022, khm2024);
		expect(c.egdi).toBeCloseTo(0.06976, 10);
		expect(c.rankPlaces).toBe(7);
		const tii = c.components.find((x) => x.code === 'TII')!;
		// TII itself rose by 0.2004; a third of that, 0.0668, is its part of the EGDI change.
		expect(tii.change).toBeCloseTo(0.20044, 10);
		expect(tii.contribution).toBeCloseTo(0.20044 / 3, 10);
		const byCode = Object.fromEntries(c.components.map((x) => [x.code, x]));
		expect(byCode.OSI.change).toBeCloseTo(0.45034 - 0.4181, 10);
		expect(byCode.OSI.contribution).toBeCloseTo((0.45034 - 0.4181) / 3, 10);
		expect(byCode.HCI.change).toBeCloseTo(0.51489 - 0.538, 10);
		expect(byCode.HCI.contribution).toBeCloseTo((0.51489 - 0.538) / 3, 10);
		// The contributions add up to the change of the mean of the components.
		const sum = c.components.reduce((s, x) => s + (x.contribution ?? 0), 0);
		expect(sum).toBeCloseTo((0.45034 + 0.51489 + 0.76094 - (0.4181 + 0.538 + 0.5605)) / 3, 10);
		expect(c.driver).toBe('TII');
	});

	it('counts places lost as negative and tolerates missing values', () => {
		const c = egdiChange(
			{ year: 2014, rank: 139, values: { EGDI: 0.29986, OSI: null } },
			{ year: 2016, rank: 158, values: { EGDI: 0.25927, OSI: 0.2 } }
		);
		expect(c.rankPlaces).toBe(-19);
		expect(c.components.every((x) => x.change === null && x.contribution === null)).toBe(true);
		expect(c.driver).toBeNull();
	});

	it('has no change without both values', () => {
		expect(egdiChange({ year: 2003, rank: null, values: {} }, khm2024).egdi).toBeNull();
	});
});

describe('lastTwoEditions', () => {
	it('skips editions where the country was not assessed', () => {
		const [previous, latest] = lastTwoEditions([
			khm2024,
			{ year: 2023, rank: null, values: { EGDI: null } },
			khm2022
		]);
		expect(previous?.year).toBe(2022);
		expect(latest?.year).toBe(2024);
	});

	it('is empty without data', () => {
		expect(lastTwoEditions([])).toEqual([null, null]);
	});
});
