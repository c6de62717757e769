import { describe, expect, it } from 'vitest';
import { createCountryMatcher } from '$lib/domain/country-names';
import { MAX_COUNTRIES, addCountry, compareHref, parseSelection } from './selection';

const matcher = createCountryMatcher([
	{ iso3: 'KHM', name: 'Cambodia' },
	{ iso3: 'VNM', name: 'Viet Nam' },
	{ iso3: 'THA', name: 'Thailand' },
	{ iso3: 'LAO', name: "Lao People's Democratic Republic" },
	{ iso3: 'MMR', name: 'Myanmar' },
	{ iso3: 'MYS', name: 'Malaysia' },
	{ iso3: 'IDN', name: 'Indonesia' },
	{ iso3: 'PHL', name: 'Philippines' },
	{ iso3: 'SGP', name: 'Singapore' },
	{ iso3: 'BRN', name: 'Brunei Darussalam' },
	{ iso3: 'TLS', name: 'Timor-Leste' },
	{ iso3: 'CHN', name: 'China' },
	{ iso3: 'KOR', name: 'Republic of Korea' },
	{ iso3: 'JPN', name: 'Japan' }
]);

/** ASEAN's eleven members, Timor-Leste's since October 2025. */
const ASEAN = ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'TLS', 'VNM'];

describe('parseSelection', () => {
	it('keeps known codes and names in order, any case, without duplicates', () => {
		expect(parseSelection(' khm, Viet Nam ,THA,KHM,,vnm', matcher)).toEqual({
			codes: ['KHM', 'VNM', 'THA'],
			notices: []
		});
	});

	it('leaves out unknown entries with a notice naming them', () => {
		const { codes, notices } = parseSelection('KHM,XYZ,Atlantis', matcher);
		expect(codes).toEqual(['KHM']);
		expect(notices).toEqual([
			{ text: 'No country has the codes or names “XYZ”, “Atlantis”; they were left out.' }
		]);
	});

	it('holds a whole ASEAN, and one more', () => {
		expect(MAX_COUNTRIES).toBe(12);
		expect(parseSelection(ASEAN.join(','), matcher)).toEqual({ codes: ASEAN, notices: [] });
		expect(parseSelection([...ASEAN, 'CHN'].join(','), matcher).codes).toHaveLength(12);
	});

	it(`keeps the first ${MAX_COUNTRIES} and names the others`, () => {
		const { codes, notices } = parseSelection(
			[...ASEAN, 'CHN', 'KOR', 'japan', 'SGP'].join(','),
			matcher
		);
		expect(codes).toEqual([...ASEAN, 'CHN']);
		expect(notices).toEqual([
			{
				text: 'A comparison shows up to 12 countries, so the first 12 are shown; left out: Republic of Korea, Japan.'
			}
		]);
	});

	it('reads the empty parameter as no country', () => {
		expect(parseSelection('', matcher)).toEqual({ codes: [], notices: [] });
	});
});

describe('addCountry', () => {
	it('appends a country named by name or code, case-insensitively', () => {
		expect(addCountry(['KHM'], 'thailand', matcher)).toEqual({
			codes: ['KHM', 'THA'],
			notice: null
		});
		expect(addCountry(['KHM'], 'vnm', matcher)).toEqual({ codes: ['KHM', 'VNM'], notice: null });
	});

	it('leaves the selection as it is for a country already in it', () => {
		expect(addCountry(['KHM', 'THA'], 'THA', matcher)).toEqual({
			codes: ['KHM', 'THA'],
			notice: null
		});
	});

	it('suggests the closest name for an unknown one', () => {
		expect(addCountry(['KHM'], 'Thailnd', matcher)).toEqual({
			codes: null,
			notice: {
				text: 'No country matches “Thailnd”.',
				suggestion: { iso3: 'THA', name: 'Thailand' }
			}
		});
	});

	it('adds a twelfth country to a whole ASEAN, and refuses a thirteenth', () => {
		const twelve = addCountry(ASEAN, 'China', matcher);
		expect(twelve).toEqual({ codes: [...ASEAN, 'CHN'], notice: null });
		const result = addCountry(twelve.codes!, 'Japan', matcher);
		expect(result.codes).toBeNull();
		expect(result.notice?.text).toBe(
			'A comparison shows up to 12 countries: remove one to add Japan.'
		);
	});
});

it('writes the selection as a plain comma-separated list', () => {
	expect(compareHref(['KHM', 'VNM'])).toBe('/compare?countries=KHM,VNM');
	expect(compareHref([])).toBe('/compare?countries=');
	expect(compareHref(['KHM'], ['LDC', 'ASEAN'])).toBe('/compare?countries=KHM&avg=LDC&avg=ASEAN');
});

it("writes the notices in the page's language", () => {
	expect(parseSelection('KHM,XYZ', matcher, 'km').notices[0].text).toBe(
		'គ្មានប្រទេសណាមានកូដ ឬឈ្មោះ «XYZ» ទេ ដូច្នេះវាត្រូវបានដកចេញ។'
	);
	expect(addCountry(['KHM'], 'Thailnd', matcher, 'id').notice?.text).toBe(
		'Tidak ada negara yang cocok dengan “Thailnd”.'
	);
});

describe('a long ?add= value', () => {
	it('is answered at once, with no search for a close name and the value cut short', () => {
		const asked = 'x'.repeat(15 * 1024);
		const started = performance.now();
		const result = addCountry([], asked, createCountryMatcher(matcherCountries()));
		// Searching 250 names for the closest to 15 KB would take about half a second; the bound
		// leaves room for a busy machine (it was 50 ms and failed once at a load of 7 on 2 CPUs).
		expect(performance.now() - started).toBeLessThan(250);
		expect(result.codes).toBeNull();
		expect(result.notice?.suggestion).toBeUndefined();
		expect(result.notice?.text.length).toBeLessThan(300);
	});
});

function matcherCountries() {
	return Array.from({ length: 250 }, (_, i) => ({
		iso3: `C${String(i).padStart(2, '0')}`,
		name: `Country number ${i} of the world`
	}));
}
