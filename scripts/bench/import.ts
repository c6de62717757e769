/** The import benchmark: the CLI against the sqlite3 shell's `.import` of the same generated file. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureReferenceData } from '../../src/lib/server/bundled';
import { openDatabase } from '../../src/lib/server/db/connection';
import { createIndicator } from '../../src/lib/server/db/indicators';
import { dataDirectory } from '../../src/lib/server/reference';
import { GOALS, progress, quick } from './settings';

/**
 * A long-format CSV of `rows` rows, countries × years × indicators (KPI01, KPI02 … as many as
 * needed), values from a seeded generator: the same file on every run.
 */
async function generateCsv(path: string, rows: number, countries: string[]) {
	const out = createWriteStream(path);
	let seed = 20240917;
	const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
	const years = 2100 - 1990 + 1;
	const indicators = Math.ceil(rows / (countries.length * years));
	let n = 0;
	let chunk = 'iso3,year,indicator,value\n';
	file: for (let k = 1; k <= indicators; k++) {
		const code = `KPI${String(k).padStart(2, '0')}`;
		for (let year = 1990; year <= 2100; year++) {
			for (const country of countries) {
				if (n++ === rows) break file;
				chunk += `${country},${year},${code},${random().toFixed(4)}\n`;
			}
			if (chunk.length > 1 << 16) {
				if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
				chunk = '';
			}
		}
	}
	out.end(chunk);
	await new Promise<void>((r) => out.once('finish', () => r()));
	return indicators;
}
/** Runs a command to its end and how long it took; throws when it fails. */
function timed(
	command: string,
	args: string[],
	options: { env?: NodeJS.ProcessEnv; input?: string }
) {
	const started = performance.now();
	const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error}`);
	}
	return { seconds, stdout: result.stdout };
}
/** The CLI's import of a generated file against the sqlite3 shell's `.import` of it. */
export async function benchImport(rows: number, rounds: number) {
	const dir = mkdtempSync(join(tmpdir(), 'egov-bench-import-'));
	try {
		const countries = readFileSync('data/countries.csv', 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((line) => line.slice(0, 3));
		const csv = join(dir, 'kpis.csv');
		const indicators = await generateCsv(csv, rows, countries);
		progress(`generated ${rows} rows`);

		// The project's database, empty of observations, with the file's indicators defined (as
		// an analyst would on /data/indicators).
		const database = join(dir, 'import.db');
		const db = openDatabase(database);
		ensureReferenceData(db, dataDirectory());
		for (let k = 1; k <= indicators; k++) {
			createIndicator(db, {
				code: `KPI${String(k).padStart(2, '0')}`,
				name: `Benchmark indicator ${k}`,
				description: '',
				unit: 'index (0–1)',
				minValue: 0,
				maxValue: 1,
				higherIsBetter: true,
				source: ''
			});
		}
		db.$client.close();

		// Each side runs `rounds` times, alternating, into a fresh database; the fastest run of
		// each counts (the machine is shared: a slow run measures the neighbours, not the code).
		const runs: { cli: number; reference: number; peakRssMb: number }[] = [];
		for (let round = 0; round < rounds; round++) {
			const target = join(dir, `import-${round}.db`);
			copyFileSync(database, target);
			// As `npm run import -- <file>` runs it (without npm's own start).
			const cli = timed(process.execPath, ['scripts/cli.js', 'import', csv], {
				env: { ...process.env, DATABASE_URL: target }
			});
			const imported = /(\d+) new/.exec(cli.stdout)?.[1];
			const peak = /peak memory (\d+) MB/.exec(cli.stdout)?.[1];
			if (Number(imported) !== rows || !peak)
				throw new Error(`the CLI did not import ${rows} rows:\n${cli.stdout}`);
			rmSync(target, { force: true });

			// The reference: the same rows into a table with the same columns, key and index.
			const referenceDb = join(dir, `reference-${round}.db`);
			const reference = timed('sqlite3', [referenceDb], {
				input: [
					`CREATE TABLE observations (country TEXT NOT NULL, year INTEGER NOT NULL, indicator TEXT NOT NULL, value REAL,`,
					`  PRIMARY KEY (indicator, year, country)) WITHOUT ROWID;`,
					`CREATE INDEX observations_country ON observations (country, indicator, year);`,
					`.import --csv --skip 1 ${csv} observations`,
					`SELECT count(*) FROM observations;`
				].join('\n')
			});
			if (Number(reference.stdout.trim()) !== rows)
				throw new Error(`sqlite3 imported ${reference.stdout}`);
			rmSync(referenceDb, { force: true });
			runs.push({
				cli: Math.round(cli.seconds * 100) / 100,
				reference: Math.round(reference.seconds * 100) / 100,
				peakRssMb: Number(peak)
			});
			progress(
				`import round ${round + 1} of ${rounds}: CLI ${runs[round].cli} s, sqlite3 ${runs[round].reference} s`
			);
			// --quick stops once a round meets the goal by half again.
			const best = Math.min(...runs.map((r) => r.reference)) / Math.min(...runs.map((r) => r.cli));
			if (quick && best >= 1.5 * GOALS.importRatio) break;
		}
		const cli = { seconds: Math.min(...runs.map((r) => r.cli)) };
		const reference = { seconds: Math.min(...runs.map((r) => r.reference)) };

		const rowsPerSecond = Math.round(rows / cli.seconds);
		const referenceRowsPerSecond = Math.round(rows / reference.seconds);
		return {
			rows,
			rowsPerSecond,
			referenceRowsPerSecond,
			ratio: Math.round((rowsPerSecond / referenceRowsPerSecond) * 1000) / 1000,
			peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
			seconds: cli.seconds,
			referenceSeconds: reference.seconds,
			runs
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
