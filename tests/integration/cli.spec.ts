import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../src/lib/server/db/connection';
import { LAYOUT_REGISTRY, LAYOUTS } from '../../src/lib/server/import/layouts';
import { checksum, FIXTURES, tempDatabase } from '../helpers';

let t: ReturnType<typeof tempDatabase>;
beforeEach(() => (t = tempDatabase()));
afterEach(() => t.close());

/** As `npm run import -- …` runs it: the script compiled by scripts/cli.js. */
function cli(...args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/cli.js', 'import', ...args], {
		env: { ...process.env, DATABASE_URL: t.path },
		encoding: 'utf8'
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = (name: string) => join(FIXTURES, name);
const RAW_DATA_DEFAULT = '../shared/data/raw';

describe('npm run import', () => {
	it('publishes a file, then reports everything unchanged the second time', () => {
		const first = cli(fixture('un-egov-2022.csv'));
		expect(first.status).toBe(0);
		expect(first.stdout).toMatch(
			/published as import #\d+ \(un-egov, 2022\): 8 rows read; values 40 new, 0 changed, 0 unchanged/
		);
		const second = cli(fixture('un-egov-2022.csv'));
		expect(second.status).toBe(0);
		expect(second.stdout).toMatch(/nothing to publish .* values 0 new, 0 changed, 40 unchanged/);
	});

	it('writes nothing with --dry-run', () => {
		const before = checksum(t.db);
		const result = cli(fixture('long.csv'), '--dry-run');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/dry run, nothing written \(long, 2024\): 4 rows read; values 4 new/
		);
		expect(checksum(t.db)).toBe(before);
	});

	it('rejects a bad file with its errors, a non-zero exit and the database unchanged', () => {
		const before = checksum(t.db);
		const result = cli(fixture('bad/unknown-country.csv'));
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/REJECTED, nothing written: 1 error/);
		expect(result.stderr).toContain(
			'row 2, column "Country Name": unknown country "Cambodja" — did you mean "Cambodia" (KHM)?'
		);
		expect(checksum(t.db)).toBe(before);
	});

	it('goes on with the other files and exits non-zero when any is rejected', () => {
		const result = cli(fixture('bad/out-of-range.csv'), fixture('long.csv'));
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/long\.csv: published/);
	});

	it('honours --layout and rejects an unknown one as a usage error', () => {
		expect(cli(fixture('long.csv'), '--layout', 'un-egov').status).toBe(1);
		const bad = cli(fixture('long.csv'), '--layout', 'excel');
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/usage: npm run import/);
		expect(cli().status).toBe(2);
	});

	it('lists every registered layout in its usage text', () => {
		const help = cli('--help');
		expect(help.status).toBe(0);
		expect(help.stderr).toContain(`[--layout auto|${LAYOUTS.join('|')}]`);
		for (const layout of LAYOUT_REGISTRY) {
			expect(help.stderr).toContain(`  ${layout.name} `);
			expect(help.stderr).toContain(layout.description);
		}
	});

	it('rejects a file that does not exist', () => {
		const result = cli(fixture('nope.csv'));
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/no such file/);
	});

	// The UN's own downloads are not in the repository: RAW_DATA_DIR names their folder
	// (relative to the project), ../shared/data/raw by default. Without it the test is skipped,
	// and says so.
	const raw = resolve(import.meta.dirname, '../..', process.env.RAW_DATA_DIR ?? RAW_DATA_DEFAULT);
	const noRaw = !existsSync(raw);
	if (noRaw) console.warn(`Skipping the raw EGOV_DATA test: no folder ${raw} (set RAW_DATA_DIR).`);
	it.skipIf(noRaw)(
		`imports every raw EGOV_DATA file cleanly, and again unchanged${noRaw ? ` (skipped: no ${raw}; set RAW_DATA_DIR)` : ''}`,
		() => {
			const files = readdirSync(raw)
				.filter((f) => /^EGOV_DATA_\d{4}\.csv$/.test(f))
				.map((f) => join(raw, f));
			expect(files).toHaveLength(12);
			const first = cli(...files, '--acknowledge-warnings');
			expect(first.status).toBe(0);
			expect(first.stdout.match(/values 965 new, 0 changed, 0 unchanged/g)).toHaveLength(12);
			// The checks' thresholds against the published data: no EGDI off the mean of its
			// components, no rank out of order, no country gone, and no outlying EGDI change from
			// 2010 on; what they do flag is the early editions' jumps (Micronesia 2004, Serbia 2005,
			// Liechtenstein 2008 …) and a few EPI changes (Bahrain 2024).
			const warnings = first.stderr.split('\n').filter((l) => l.includes('warning:'));
			expect(warnings.filter((l) => /mean|rank|no .* row|partial/.test(l))).toEqual([]);
			const egdiFrom2010 = warnings.filter((l) => / 20(1\d|2\d): EGDI /.test(l));
			expect(egdiFrom2010).toEqual([]);
			expect(warnings.filter((l) => l.includes(' 2024: '))).toEqual([
				'  warning: BHR 2024: EPI changed from 0.4432 (2022) to 0.9041, far outside the usual change (median 0.0313, robust z 5.1)'
			]);
			expect(warnings.filter((l) => / 200[458]: EGDI /.test(l))).toHaveLength(8);
			const second = cli(...files);
			expect(second.stdout.match(/values 0 new, 0 changed, 965 unchanged/g)).toHaveLength(12);
			const db = openDatabase(t.path);
			const n = db.$client
				.prepare(
					"SELECT count(*) AS n FROM observations WHERE indicator = 'EGDI' AND year = 2024 AND value IS NOT NULL"
				)
				.get();
			db.$client.close();
			expect(n).toEqual({ n: 193 });
		}
	);

	it('is started through scripts/cli.js, which refuses a command it does not know', () => {
		const result = spawnSync(process.execPath, ['scripts/cli.js', 'drop-everything'], {
			encoding: 'utf8'
		});
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/usage: node scripts\/cli\.js <import\|user\|/);
	});
});
