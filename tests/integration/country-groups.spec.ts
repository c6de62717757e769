import { afterAll, describe, expect, it } from 'vitest';
import { ensureReferenceData } from '../../src/lib/server/bundled';
import { listCountries } from '../../src/lib/server/db/countries';
import { dataRevision } from '../../src/lib/server/db/revision';
import { tempDatabase } from '../helpers';

/**
 * The UN's country groups (data/country-groups.csv) are loaded with their dates, and kept up to
 * the shipped lists on every start: a database made before them gets them, one that matches is
 * not written (so the page cache is not emptied for nothing).
 */
describe('the UN country groups', () => {
	const t = tempDatabase();
	const sqlite = t.db.$client;
	afterAll(() => t.close());
	const membersOf = (group: string) =>
		sqlite
			.prepare(
				'SELECT iso3, from_date AS "from", until_date AS until FROM country_group_members WHERE group_code = ? ORDER BY iso3'
			)
			.all(group) as { iso3: string; from: string | null; until: string | null }[];

	it('loads LDC, LLDC and SIDS with their dated memberships and the user-defined groups', () => {
		expect(membersOf('LDC')).toHaveLength(52);
		expect(membersOf('LDC').find((m) => m.iso3 === 'BTN')).toEqual({
			iso3: 'BTN',
			from: '1971',
			until: '2023-12-13'
		});
		expect(membersOf('LLDC')).toHaveLength(32);
		expect(membersOf('SIDS')).toHaveLength(38);
		expect(membersOf('ASEAN').find((m) => m.iso3 === 'TLS')).toEqual({
			iso3: 'TLS',
			from: '2025-10',
			until: null
		});
		const kinds = sqlite.prepare('SELECT code, kind FROM country_groups ORDER BY code').all();
		expect(kinds).toEqual([
			{ code: 'ASEAN', kind: 'custom' },
			{ code: 'LDC', kind: 'un' },
			{ code: 'LLDC', kind: 'un' },
			{ code: 'SIDS', kind: 'un' }
		]);
	});

	it('gives each country its groups now and every membership: Bhutan is no longer an LDC', () => {
		const bhutan = listCountries(t.db).find((c) => c.iso3 === 'BTN')!;
		expect(bhutan.groups).toEqual(['LLDC']);
		expect(bhutan.memberships.map((m) => m.group)).toEqual(['LDC', 'LLDC']);
		expect(listCountries(t.db).find((c) => c.iso3 === 'KHM')!.groups).toEqual(['ASEAN', 'LDC']);
	});

	it('leaves a database whose groups match the shipped lists unwritten', () => {
		const before = dataRevision(t.db);
		ensureReferenceData(t.db, 'data');
		expect(dataRevision(t.db)).toBe(before);
	});

	it('brings an older database up to the shipped lists, leaving user-defined groups alone', () => {
		sqlite.prepare("DELETE FROM country_group_members WHERE group_code IN ('LDC', 'SIDS')").run();
		sqlite.prepare("DELETE FROM country_groups WHERE code = 'SIDS'").run();
		sqlite.prepare("UPDATE country_group_members SET until_date = NULL WHERE iso3 = 'STP'").run();
		sqlite
			.prepare("INSERT INTO country_group_members (group_code, iso3) VALUES ('LLDC', 'FRA')")
			.run();
		sqlite
			.prepare("DELETE FROM country_group_members WHERE group_code = 'ASEAN' AND iso3 = 'TLS'")
			.run();
		sqlite.prepare("DELETE FROM country_aliases WHERE alias = 'Burma'").run();
		const before = dataRevision(t.db);
		ensureReferenceData(t.db, 'data');
		expect(dataRevision(t.db)).toBeGreaterThan(before);
		expect(membersOf('LDC')).toHaveLength(52);
		expect(membersOf('SIDS')).toHaveLength(38);
		expect(membersOf('LLDC').map((m) => m.iso3)).not.toContain('FRA');
		// A user-defined group is the users': not put back.
		expect(membersOf('ASEAN').map((m) => m.iso3)).not.toContain('TLS');
		expect(sqlite.prepare("SELECT iso3 FROM country_aliases WHERE alias = 'Burma'").get()).toEqual({
			iso3: 'MMR'
		});
	});
});
