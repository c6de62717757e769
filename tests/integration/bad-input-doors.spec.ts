/**
 * The bad-input corpus through the command line: `npm run import -- file` refuses each file
 * with exit status 1 and its errors (row and column) on stderr, and writes nothing. The API and
 * the upload page get the same files in tests/e2e/bad-input.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/lib/server/db/connection';
import { BAD_INPUTS, issuePattern, untestedFiles } from '../fixtures/bad/corpus';
import { checksum, importFixture, tempDatabase } from '../helpers';

/** Longer than any refusal should take; a file that keeps the CLI busy longer is a bug. */
const BUDGET_MS = 30_000;
/** The CLI prints this many errors of a file, then counts the rest. */
const CLI_MAX_ISSUES = 200;

let seed: ReturnType<typeof tempDatabase>;
let before: string;
beforeAll(async () => {
	seed = tempDatabase();
	await importFixture(seed.db, 'un-egov-2022.csv');
	before = checksum(seed.db);
	// Everything in the main file, so that a copy of it is the whole database.
	seed.db.$client.pragma('wal_checkpoint(TRUNCATE)');
});
afterAll(() => seed.close());

/** `npm run import -- file` on a database of its own; tsx as a loader, so one process. */
function cli(database: string, file: string) {
	return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file], {
			env: { ...process.env, DATABASE_URL: database },
			timeout: BUDGET_MS,
			killSignal: 'SIGKILL'
		});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
		child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

it('has a case for every file in tests/fixtures/bad', () => {
	expect(untestedFiles()).toEqual([]);
});

describe.concurrent('npm run import refuses every bad file and writes nothing', () => {
	BAD_INPUTS.forEach((input, n) => {
		const title = input.bug ? `${input.name} (known bug: ${input.bug})` : input.name;
		(input.bug ? it.fails : it)(
			title,
			async () => {
				const database = join(seed.dir, `door-${n}.db`);
				copyFileSync(seed.path, database);
				const file = join(seed.dir, input.name);
				writeFileSync(file, input.content());

				const result = await cli(database, file);
				expect(result.status, result.stdout + result.stderr).toBe(1);
				const count = input.errorCount ?? 1;
				expect(result.stdout).toContain(`${file}: REJECTED, nothing written: ${count} error(s)`);
				const lines = result.stderr.split('\n').filter((l) => l.startsWith('  '));
				expect(lines[0].trim()).toMatch(issuePattern(input));
				// Clear: every error fits on a line, however large the field it is about.
				for (const line of lines) expect(line.length).toBeLessThan(300);
				const shown = Math.min(count, CLI_MAX_ISSUES);
				expect(lines).toHaveLength(shown + (count > shown ? 1 : 0));
				if (count > shown) expect(lines.at(-1)).toBe(`  … and ${count - shown} more error(s)`);

				const db = openDatabase(database, { migrate: false });
				try {
					expect(checksum(db)).toBe(before);
				} finally {
					db.$client.close();
				}
			},
			BUDGET_MS + 30_000
		);
	});
});
