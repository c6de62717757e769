/**
 * The app processes of the scale test and the requests it sends them: two built servers on one
 * database, set up as deploy/dashboard@.service sets them up, behind nginx.
 */
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { startBuiltServer } from '../../tests/built-server';

export interface App {
	port: number;
	process: ChildProcess;
	stop(): void;
}

/** Starts one app process on `port`, with the settings the systemd unit gives it. */
export async function startApp(port: number, database: string, env: Record<string, string>) {
	const { server, stop } = await startBuiltServer({
		port,
		database,
		env,
		readyPath: '/healthz',
		stderr: 'inherit',
		tries: 600
	});
	return { port, process: server, stop } satisfies App;
}

/** Ends an app process at once, as a crash would, and resolves once it is gone. */
export function killHard(app: App): Promise<void> {
	return new Promise((resolve) => {
		app.process.once('exit', () => resolve());
		app.process.kill('SIGKILL');
	});
}

/**
 * A form posted as the page's own script posts it (the site's Origin, SvelteKit's action
 * protocol): the answer's `status` is the action's (400 for a wrong password, 303 for a
 * redirect), whatever the HTTP status.
 */
export async function postForm(
	url: string,
	origin: string,
	fields: Record<string, string> | FormData,
	headers: Record<string, string> = {}
) {
	const body = fields instanceof FormData ? fields : new URLSearchParams(fields);
	const response = await fetch(url, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, accept: 'application/json', 'x-sveltekit-action': 'true', ...headers },
		body
	});
	const text = await response.text();
	let answer: { type?: string; status?: number; data?: string; location?: string } = {};
	try {
		answer = JSON.parse(text);
	} catch {
		// not the action protocol's answer (a refusal before the action)
	}
	return { response, status: answer.status ?? response.status, answer, text };
}

/** The session cookie an answer sets, as a request sends it back. */
export function sessionOf(response: Response): string {
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('session='));
	if (!cookie) throw new Error(`no session cookie (${response.status})`);
	return cookie.split(';')[0];
}

export interface LoadResult {
	requestsPerSecond: number;
	p99Ms: number;
	requests: number;
	errors: number;
	non2xx: number;
}

/** autocannon on one URL; never throws on errors, it counts them. */
export async function load(
	url: string,
	options: {
		connections: number;
		seconds: number;
		headers?: Record<string, string>;
		/** Threads of the load generator: one is busy parsing at 100 connections. */
		workers?: number;
	},
	started?: (instance: autocannon.Instance) => void
): Promise<LoadResult> {
	const result = await new Promise<autocannon.Result>((resolve, reject) => {
		const instance = autocannon(
			{
				url,
				connections: options.connections,
				duration: options.seconds,
				headers: options.headers,
				workers: options.workers
			},
			(error, r) => (error ? reject(error) : resolve(r))
		);
		started?.(instance);
	});
	return {
		requestsPerSecond: Math.round(result.requests.average),
		p99Ms: result.latency.p99,
		requests: result.requests.total,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx
	};
}

/** Polls `check` every 100 ms until it is true; resolves to the seconds it took, or throws. */
export async function until(check: () => Promise<boolean>, seconds: number, what: string) {
	const started = performance.now();
	while (performance.now() - started < seconds * 1000) {
		if (await check()) return (performance.now() - started) / 1000;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${what}: not within ${seconds} s`);
}

/** An answer's bytes as they come (fetch would decompress them) and its headers. */
export function rawGet(url: string, headers: Record<string, string>) {
	return new Promise<{ status: number; headers: [string, string][]; body: Buffer }>(
		(resolve, reject) => {
			get(url, { headers }, (response) => {
				const chunks: Buffer[] = [];
				response.on('data', (c: Buffer) => chunks.push(c));
				response.on('end', () => {
					const raw = response.rawHeaders;
					const pairs: [string, string][] = [];
					for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i], raw[i + 1]]);
					resolve({
						status: response.statusCode ?? 0,
						headers: pairs,
						body: Buffer.concat(chunks)
					});
				});
			}).on('error', reject);
		}
	);
}
