/**
 * Measures, each against a reference taken in the same run (this machine is shared and noisy,
 * so ratios are what count):
 * - import: a generated long-format CSV of a million rows through the project's CLI into an
 *   empty database, against the sqlite3 shell's `.import` of the same file into an equivalent
 *   table; rows per second, the ratio and the CLI's peak memory;
 * - pages: requests per second and 99th-percentile latency of each main page at 20
 *   connections, against a static file served by the same server;
 * - client weight: the gzipped JavaScript and CSS each page loads in Chromium.
 * Prints a table, writes bench-results.json and exits 1 when a goal is missed.
 *   npm run bench [-- --quick]    (--quick: the same import once, 2 s per page instead of 10)
 * Needs a build (`npm run build`) and the sqlite3 shell; starts `node build` itself on a scratch
 * database.
 */
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureReferenceData } from '../src/lib/server/bundled';
import { openDatabase } from '../src/lib/server/db/connection';
import { dataDirectory } from '../src/lib/server/reference';

const quick = process.argv.includes('--quick');
const seconds = quick ? 2 : 10;
const port = Number(process.env.BENCH_PORT ?? 4319);
const base = `http://127.0.0.1:${port}`;
const PAGES = [
	'/',
	'/countries/KHM',
	'/indicators/EGDI',
	'/compare?countries=KHM,VNM,THA,LAO',
	'/countries',
	'/targets',
	'/methodology'
];
const STATIC = '/favicon.svg';
const GOALS = {
	ratioToStatic: 0.1,
	p99Ms: 100,
	jsGzipKb: 120,
	importRatio: 0.5,
	importPeakRssMb: 300
};
const IMPORT_ROWS = 1_000_000;

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
async function benchImport(rows: number) {
	const dir = mkdtempSync(join(tmpdir(), 'egov-bench-import-'));
	try {
		const countries = readFileSync('data/countries.csv', 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((line) => line.slice(0, 3));
		const csv = join(dir, 'kpis.csv');
		const indicators = await generateCsv(csv, rows, countries);

		// The project's database, empty of observations, with the file's indicators defined (as
		// an analyst would on /data/indicators).
		const database = join(dir, 'import.db');
		const db = openDatabase(database);
		ensureReferenceData(db.$client, dataDirectory());
		const define = db.$client.prepare(
			`INSERT INTO indicators (code, name, unit, min_value, max_value) VALUES (?, ?, 'index (0–1)', 0, 1)`
		);
		for (let k = 1; k <= indicators; k++) {
			const code = `KPI${String(k).padStart(2, '0')}`;
			define.run(code, `Benchmark indicator ${k}`);
		}
		db.$client.close();

		const cli = timed(
			process.execPath,
			['node_modules/tsx/dist/cli.mjs', 'scripts/import.ts', csv],
			{
				env: { ...process.env, DATABASE_URL: database }
			}
		);
		const imported = /(\d+) new/.exec(cli.stdout)?.[1];
		const peak = /peak memory (\d+) MB/.exec(cli.stdout)?.[1];
		if (Number(imported) !== rows || !peak)
			throw new Error(`the CLI did not import ${rows} rows:\n${cli.stdout}`);

		// The reference: the same rows into a table with the same columns, key and index.
		const reference = timed('sqlite3', [join(dir, 'reference.db')], {
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

		const rowsPerSecond = Math.round(rows / cli.seconds);
		const referenceRowsPerSecond = Math.round(rows / reference.seconds);
		return {
			rows,
			rowsPerSecond,
			referenceRowsPerSecond,
			ratio: Math.round((rowsPerSecond / referenceRowsPerSecond) * 1000) / 1000,
			peakRssMb: Number(peak),
			seconds: Math.round(cli.seconds * 100) / 100,
			referenceSeconds: Math.round(reference.seconds * 100) / 100
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

async function startServer() {
	const dir = mkdtempSync(join(tmpdir(), 'egov-bench-'));
	const server = spawn(process.execPath, ['build'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_URL: join(dir, 'bench.db')
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(`${base}/`)).ok) break;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return () => {
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	};
}

async function load(path: string) {
	// As a browser asks: gzip accepted (the static file is served precompressed too).
	const result = await autocannon({
		url: base + path,
		connections: 20,
		duration: seconds,
		headers: { 'accept-encoding': 'gzip' }
	});
	if (result.errors || result.non2xx) {
		throw new Error(
			`${path}: ${result.errors} errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx answers`
		);
	}
	return { requestsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99 };
}

/** Encoded (gzip) bytes of the JavaScript and CSS a page loads, measured in Chromium. */
async function clientWeight(paths: string[]) {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	const weights = new Map<string, { js: number; css: number }>();
	for (const path of paths) {
		const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': 'gzip' } });
		const page = await context.newPage();
		const sizes: Promise<void>[] = [];
		const w = { js: 0, css: 0 };
		page.on('requestfinished', (request) => {
			const type = request.resourceType();
			if (type !== 'script' && type !== 'stylesheet') return;
			sizes.push(
				request.sizes().then((s) => {
					w[type === 'script' ? 'js' : 'css'] += s.responseBodySize;
				})
			);
		});
		await page.goto(base + path, { waitUntil: 'networkidle' });
		await Promise.all(sizes);
		weights.set(path, w);
		await context.close();
	}
	await browser.close();
	return weights;
}

const imported = await benchImport(IMPORT_ROWS);
console.log(
	`import of ${imported.rows} rows: CLI ${imported.rowsPerSecond} rows/s (${imported.seconds} s, peak ${imported.peakRssMb} MB), sqlite3 .import ${imported.referenceRowsPerSecond} rows/s (${imported.referenceSeconds} s): ratio ${imported.ratio}`
);

const stop = await startServer();
try {
	const weights = await clientWeight(PAGES);
	await load(STATIC); // warm-up
	const staticBefore = await load(STATIC);
	const pages = [];
	for (const path of PAGES) {
		await fetch(base + path); // the first render fills the page cache; it is not measured
		const r = await load(path);
		const w = weights.get(path)!;
		pages.push({
			path,
			requestsPerSecond: r.requestsPerSecond,
			p99Ms: r.p99Ms,
			ratioToStatic: 0,
			jsGzipKb: Math.round(w.js / 102.4) / 10,
			cssGzipKb: Math.round(w.css / 102.4) / 10
		});
	}
	// The reference again after the pages, averaged with the first: a passing spike of the
	// machine's load then weighs on both sides of the ratio alike.
	const staticAfter = await load(STATIC);
	const statics = {
		requestsPerSecond: Math.round(
			(staticBefore.requestsPerSecond + staticAfter.requestsPerSecond) / 2
		),
		p99Ms: Math.max(staticBefore.p99Ms, staticAfter.p99Ms)
	};
	for (const p of pages)
		p.ratioToStatic = Math.round((p.requestsPerSecond / statics.requestsPerSecond) * 1000) / 1000;
	console.log(
		`static ${STATIC}: ${statics.requestsPerSecond} req/s, p99 ${statics.p99Ms} ms (${seconds} s, 20 connections)`
	);
	console.table(pages);
	const misses = [
		...(imported.ratio < GOALS.importRatio ? [`import: ${imported.ratio} of sqlite3's rate`] : []),
		...(imported.peakRssMb >= GOALS.importPeakRssMb
			? [`import: peak memory ${imported.peakRssMb} MB`]
			: []),
		...pages.flatMap((p) => [
			...(p.ratioToStatic < GOALS.ratioToStatic
				? [`${p.path}: ${p.ratioToStatic} of the static rate`]
				: []),
			...(p.p99Ms > GOALS.p99Ms ? [`${p.path}: p99 ${p.p99Ms} ms`] : []),
			...(p.jsGzipKb > GOALS.jsGzipKb ? [`${p.path}: ${p.jsGzipKb} KB of JavaScript`] : [])
		])
	];
	writeFileSync(
		'bench-results.json',
		JSON.stringify(
			{ import: imported, pages, static: { path: STATIC, ...statics }, goals: GOALS, misses },
			null,
			'\t'
		) + '\n'
	);
	if (misses.length) {
		console.error(`Goals missed:\n  ${misses.join('\n  ')}`);
		process.exitCode = 1;
	} else console.log('Every page meets the goals.');
} finally {
	stop();
}
