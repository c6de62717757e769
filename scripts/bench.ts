/**
 * Measures the built server: requests per second and 99th-percentile latency of each main page
 * at 20 connections, against a static file served by the same server in the same run (this
 * machine is shared and noisy, so ratios are what count), and the gzipped JavaScript and CSS
 * each page loads in Chromium. Prints a table and writes bench-results.json.
 *   npm run bench [-- --quick]        (--quick: 2 s per page instead of 10)
 * Needs a build (`npm run build`); starts `node build` itself on a scratch database.
 */
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const quick = process.argv.includes('--quick');
const seconds = quick ? 2 : 10;
const port = Number(process.env.BENCH_PORT ?? 4319);
const base = `http://127.0.0.1:${port}`;
const PAGES = [
	'/',
	'/countries/KHM',
	'/indicators/EGDI',
	'/compare?countries=KHM,VNM,THA,LAO',
	'/methodology'
];
const STATIC = '/favicon.svg';
const GOALS = { ratioToStatic: 0.1, p99Ms: 100, jsGzipKb: 120 };

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

const stop = await startServer();
try {
	const weights = await clientWeight(PAGES);
	await load(STATIC); // warm-up
	const statics = await load(STATIC);
	const pages = [];
	for (const path of PAGES) {
		const r = await load(path);
		const w = weights.get(path)!;
		pages.push({
			path,
			requestsPerSecond: r.requestsPerSecond,
			p99Ms: r.p99Ms,
			ratioToStatic: Math.round((r.requestsPerSecond / statics.requestsPerSecond) * 1000) / 1000,
			jsGzipKb: Math.round(w.js / 102.4) / 10,
			cssGzipKb: Math.round(w.css / 102.4) / 10
		});
	}
	console.log(
		`static ${STATIC}: ${statics.requestsPerSecond} req/s, p99 ${statics.p99Ms} ms (${seconds} s, 20 connections)`
	);
	console.table(pages);
	const misses = pages.flatMap((p) => [
		...(p.ratioToStatic < GOALS.ratioToStatic
			? [`${p.path}: ${p.ratioToStatic} of the static rate`]
			: []),
		...(p.p99Ms > GOALS.p99Ms ? [`${p.path}: p99 ${p.p99Ms} ms`] : []),
		...(p.jsGzipKb > GOALS.jsGzipKb ? [`${p.path}: ${p.jsGzipKb} KB of JavaScript`] : [])
	]);
	writeFileSync(
		'bench-results.json',
		JSON.stringify(
			{ pages, static: { path: STATIC, ...statics }, goals: GOALS, misses },
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
