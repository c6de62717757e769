/**
 * Deterministic CSV generators for the reliability tests: the same seed gives the same bytes.
 * Values are made up (uniform in each index's 0–1 range), never real Survey data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWN_EDITIONS, UN_INDICATOR_CODES, YEAR_RANGE } from '../src/lib/domain/indicators';

/** mulberry32: a small, fast seeded generator returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The ISO3 codes of data/countries.csv (the 193 UN Member States), in file order. */
export function countryCodes(dataDir = join(import.meta.dirname, '../data')): string[] {
	return readFileSync(join(dataDir, 'countries.csv'), 'utf8')
		.split(/\r?\n/)
		.slice(1)
		.filter((line) => line.trim())
		.map((line) => line.slice(0, 3));
}

/** Every year the import accepts that is not a published edition: free for generated data. */
export const FREE_YEARS: readonly number[] = Array.from(
	{ length: YEAR_RANGE.max - YEAR_RANGE.min + 1 },
	(_, i) => YEAR_RANGE.min + i
).filter((y) => !(KNOWN_EDITIONS as readonly number[]).includes(y));

/**
 * A valid long-format file (`iso3,year,indicator,value,rank`): every country × year × built-in
 * indicator once, values with five decimals, the EGDI ranked 1…193 within each year.
 * `rowsPerYear` is the number of data rows each year adds (193 × 5).
 */
export function longCsv(years: readonly number[], seed: number) {
	const random = seededRandom(seed);
	const countries = countryCodes();
	const indicators = [...UN_INDICATOR_CODES];
	const lines = ['iso3,year,indicator,value,rank'];
	for (const year of years) {
		const egdi = countries.map(() => Math.round(random() * 1e5) / 1e5);
		const order = countries.map((_, i) => i).sort((a, b) => egdi[b] - egdi[a] || a - b);
		const rank = new Map(order.map((country, i) => [country, i + 1]));
		countries.forEach((iso3, c) => {
			for (const code of indicators) {
				const value = code === 'EGDI' ? egdi[c] : Math.round(random() * 1e5) / 1e5;
				lines.push(
					`${iso3},${year},${code},${value.toFixed(5)},${code === 'EGDI' ? rank.get(c) : ''}`
				);
			}
		});
	}
	return {
		csv: lines.join('\n') + '\n',
		rows: lines.length - 1,
		rowsPerYear: countries.length * indicators.length
	};
}

/** A long-format file whose one data row holds a field of `bytes` characters in `column`. */
export function hugeFieldCsv(column: 'iso3' | 'value', bytes = 1024 * 1024): string {
	const huge = 'x'.repeat(bytes);
	const row = column === 'iso3' ? `${huge},2024,EGDI,0.5` : `KHM,2024,EGDI,${huge}`;
	return `iso3,year,indicator,value\n${row}\n`;
}

/** A long-format file with `n` rows, each with a non-numeric value: n errors. */
export function manyErrorsCsv(n: number): string {
	const rows = Array.from({ length: n }, (_, i) => `KHM,2024,EGDI,bad${i}`);
	return `iso3,year,indicator,value\n${rows.join('\n')}\n`;
}

/** A file whose header has `columns` columns (120,000: about 1 MB), and one short row. */
export function wideHeaderCsv(columns: number): string {
	const header = Array.from({ length: columns }, (_, i) => `c${i}`);
	header.splice(0, 4, 'iso3', 'year', 'indicator', 'value');
	return `${header.join(',')}\nKHM,2024,EGDI,0.5\n`;
}

/** A long-format file naming `n` distinct made-up countries of `length` characters each. */
export function unknownNamesCsv(n: number, length = 95): string {
	const random = seededRandom(17);
	const letters = 'abcdefghijklmnopqrstuvwxyz';
	const rows = Array.from({ length: n }, () => {
		const name = Array.from({ length }, () => letters[Math.floor(random() * 26)]).join('');
		return `${name},2024,EGDI,0.5`;
	});
	return `country,year,indicator,value\n${rows.join('\n')}\n`;
}
