import { describe, expect, it } from 'vitest';
import {
	currentGroups,
	editionDate,
	groupsInEdition,
	isMemberOn,
	parseMembershipDate,
	type Membership
} from './groups';

// Dates from data/country-groups.csv (UN DESA CDP timeline; UN-OHRLLS lists).
const BHUTAN: Membership[] = [
	{ group: 'LDC', from: '1971', until: '2023-12-13' },
	{ group: 'LLDC', from: null, until: null }
];
const SAO_TOME: Membership[] = [
	{ group: 'LDC', from: '1982', until: '2024-12-13' },
	{ group: 'SIDS', from: null, until: null }
];
const SOUTH_SUDAN: Membership[] = [
	{ group: 'LDC', from: '2012-12', until: null },
	{ group: 'LLDC', from: '2011-07-14', until: null }
];

describe('membership by date', () => {
	it('takes an edition on 1 July of its year', () => {
		expect(editionDate(2024)).toBe('2024-07-01');
	});

	it('counts from the first day, not on the day of leaving', () => {
		const m = BHUTAN[0];
		expect(isMemberOn(m, '1971-01-01')).toBe(true);
		expect(isMemberOn(m, '1970-12-31')).toBe(false);
		// A month alone counts from its first day.
		expect(isMemberOn({ from: '2012-12', until: null }, '2012-12-01')).toBe(true);
		expect(isMemberOn({ from: '2012-12', until: null }, '2012-11-30')).toBe(false);
		expect(isMemberOn({ from: null, until: '2012' }, '2011-12-31')).toBe(true);
		expect(isMemberOn({ from: null, until: '2012' }, '2012-01-01')).toBe(false);
		expect(isMemberOn(m, '2023-12-12')).toBe(true);
		expect(isMemberOn(m, '2023-12-13')).toBe(false);
		expect(isMemberOn({ from: null, until: null }, '1900-01-01')).toBe(true);
	});

	it('puts Bhutan among the LDCs in 2022 and not in 2024 (graduated 13 December 2023)', () => {
		expect(groupsInEdition(BHUTAN, 2022)).toEqual(['LDC', 'LLDC']);
		expect(groupsInEdition(BHUTAN, 2024)).toEqual(['LLDC']);
	});

	it('keeps São Tomé and Príncipe an LDC in the 2024 edition (graduated December 2024)', () => {
		expect(groupsInEdition(SAO_TOME, 2024)).toEqual(['LDC', 'SIDS']);
		expect(groupsInEdition(SAO_TOME, 2026)).toEqual(['SIDS']);
	});

	it('adds South Sudan to the LDCs from 2014, after the 2012 edition (included December 2012)', () => {
		expect(groupsInEdition(SOUTH_SUDAN, 2012)).toEqual(['LLDC']);
		expect(groupsInEdition(SOUTH_SUDAN, 2014)).toEqual(['LDC', 'LLDC']);
		expect(groupsInEdition(SOUTH_SUDAN, 2010)).toEqual([]);
	});

	it('gives the groups not ended as the current ones', () => {
		expect(currentGroups(BHUTAN)).toEqual(['LLDC']);
		expect(currentGroups(SOUTH_SUDAN)).toEqual(['LDC', 'LLDC']);
	});
});

describe('parseMembershipDate', () => {
	it('keeps a day, a month or a year as precise as given; empty is open', () => {
		expect(parseMembershipDate('2023-12-13')).toBe('2023-12-13');
		expect(parseMembershipDate('2012-12')).toBe('2012-12');
		expect(parseMembershipDate(' 2003 ')).toBe('2003');
		expect(parseMembershipDate('')).toBeNull();
		expect(parseMembershipDate(undefined)).toBeNull();
	});

	it.each(['13/12/2023', '2023-13', '2023-02-30', 'soon'])('refuses %s', (text) => {
		expect(() => parseMembershipDate(text)).toThrow('is not a date');
	});
});
