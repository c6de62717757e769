/**
 * Load test of the built server: mixed page and API traffic at 50 connections for 5 minutes,
 * with an analyst's API import of a generated new edition (73,340 values) halfway through.
 * Passes when
 *   - every answer is 2xx, with no connection error and no timeout (autocannon's 10 s);
 *   - the import is published (201) and its values are then served;
 *   - memory stays flat: the server's RSS (VmRSS of /proc/<pid>/status), sampled every second
 *     250 ms after a full garbage collection that this script asks for, has a median over the
 *     last quarter of the run at most 1.25 × the median over the first quarter + 30 MB. The
 *     first 10% of the run (at least 5 s) is not counted; before the run every path is asked
 *     once and the edition checked once (a dry run), so that the page cache is full.
 * Prints a summary table; exits 1 on failure.
 *   npm run test:load [-- --duration 300 --connections 50 --spread --timeline]
 *   npm run test:load:ci                      (30 s)
 * --spread: every country profile and indicator page, as a crawler would, instead of the pages
 * people open most; --timeline: answers, slowest answer and RSS second by second.
 * Needs a build (`npm run build`; BUILD_DIR names another); starts it on a scratch database,
 * on LOAD_PORT (4623 by default).
 */
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KNOWN_EDITIONS, UN_INDICATOR_CODES } from '../src/lib/domain/indicators';
import { startBuiltServer, userCli } from '../tests/built-server';
import { countryCodes, FREE_YEARS, longCsv, seededRandom } from '../tests/generate';

const { values: options } = parseArgs({
	options: {
		duration: { type: 'string', default: '300' },
		connections: { type: 'string', default: '50' },
		spread: { type: 'boolean', default: false },
		timeline: { type: 'boolean', default: false }
	}
});
const seconds = Number(options.duration);
const connections = Number(options.connections);
const base = `http://127.0.0.1:${Number(process.env.LOAD_PORT ?? 4623)}`;
const MB = 1024 * 1024;
const MEMORY_RULE = { factor: 1.25, slackBytes: 30 * MB };
const WARM_UP_SECONDS = Math.max(5, seconds / 10);
/**
 * The server runs a full garbage collection when sent SIGUSR2. V8 lets the heap grow for tens
 * of seconds before it collects, which says nothing of leaks; what is left after a collection
 * does.
 */
const GC_ON_SIGNAL = [
	'--expose-gc',
	'--import',
	'data:text/javascript,process.on("SIGUSR2", () => globalThis.gc())'
];
const NEW_YEARS = FREE_YEARS.filter((y) => y > 2024);
const edition = longCsv(NEW_YEARS, 2026);
const analyst = { email: 'load@example.org', password: 'load test password' };

/** The paths the connections pick from at random (seeded): half pages, half API. */
function paths(spread: boolean): string[] {
	const next = NEW_YEARS[0];
	if (!spread) {
		return [
			...['/', '/countries/KHM', '/countries/VNM', '/indicators/EGDI'],
			...[`/indicators/EGDI?year=${next}`, '/compare?countries=KHM,VNM,THA,LAO'],
			...['/api/v1/indicators', '/api/v1/countries', '/api/v1/observations?country=KHM'],
			'/api/v1/observations?indicator=EGDI&year=2024',
			`/api/v1/observations?indicator=EGDI&year=${next}&format=csv`,
			'/api/v1/aggregates?indicator=EGDI&year=2024&by=region'
		];
	}
	const countries = countryCodes();
	const years = [...KNOWN_EDITIONS, next];
	const pages = [
		...['/', '/methodology', '/compare?countries=KHM,VNM,THA,LAO'],
		...countries.map((c) => `/countries/${c}`),
		...UN_INDICATOR_CODES.flatMap((code) => years.map((y) => `/indicators/${code}?year=${y}`))
	];
	const api = [
		...['/api/v1/indicators', '/api/v1/countries'],
		...countries.map((c) => `/api/v1/observations?country=${c}`),
		...years.map((y) => `/api/v1/observations?indicator=EGDI&year=${y}&format=csv`),
		...years.map((y) => `/api/v1/aggregates?indicator=EGDI&year=${y}&by=region`)
	];
	return [...pages, ...api.slice(0, pages.length)];
}

