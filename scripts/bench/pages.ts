/** The page benchmark: the built server on a scratch database, and loads of its pages. */
import autocannon from 'autocannon';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltServer } from '../../tests/built-server';
import { ACCEPT_ENCODING, base, port, seconds } from './settings';

/** Starts `node build` on the benchmark's port and a scratch database; resolves to its stop. */
export async function startServer() {
	const dir = mkdtempSync(join(tmpdir(), 'egov-bench-'));
	const { stop } = await startBuiltServer({
		port,
		database: join(dir, 'bench.db'),
		stderr: 'inherit',
		removeOnStop: dir
	});
	return stop;
}

export interface Load {
	requestsPerSecond: number;
	p99Ms: number;
}

/** Requests per second and 99th-percentile latency of `path` at 20 connections. */
export async function load(path: string, duration = seconds): Promise<Load> {
	// As a browser asks (the static file is served precompressed too).
	const result = await autocannon({
		url: base + path,
		connections: 20,
		duration,
		headers: { 'accept-encoding': ACCEPT_ENCODING }
	});
	if (result.errors || result.non2xx) {
		throw new Error(
			`${path}: ${result.errors} errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx answers`
		);
	}
	return { requestsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99 };
}

/**
 * A page as it is answered once it has been seen: the first request renders it into the page
 * cache, which then makes its brotli version in the background. Neither is measured.
 */
export async function steady(path: string) {
	for (let i = 0; i < 100; i++) {
		const response = await fetch(base + path, { headers: { 'accept-encoding': ACCEPT_ENCODING } });
		await response.arrayBuffer();
		if (response.headers.get('content-encoding') === 'br') return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${path} is not answered with brotli after 10 s`);
}
