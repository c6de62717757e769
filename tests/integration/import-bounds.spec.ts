/**
 * One file cannot occupy the import for minutes: a header of 120,000 columns is refused at
 * once, and 9,346 distinct unknown country names get a bounded number of suggestions (before:
 * 56.8 s and 47.9 s, holding the write lock when published).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MAX_SUGGESTIONS } from '../../src/lib/domain/country-names';
import { MAX_COLUMNS, runImport } from '../../src/lib/server/import';
import { unknownNamesCsv, wideHeaderCsv } from '../generate';
import { tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
beforeEach(() => (t = tempDatabase()));
afterEach(() => t.close());

const timed = async <T>(work: () => Promise<T>) => {
	const started = performance.now();
	const result = await work();
	return { result, ms: performance.now() - started };
};

it('refuses a header of 120,000 columns in a moment', async () => {
	const { result, ms } = await timed(() =>
		runImport(t.db, wideHeaderCsv(120_000), { fileName: 'wide.csv', importedBy: 'test' })
	);
	expect(result.status).toBe('rejected');
	expect(result.errors[0].message).toMatch(`at most ${MAX_COLUMNS}`);
	expect(ms).toBeLessThan(2000);
});

it('suggests names for a bounded number of unknown countries', async () => {
	const { result, ms } = await timed(() =>
		runImport(t.db, unknownNamesCsv(9_346), {
			fileName: 'names.csv',
			importedBy: 'test',
			maxIssues: 100_000
		})
	);
	expect(result.status).toBe('rejected');
	expect(result.errorCount).toBe(9_346);
	const suggested = result.errors.filter((e) => e.suggestion).length;
	expect(suggested).toBeLessThanOrEqual(MAX_SUGGESTIONS);
	expect(ms).toBeLessThan(5000);
});
