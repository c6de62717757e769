/**
 * The app processes of the scale test and the requests it sends them: two built servers on one
 * database, set up as deploy/dashboard@.service sets them up, behind nginx.
 */
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
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

/** A form posted as a browser posts it (the site's own Origin), without following redirects. */
export function postForm(
	url: string,
	origin: string,
	fields: Record<string, string> | FormData,
	headers: Record<string, string> = {}
) {
	const body = fields instanceof FormData ? fields : new URLSearchParams(fields);
	return fetch(url, { method: 'POST', redirect: 'manual', headers: { origin, ...headers }, body });
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
	options: { connections: number; seconds: number; headers?: Record<string, string> },
	started?: (instance: autocannon.Instance) => void
): Promise<LoadResult> {
	const result = await new Promise<autocannon.Result>((resolve, reject) => {
		const instance = autocannon(
			{
				url,
				connections: options.connections,
				duration: options.seconds,
				headers: options.headers
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