async function startServer() {
	const dir = mkdtempSync(join(tmpdir(), 'egov-load-'));
	const database = join(dir, 'load.db');
	const add = ['add', '--email', analyst.email, '--name', 'Load', '--role', 'analyst'];
	userCli(database, [...add, '--password-stdin'], `${analyst.password}\n`);
	const token = userCli(database, ['token', '--email', analyst.email]).split(/\s+/).at(-1)!;
	const { server, stop } = await startBuiltServer({
		port: Number(new URL(base).port),
		database,
		env: { BODY_SIZE_LIMIT: '21M' },
		nodeArgs: GC_ON_SIGNAL,
		stderr: 'inherit',
		removeOnStop: dir,
		tries: 600
	});
	const running = () => server.exitCode === null && server.signalCode === null;
	return { pid: server.pid!, token, stop, running };
}

/** The resident memory of a process, or NaN once it is gone. */
function rssBytes(pid: number): number {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) * 1024;
	} catch {
		return NaN;
	}
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

/** Sends the edition to the API (a dry run, or to publish); never throws. */
async function postEdition(token: string, dryRun: boolean) {
	const started = performance.now();
	const elapsed = () => (performance.now() - started) / 1000;
	const last = NEW_YEARS.at(-1);
	try {
		const response = await fetch(`${base}/api/v1/imports?name=edition.csv&dryRun=${+dryRun}`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
			body: edition.csv
		});
		const report = (await response.json()) as { status?: string; values?: { new: number } };
		const check = await fetch(`${base}/api/v1/observations?indicator=EGDI&year=${last}`);
		const served = ((await check.json()) as unknown[]).length;
		const ok =
			response.status === (dryRun ? 200 : 201) &&
			report.status === (dryRun ? 'dry_run' : 'published') &&
			report.values?.new === edition.rows &&
			served === (dryRun ? 0 : countryCodes().length);
		const detail = `${response.status} ${report.status}: ${report.values?.new} of ${edition.rows} values new, ${served} served for ${last}`;
		return { ok, detail, seconds: elapsed() };
	} catch (error) {
		return { ok: false, detail: String(error), seconds: elapsed() };
	}
}

/** autocannon over `pick()`'s paths, telling `onAnswer` when each answer came and its status. */
function load(
	options: Pick<autocannon.Options, 'connections' | 'duration' | 'amount'>,
	pick: () => string,
	onAnswer: (status: number, ms: number, path: string) => void
): Promise<autocannon.Result> {
	return new Promise((resolve, reject) => {
		const instance = autocannon(
			{
				...options,
				url: base,
				headers: { 'accept-encoding': 'gzip' },
				requests: [
					{
						setupRequest(request, context: { path?: string }) {
							context.path = pick();
							return { ...request, path: context.path };
						},
						onResponse: (status, _body, context: { path?: string }) =>
							status > 299 && onAnswer(status, 0, context.path ?? '')
					}
				]
			},
			(error, result) => (error ? reject(error) : resolve(result))
		);
		instance.on(
			'response',
			(_client, status, _bytes, ms) => status <= 299 && onAnswer(status, ms, '')
		);
	});
}

