/**
 * A small, made-up Survey for the shaping functions' tests: six countries, the UN indicators
 * and one national KPI, three editions. Values are invented (round, easy to check by hand),
 * not the UN's; rows are in the order the database gives them (indicator, year, country).
 */
import { currentGroups, type Membership } from '$lib/domain/groups';
import { UN_INDICATORS } from '$lib/server/un-indicators';
import type { CountryWithGroups } from '../db/countries';
import type { ObservationRow } from '../db/observations';
import type { Indicator } from '../db/schema';

const country = (
	iso3: string,
	isoNumeric: string,
	name: string,
	subregion: string,
	incomeGroup: string,
	groups: (string | Membership)[] = []
): CountryWithGroups => {
	const memberships = groups.map((g) =>
		typeof g === 'string' ? { group: g, from: null, until: null } : g
	);
	return {
		iso3,
		isoNumeric,
		name,
		region: subregion === 'Western Europe' ? 'Europe' : 'Asia',
		subregion,
		incomeGroup,
		groups: currentGroups(memberships),
		memberships
	};
};

/**
 * Sorted by name, as `listCountries` gives them. Cambodia and Lao PDR are LDCs (as they are);
 * Viet Nam is made an LDC until 2023 here, to test an edition's membership.
 */
export const COUNTRIES: CountryWithGroups[] = [
	country('KHM', '116', 'Cambodia', 'South-eastern Asia', 'Lower-Middle', [
		'ASEAN',
		{ group: 'LDC', from: '1991', until: null }
	]),
	country('FRA', '250', 'France', 'Western Europe', 'High'),
	country('JPN', '392', 'Japan', 'Eastern Asia', 'High'),
	country('LAO', '418', "Lao People's Democratic Republic", 'South-eastern Asia', 'Lower-Middle', [
		'ASEAN',
		{ group: 'LDC', from: '1971', until: null },
		'LLDC'
	]),
	country('THA', '764', 'Thailand', 'South-eastern Asia', 'Upper-Middle', ['ASEAN']),
	country('VNM', '704', 'Viet Nam', 'South-eastern Asia', 'Lower-Middle', [
		'ASEAN',
		{ group: 'LDC', from: null, until: '2023-12-13' }
	])
];

export const KPI: Indicator = {
	code: 'KPI_WAIT',
	name: 'Days to register a business',
	description: '',
	unit: 'days',
	minValue: 0,
	maxValue: 60,
	higherIsBetter: false,
	source: '',
	builtIn: false,
	sortOrder: 100
};

/** In display order, as `listIndicators` gives them. */
export const INDICATORS: Indicator[] = [...UN_INDICATORS, KPI];

export const YEARS = [2020, 2022, 2024];

/** [indicator, year, country, value, rank] */
const TABLE: [string, number, string, number | null, number | null][] = [
	['EGDI', 2020, 'JPN', 0.9, 14],
	['EGDI', 2022, 'FRA', 0.875, 19],
	['EGDI', 2022, 'JPN', 0.9, 14],
	['EGDI', 2022, 'KHM', 0.5, 127],
	['EGDI', 2022, 'LAO', 0.375, 159],
	['EGDI', 2022, 'THA', 0.75, 55],
	['EGDI', 2022, 'VNM', 0.625, 86],
	['EGDI', 2024, 'FRA', 0.875, 15],
	['EGDI', 2024, 'JPN', 0.9375, 13],
	['EGDI', 2024, 'KHM', 0.5625, 120],
	['EGDI', 2024, 'LAO', null, null],
	['EGDI', 2024, 'THA', 0.8125, 52],
	['EGDI', 2024, 'VNM', 0.75, 71],
	['OSI', 2022, 'KHM', 0.375, null],
	['OSI', 2024, 'KHM', 0.5, null],
	['OSI', 2024, 'VNM', 0.75, null],
	['TII', 2022, 'KHM', 0.5, null],
	['TII', 2024, 'KHM', 0.625, null],
	['HCI', 2022, 'KHM', 0.625, null],
	['HCI', 2024, 'KHM', 0.5625, null],
	['EPI', 2024, 'KHM', 0.25, null],
	['KPI_WAIT', 2022, 'KHM', 31, null],
	['KPI_WAIT', 2024, 'KHM', 22, null],
	['KPI_WAIT', 2024, 'VNM', 12, null]
];

/** Every observation, sorted by indicator code, year and country as the database sorts them. */
export const OBSERVATIONS: ObservationRow[] = TABLE.map(
	([indicator, year, country, value, rank]) => ({
		indicator,
		year,
		country,
		value,
		rank
	})
).sort(
	(a, b) =>
		a.indicator.localeCompare(b.indicator) || a.year - b.year || a.country.localeCompare(b.country)
);

/** The rows of one indicator, or of some countries. */
export const rowsOf = (filter: { indicator?: string; countries?: string[] }) =>
	OBSERVATIONS.filter(
		(o) =>
			(!filter.indicator || o.indicator === filter.indicator) &&
			(!filter.countries || filter.countries.includes(o.country))
	);

/** Each (indicator, year) with a row, as `editionsOf` gives them. */
export const EDITIONS = [
	...new Map(OBSERVATIONS.map((o) => [`${o.indicator}|${o.year}`, o])).values()
].map(({ indicator, year }) => ({ indicator, year }));
