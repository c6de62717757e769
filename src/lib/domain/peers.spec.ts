import { describe, expect, it } from 'vitest';
import { defaultPeers, membersOf, type RankedCountry } from './peers';

// ASEAN and Timor-Leste with their 2024 EGDI ranks, and a few other countries.
const ASEAN: [string, number][] = [
	['SGP', 3],
	['THA', 52],
	['MYS', 57],
	['IDN', 64],
	['VNM', 71],
	['PHL', 73],
	['BRN', 75],
	['KHM', 120],
	['MMR', 138],
	['LAO', 152],
	['TLS', 159]
];
const countries: RankedCountry[] = [
	...ASEAN.map(([iso3, rank]) => ({ iso3, rank, groups: ['ASEAN'] })),
	{ iso3: 'BGD', rank: 100, groups: [] },
	{ iso3: 'NPL', rank: 119, groups: [] },
	{ iso3: 'GHA', rank: 121, groups: [] },
	{ iso3: 'FRA', rank: 10, groups: [] },
	{ iso3: 'PRK', rank: null, groups: [] }
];

describe('defaultPeers', () => {
	it('takes the ASEAN members ranked nearest Cambodia, as many above as below', () => {
		const { codes, basis } = defaultPeers('KHM', countries, 'ASEAN', 8);
		expect(basis).toEqual({ kind: 'groupNearest', group: 'ASEAN' });
		expect(codes[0]).toBe('KHM');
		expect(codes).toHaveLength(8);
		// Three below (all there are) and four above: never only weaker countries.
		expect(codes.slice(1)).toEqual(['IDN', 'VNM', 'PHL', 'BRN', 'MMR', 'LAO', 'TLS']);
	});

	it('shows the whole group when it fits', () => {
		const { codes, basis } = defaultPeers('KHM', countries, 'ASEAN', 12);
		expect(basis).toEqual({ kind: 'group', group: 'ASEAN' });
		expect(codes).toEqual(['KHM', ...ASEAN.map(([c]) => c).filter((c) => c !== 'KHM')]);
	});

	it('balances above and below for a country in the middle of its group', () => {
		expect(defaultPeers('VNM', countries, 'ASEAN', 5).codes).toEqual([
			'VNM',
			'MYS',
			'IDN',
			'PHL',
			'BRN'
		]);
	});

	it('takes the countries ranked just above and below in the world for a country outside the group', () => {
		const { codes, basis } = defaultPeers('NPL', countries, 'ASEAN', 5);
		expect(basis).toEqual({ kind: 'worldNearest' });
		expect(codes).toEqual(['NPL', 'BRN', 'BGD', 'KHM', 'GHA']);
	});

	it('compares an unranked country with no one rather than with a made-up set', () => {
		expect(defaultPeers('PRK', countries, 'ASEAN', 8)).toEqual({
			codes: ['PRK'],
			basis: { kind: 'worldNearest' }
		});
	});

	it('treats a group of which the focus is the only member as no group', () => {
		const alone = [...countries, { iso3: 'XKX', rank: 90, groups: ['SOLO'] }];
		expect(defaultPeers('XKX', alone, 'SOLO', 3).basis).toEqual({ kind: 'worldNearest' });
	});
});

describe('membersOf', () => {
	it('lists all eleven ASEAN members, the focus country first, the others by rank', () => {
		const members = membersOf('ASEAN', countries, 'KHM');
		expect(members).toHaveLength(11);
		expect(members).toEqual(['KHM', ...ASEAN.map(([c]) => c).filter((c) => c !== 'KHM')]);
	});

	it('lists them by rank alone when the focus country is not a member', () => {
		expect(membersOf('ASEAN', countries, 'FRA')).toEqual(ASEAN.map(([c]) => c));
		expect(membersOf('ASEAN', countries, null)).toEqual(ASEAN.map(([c]) => c));
	});

	it('has no members for an unknown group', () => {
		expect(membersOf('EU', countries, 'KHM')).toEqual([]);
	});
});