const server = await startServer();
const failures: string[] = [];
try {
	const list = paths(options.spread);
	const refused = new Map<string, number>();
	const answers: { t: number; ms: number }[] = [];
	let clock = performance.now();
	const now = () => (performance.now() - clock) / 1000;
	const onAnswer = (status: number, ms: number, path: string) => {
		if (status > 299) refused.set(`${status} ${path}`, (refused.get(`${status} ${path}`) ?? 0) + 1);
		else answers.push({ t: now(), ms });
	};

	let next = 0;
	const warm = await load(
		{ connections: 10, amount: list.length },
		() => list[next++ % list.length],
		onAnswer
	);
	const check = await postEdition(server.token, true);
	if (warm.non2xx || warm.errors || !check.ok) {
		failures.push(
			`warm-up: ${warm.non2xx} non-2xx, ${warm.errors} errors; dry run ${check.detail}`
		);
	}

	clock = performance.now();
	answers.length = 0;
	const rss: { t: number; bytes: number }[] = [];
	const sampler = setInterval(() => {
		const t = now();
		if (!server.running()) return;
		process.kill(server.pid, 'SIGUSR2');
		setTimeout(() => rss.push({ t, bytes: rssBytes(server.pid) }), 250);
	}, 1000);
	// Set by the timer, hence a property: the compiler cannot see it change.
	const importing: {
		outcome?: Awaited<ReturnType<typeof postEdition>> & { from: number; to: number };
	} = {};
	const halfway = setTimeout(
		async () => {
			const from = now();
			importing.outcome = { ...(await postEdition(server.token, false)), from, to: now() };
		},
		(seconds * 1000) / 2
	);
	const random = seededRandom(7);
	const result = await load(
		{ connections, duration: seconds },
		() => list[Math.floor(random() * list.length)],
		onAnswer
	);
	clearInterval(sampler);
	clearTimeout(halfway);
	while (!importing.outcome && now() < seconds + 60) await new Promise((r) => setTimeout(r, 200));
	const outcome = importing.outcome;

	const counted = rss.filter((s) => s.t > WARM_UP_SECONDS && s.bytes > 0).map((s) => s.bytes);
	const quarter = Math.max(1, Math.floor(counted.length / 4));
	const first = percentile(counted.slice(0, quarter), 50);
	const last = percentile(counted.slice(-quarter), 50);
	const limit = first * MEMORY_RULE.factor + MEMORY_RULE.slackBytes;
	// Answers that came while the import ran, or in the 2 s after (the page cache refills then).
	const during = (a: { t: number }) => !!outcome && a.t >= outcome.from && a.t <= outcome.to + 2;
	const latency = (some: { ms: number }[]) => {
		const ms = some.map((a) => a.ms);
		return `${[50, 99, 100].map((p) => Math.round(percentile(ms, p))).join(' / ')} ms`;
	};
	const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

	if (options.timeline) {
		console.log('second  answers  slowest (ms)  RSS');
		for (let t = 0; t < Math.ceil(seconds); t++) {
			const ms = answers.filter((a) => Math.floor(a.t) === t).map((a) => a.ms);
			const memory = rss.find((s) => Math.floor(s.t) === t);
			console.log(
				`${t}`.padStart(6),
				`${ms.length}`.padStart(8),
				`${Math.round(Math.max(0, ...ms))}`.padStart(13),
				memory ? mb(memory.bytes) : '',
				outcome && t >= Math.floor(outcome.from) && t <= outcome.to ? 'importing' : ''
			);
		}
	}
	console.log(`\n${seconds} s, ${connections} connections, ${list.length} paths (pages and API)`);
	console.table({
		requests: { value: result.requests.total, goal: '' },
		'requests/s (mean)': { value: Math.round(result.requests.average), goal: '' },
		'latency p50 / p99 / max': { value: latency(answers.filter((a) => !during(a))), goal: '' },
		'… while importing': { value: latency(answers.filter(during)), goal: '' },
		'non-2xx answers': { value: result.non2xx, goal: 0 },
		'errors (timeouts)': { value: `${result.errors} (${result.timeouts})`, goal: '0 (0)' },
		'import halfway': {
			value: outcome ? `${outcome.detail} in ${outcome.seconds.toFixed(1)} s` : 'did not end',
			goal: '201 published'
		},
		'RSS first quarter (median)': { value: mb(first), goal: '' },
		'RSS last quarter (median)': { value: mb(last), goal: `≤ ${mb(limit)}` },
		'RSS highest': { value: mb(Math.max(...counted)), goal: '' }
	});

	if (result.non2xx > 0) {
		const worst = [...refused].sort((a, b) => b[1] - a[1]).slice(0, 10);
		failures.push(`${result.non2xx} non-2xx: ${worst.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
	}
	if (!server.running()) failures.push('the server exited during the run');
	if (result.errors > 0) failures.push(`${result.errors} errors (${result.timeouts} timeouts)`);
	if (!outcome?.ok) failures.push(`the import failed: ${outcome?.detail ?? 'it did not end'}`);
	if (counted.length < 4) failures.push(`too few memory samples (${counted.length})`);
	else if (last > limit) failures.push(`memory grew: RSS ${mb(first)} → ${mb(last)}`);
} finally {
	server.stop();
}
if (failures.length) {
	console.error(`FAILED:\n  ${failures.join('\n  ')}`);
	process.exitCode = 1;
} else console.log('Passed: every answer 2xx, the import published, memory flat.');
