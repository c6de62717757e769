import { describe, expect, it } from 'vitest';
import {
	checkEdition,
	egdiIsMeanOfComponents,
	longestNonIncreasing,
	type Edition,
	type EditionCell
} from './edition-checks';

type Row = [country: string, value: number | null, rank?: number | null, fromFile?: boolean];
const cells = (rows: Row[]) =>
	new Map<string, EditionCell>(
		rows.map(([country, value, rank = null, fromFile = true]) => [
			country,
			{ value, rank, fromFile }
		])
	);
const edition = (byIndicator: Record<string, Row[]>): Edition =>
	new Map(Object.entries(byIndicator).map(([code, rows]) => [code, cells(rows)]));

/** Thirty countries whose EGDI moved by about +0.03 (0.001 apart). */
const steady = (year: 'before' | 'after'): Row[] =>
	Array.from({ length: 30 }, (_, i) => [
		`C${String(i).padStart(2, '0')}`,
		0.3 + i * 0.02 + (year === 'after' ? 0.03 + (i % 5) * 0.001 : 0)
	]);

describe('the EGDI and the mean of its components', () => {
	const components = { OSI: [['DNK', 0.99924]], TII: [['DNK', 0.99662]], HCI: [['DNK', 0.95841]] };

	it('warns beyond 0.001, not within the rounding of published values', () => {
		const off = checkEdition(2024, edition({ EGDI: [['DNK', 0.5]], ...components } as never), null);
		expect(off).toEqual([
			{ kind: 'egdiMean', country: 'DNK', year: 2024, egdi: 0.5, mean: 0.98476 }
		]);
		const rounded = edition({ EGDI: [['DNK', 0.98474]], ...components } as never);
		expect(checkEdition(2024, rounded, null)).toEqual([]);
	});

	it('is not checked in 2008 and 2010, whose EGDI is not the plain mean', () => {
		expect([2003, 2008, 2010, 2012, 2026].map(egdiIsMeanOfComponents)).toEqual([
			true,
			false,
			false,
			true,
			true
		]);
		expect(
			checkEdition(2008, edition({ EGDI: [['DNK', 0.5]], ...components } as never), null)
		).toEqual([]);
	});

	it('skips a zero TII or HCI (missing data in 2003–2005) and values the file does not give', () => {
		const zero = edition({
			EGDI: [['PLW', 0.3]],
			OSI: [['PLW', 0.2]],
			TII: [['PLW', 0]],
			HCI: [['PLW', 0.9]]
		});
		expect(checkEdition(2003, zero, null)).toEqual([]);
		const stored = edition({
			EGDI: [['DNK', 0.5, null, false]],
			OSI: [['DNK', 0.99, null, false]],
			TII: [['DNK', 0.99, null, false]],
			HCI: [['DNK', 0.99, null, false]]
		});
		expect(checkEdition(2024, stored, null)).toEqual([]);
	});
});

describe('ranks out of order with values', () => {
	it('names the one country out of place, not every country it displaced', () => {
		const rows: Row[] = [
			['EST', 0.97274, 2],
			['SGP', 0.96912, 3],
			['DNK', 0.5, 3],
			['KOR', 0.96789, 4],
			...Array.from({ length: 100 }, (_, i): Row => [`X${i}`, 0.9 - i * 0.004, 5 + i])
		];
		expect(checkEdition(2024, edition({ EGDI: rows }), null)).toEqual([
			{
				kind: 'rankOrder',
				country: 'DNK',
				year: 2024,
				indicator: 'EGDI',
				rank: 3,
				value: 0.5,
				valueRank: 104
			}
		]);
	});

	it('accepts equal rounded values ranked apart (Andorra 80, Moldova 79, both 0.6881 in 2020)', () => {
		const rows: Row[] = [
			['MDA', 0.6881, 79],
			['AND', 0.6881, 80],
			['X', 0.68, 81]
		];
		expect(checkEdition(2020, edition({ EGDI: rows }), null)).toEqual([]);
	});

	it('finds a longest run that never rises', () => {
		expect([...longestNonIncreasing([5, 4, 9, 3, 3, 1])].sort()).toEqual([0, 1, 3, 4, 5]);
		expect(longestNonIncreasing([])).toEqual(new Set());
	});
});

describe('changes from the previous edition', () => {
	it('warns about a change far outside the spread of all countries’ changes', () => {
		const after = steady('after');
		after[10] = ['C10', 0.1];
		const warnings = checkEdition(2026, edition({ EGDI: after }), {
			year: 2024,
			edition: edition({ EGDI: steady('before') })
		});
		expect(warnings).toEqual([
			expect.objectContaining({ kind: 'outlierChange', country: 'C10', previous: 0.5, value: 0.1 })
		]);
		expect(warnings[0]).toMatchObject({ typicalChange: 0.032 });
	});

	it('stays quiet when every country moved alike, and with too few countries', () => {
		const previous = { year: 2024, edition: edition({ EGDI: steady('before') }) };
		expect(checkEdition(2026, edition({ EGDI: steady('after') }), previous)).toEqual([]);
		const few = steady('after').slice(0, 10);
		few[0] = ['C00', 0.9];
		expect(
			checkEdition(2026, edition({ EGDI: few }), previous).filter((w) => w.kind === 'outlierChange')
		).toEqual([]);
	});
});

describe('countries present before and missing now', () => {
	const previous = { year: 2024, edition: edition({ EGDI: steady('before') }) };

	it('names a missing country, but not one listed as not assessed', () => {
		const now = steady('after').filter(([c]) => c !== 'C03');
		now[0] = ['C00', null];
		expect(checkEdition(2026, edition({ EGDI: now }), previous)).toEqual([
			{ kind: 'missing', country: 'C03', year: 2026, previousYear: 2024, indicators: ['EGDI'] }
		]);
	});

	it('says once that an edition with many countries missing is partial', () => {
		expect(checkEdition(2026, edition({ EGDI: steady('after').slice(0, 5) }), previous)).toEqual([
			{ kind: 'partial', year: 2026, previousYear: 2024, missing: 25, previousCount: 30 }
		]);
	});
});
