/**
 * Figures the UN publishes, reproduced from the bundled dataset (data/, built from the UN's own
 * EGOV_DATA_YYYY.csv downloads by `npm run data:build`) with the dashboard's own functions.
 * Each test names where the figure is published. Run alone: npx vitest run tests/unit/published-figures.spec.ts
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/lib/domain/aggregates';
import { groupsInEdition } from '../../src/lib/domain/groups';
import { levelGroup, LEVEL_GROUPS, rateEdition } from '../../src/lib/domain/levels';
import { rankValues } from '../../src/lib/domain/ranking';
import { readGroups } from '../../src/lib/server/reference';

const DATA = join(import.meta.dirname, '../../data');
const csv = (file: string) =>
	Papa.parse<Record<string, string>>(readFileSync(join(DATA, file), 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;

const names = new Map(csv('countries.csv').map((c) => [c.iso3, c.name]));

/** One indicator's rows of one edition: country, value (null: not assessed) and rank. */
function edition(year: number, indicator: string) {
	return csv(`observations/un-egov-${year}.csv`)
		.filter((r) => r.indicator === indicator)
		.map((r) => ({
			country: r.iso3,
			value: r.value === '' ? null : Number(r.value),
			rank: r.rank === '' ? null : Number(r.rank)
		}));
}

const { members } = readGroups(DATA);
/** The members of a UN group in `year`'s edition. */
function membersIn(group: string, year: number): string[] {
	return members
		.filter((m) => m.groupCode === group)
		.filter((m) => groupsInEdition([{ group, from: m.from, until: m.until }], year).length)
		.map((m) => m.iso3);
}

describe('EGDI level groups', () => {
	// UN E-Government Survey 2018, 2020, 2022 and 2024, chapter 1 ("Global trends"): the number
	// of countries in the very high, high, middle and low EGDI groups.
	it.each([
		[2018, [40, 71, 66, 16]],
		[2020, [57, 69, 59, 8]],
		[2022, [60, 73, 53, 7]],
		[2024, [76, 62, 44, 11]]
	])('%i: the published counts per group', (year, counts) => {
		const values = edition(year, 'EGDI').map((r) => r.value);
		expect(LEVEL_GROUPS.map((g) => values.filter((v) => levelGroup(v) === g.group).length)).toEqual(
			counts
		);
	});

	// UN E-Government Survey 2020, 2022, 2024, chapter 1: the global average EGDI.
	it.each([
		[2020, 0.5988],
		[2022, 0.6102],
		[2024, 0.6382]
	])('%i: the world average EGDI is %d', (year, average) => {
		expect(summarize(edition(year, 'EGDI').map((r) => r.value)).mean).toBeCloseTo(average, 4);
	});
});

describe('rating classes', () => {
	const vh = (year: number) => {
		const rated = rateEdition(year, edition(year, 'EGDI'))!;
		const list = (key: 'code' | 'ruleCode') =>
			[...rated.byCountry.values()]
				.filter((r) => r[key] === 'VH')
				.map((r) => ({ ...r, name: names.get(r.country)! }))
				.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name))
				.map((r) => r.name);
		return { shown: list('code'), rule: list('ruleCode') };
	};

	// UN E-Government Survey 2020, chapter 1: the 14 countries of the VH rating class.
	it('reproduces the VH list of 2020 (14 countries)', () => {
		expect(vh(2020).shown).toEqual([
			'Denmark',
			'Republic of Korea',
			'Estonia',
			'Finland',
			'Australia',
			'Sweden',
			'United Kingdom of Great Britain and Northern Ireland',
			'New Zealand',
			'United States of America',
			'Netherlands',
			'Singapore',
			'Iceland',
			'Norway',
			'Japan'
		]);
	});

	// UN E-Government Survey 2022, chapter 1: the 15 countries of the VH rating class.
	it('reproduces the VH list of 2022 (15 countries)', () => {
		expect(vh(2022).shown).toEqual([
			'Denmark',
			'Finland',
			'Republic of Korea',
			'New Zealand',
			'Iceland',
			'Sweden',
			'Australia',
			'Estonia',
			'Netherlands',
			'United States of America',
			'United Kingdom of Great Britain and Northern Ireland',
			'Singapore',
			'United Arab Emirates',
			'Japan',
			'Malta'
		]);
	});

	// UN E-Government Survey 2024, chapter 1: 18 countries in the VH class. The quartile rule
	// gives 19 (a quarter of 76); the 19th is the United States at 0.91945. The dashboard shows
	// the published list (PUBLISHED_CLASS_EXCEPTIONS) and keeps the rule's class beside it.
	it('shows the 18 of the published VH list of 2024; the rule alone would add the United States', () => {
		const { shown, rule } = vh(2024);
		expect(shown).toHaveLength(18);
		expect(rule).toEqual([...shown, 'United States of America']);
		expect(shown.at(-1)).toBe('Bahrain');
		const rated = rateEdition(2024, edition(2024, 'EGDI'))!;
		expect(rated.byCountry.get('USA')).toMatchObject({
			code: 'V3',
			ruleCode: 'VH',
			value: 0.91945
		});
	});
});

describe('EPI ranks', () => {
	// UN E-Government Survey 2020, chapter on e-participation: Estonia, the Republic of Korea and
	// the United States share the first place of the EPI ranking.
	it('2020: three countries tied first, the next ranked 4th', () => {
		const rows = edition(2020, 'EPI');
		const ranks = rankValues(rows.map((r) => r.value));
		const first = rows.filter((_, i) => ranks[i] === 1).map((r) => r.country);
		expect(first.sort()).toEqual(['EST', 'KOR', 'USA']);
		expect(ranks.filter((r) => r === 2 || r === 3)).toEqual([]);
		expect(ranks.filter((r) => r === 4).length).toBeGreaterThan(0);
	});
});

describe('countries in special situations', () => {
	// Number of LDCs on the day of each edition. UNCTAD, The Least Developed Countries Report 2016
	// (press release, 13 December 2016): "a peak of 50 between 2003 and 2007, declining to 48 since
	// 2014"; 47 after Equatorial Guinea's graduation (June 2017); 46 after Vanuatu's (December
	// 2020); 45 after Bhutan's (13 December 2023), São Tomé and Príncipe being an LDC until
	// 13 December 2024 (UN DESA, LDC timeline).
	it.each([
		[2003, 50],
		[2005, 50],
		[2008, 49],
		[2010, 49],
		[2012, 48],
		[2014, 48],
		[2016, 48],
		[2018, 47],
		[2020, 47],
		[2022, 46],
		[2024, 45]
	])('%i: %i LDCs', (year, count) => {
		expect(membersIn('LDC', year)).toHaveLength(count);
	});

	it('counts 32 LLDCs from South Sudan on (31 before) and 38 SIDS that are UN Members', () => {
		// UN-OHRLLS lists: 32 LLDCs; 38 SIDS among UN Members (20 more are not UN Members).
		expect(membersIn('LLDC', 2010)).toHaveLength(31);
		expect(membersIn('LLDC', 2024)).toHaveLength(32);
		expect(membersIn('SIDS', 2024)).toHaveLength(38);
	});

	it('has Cambodia an LDC in every edition, Bhutan until 2022', () => {
		for (const year of [2003, 2012, 2024]) expect(membersIn('LDC', year)).toContain('KHM');
		expect(membersIn('LDC', 2022)).toContain('BTN');
		expect(membersIn('LDC', 2024)).not.toContain('BTN');
		expect(membersIn('LDC', 2024)).toContain('STP');
	});
});
