import { describe, expect, it } from 'vitest';
import {
	createCountryMatcher,
	editDistance,
	matchesSearch,
	MAX_NAME_LENGTH,
	MAX_SUGGESTIONS,
	normalizeName,
	resolveCountryList,
	searchKey
} from './country-names';

describe('normalizeName', () => {
	it('ignores case, spacing, diacritics and punctuation', () => {
		expect(normalizeName(' Côte d’Ivoire ')).toBe(normalizeName("COTE D'IVOIRE"));
		expect(normalizeName('Türkiye')).toBe('turkiye');
		expect(normalizeName('Iran (Islamic Republic of)')).toBe('iran islamic republic of');
		expect(normalizeName('Trinidad & Tobago')).toBe('trinidad and tobago');
	});
});

describe('editDistance', () => {
	it('counts single-character edits', () => {
		expect(editDistance('cambodja', 'cambodia')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
	});
});

describe('createCountryMatcher', () => {
	const matcher = createCountryMatcher(
		[
			{ iso3: 'KHM', name: 'Cambodia' },
			{ iso3: 'VNM', name: 'Viet Nam' }
		],
		[{ iso3: 'VNM', name: 'Vietnam' }]
	);

	it('resolves names, aliases and ISO3 codes in any case', () => {
		expect(matcher.resolve('cambodia ')).toBe('KHM');
		expect(matcher.resolve('VIETNAM')).toBe('VNM');
		expect(matcher.resolve('khm')).toBe('KHM');
		expect(matcher.resolve('Atlantis')).toBeNull();
	});

	it('suggests the closest known country, and nothing for nonsense', () => {
		expect(matcher.closest('Cambodja')).toEqual({ iso3: 'KHM', name: 'Cambodia' });
		expect(matcher.closest('Xyzzyplugh')).toBeNull();
	});
});

describe('resolveCountryList', () => {
	const matcher = createCountryMatcher(
		[
			{ iso3: 'KHM', name: 'Cambodia' },
			{ iso3: 'KOR', name: 'Republic of Korea' },
			{ iso3: 'LAO', name: "Lao People's Democratic Republic" }
		],
		[
			{ iso3: 'KOR', name: 'Korea, Rep.' },
			{ iso3: 'LAO', name: 'Laos' }
		]
	);

	it('reads codes, names and aliases in order, once each, and lists the unknown', () => {
		expect(resolveCountryList('khm, Laos ,Cambodia,Atlantis', matcher)).toEqual({
			codes: ['KHM', 'LAO'],
			unknown: ['Atlantis']
		});
	});

	it('reads a World Bank name with a comma whole', () => {
		expect(resolveCountryList('Korea, Rep.,KHM', matcher)).toEqual({
			codes: ['KOR', 'KHM'],
			unknown: []
		});
	});
});

describe('matchesSearch', () => {
	const vietNam = ['Viet Nam', 'Vietnam', 'Socialist Republic of Vietnam'].map(searchKey);
	const ivoryCoast = ["Côte d'Ivoire", 'Ivory Coast'].map(searchKey);

	it.each(['Vietnam', 'viet nam', 'VIET', 'socialist'])('finds Viet Nam by "%s"', (q) => {
		expect(matchesSearch(q, vietNam, 'VNM')).toBe(true);
	});

	it('finds by the ISO3 code and ignores accents and punctuation', () => {
		expect(matchesSearch('vnm', vietNam, 'VNM')).toBe(true);
		expect(matchesSearch('cote d ivoire', ivoryCoast)).toBe(true);
		expect(matchesSearch('Ivory', ivoryCoast)).toBe(true);
	});

	it('finds everything for an empty query and nothing for another name', () => {
		expect(matchesSearch('  ', vietNam)).toBe(true);
		expect(matchesSearch('Laos', vietNam, 'VNM')).toBe(false);
	});
});

describe('the cost of matching', () => {
	const countries = Array.from({ length: 250 }, (_, i) => ({
		iso3: `C${String(i).padStart(2, '0')}`,
		name: `Country number ${i} of the world`
	}));

	it('matches and suggests nothing for a name longer than any country’s', () => {
		const matcher = createCountryMatcher(countries);
		const long = 'Country number 1 of the world'.padEnd(MAX_NAME_LENGTH + 1, '!');
		expect(matcher.resolve(long)).toBeNull();
		expect(matcher.closest(long)).toBeNull();
		expect(matcher.closest('Country numbr 1 of the world')?.iso3).toBe('C01');
	});

	it('suggests for a bounded number of distinct unknown names, and remembers them', () => {
		const matcher = createCountryMatcher(countries);
		for (let i = 0; i < MAX_SUGGESTIONS; i++) matcher.closest(`Country numbr ${i} of the world`);
		expect(matcher.closest('Country numbr 1 of the world')?.iso3).toBe('C01');
		expect(matcher.closest('Country numbr 201 of the world')).toBeNull();
	});
});
