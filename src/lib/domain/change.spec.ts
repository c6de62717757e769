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
	it("splits Cambodia's 2022→2024 change into thirds of each component's change", () => {
		const c = egdiChange(khm2022, khm2024);
		expect(c.egdi).toBeCloseTo(0.06976, 10);
		expect(c.rankPlaces).toBe(7);
		const byCode = Object.fromEntries(c.contributions.map((x) => [x.code, x.change]));
		expect(byCode.TII).toBeCloseTo((0.76094 - 0.5605) / 3, 10);
		expect(byCode.OSI).toBeCloseTo((0.45034 - 0.4181) / 3, 10);
		expect(byCode.HCI).toBeCloseTo((0.51489 - 0.538) / 3, 10);
		expect(c.driver).toBe('TII');
	});

	it('counts places lost as negative and tolerates missing values', () => {
		const c = egdiChange(
			{ year: 2014, rank: 139, values: { EGDI: 0.29986, OSI: null } },
			{ year: 2016, rank: 158, values: { EGDI: 0.25927, OSI: 0.2 } }
		);
		expect(c.rankPlaces).toBe(-19);
		expect(c.contributions.every((x) => x.change === null)).toBe(true);
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
