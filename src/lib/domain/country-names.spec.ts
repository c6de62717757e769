import { describe, expect, it } from 'vitest';
import { createCountryMatcher, editDistance, normalizeName } from './country-names';

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
