import { expect, test } from '@playwright/test';
import { FREE_YEARS, longCsv } from '../generate';
import { startServer, userCli } from './server';

// Imports run on a worker thread of their own (src/lib/server/imports.ts): while a large file
// is published, sign-in and /healthz answer at once, and publishes asked at the same time wait
// their turn and each answer with its result. Before, a sign-in during a publish froze the
// server for the 10 s of SQLite's busy timeout and answered 500.
const ana = {
	email: 'ana@example.org',
	name: 'Ana Analyst',
	role: 'analyst' as const,
	password: 'correct horse battery'
};
const ben = {
	email: 'ben@example.org',
	name: 'Ben',
	role: 'viewer' as const,
	password: 'glacier tulip'
};

test('the server answers while a 95k-row publish runs; concurrent publishes queue', async () => {
	test.setTimeout(180_000);
	const server = await startServer({
		port: Number(process.env.E2E_PORT ?? 4173) + 40,
		accounts: [ana, ben],
		env: { BODY_SIZE_LIMIT: '21M' }
	});
	try {
		const token = userCli(server.database, ['token', '--email', ana.email]).split(/\s+/).at(-1);
		// Every year the Survey has no edition of: about 95,000 rows, the size of the file.
		const big = longCsv(FREE_YEARS, 3);
		expect(big.rows).toBeGreaterThanOrEqual(90_000);
		const publish = (csv: string, name: string) =>
			fetch(`${server.base}/api/v1/imports?name=${name}`, {
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
				body: csv
			});
		const timed = async (work: () => Promise<Response>) => {
			const started = performance.now();
			const response = await work();
			await response.arrayBuffer();
			return { status: response.status, ms: performance.now() - started };
		};
		const signIn = () =>
			fetch(`${server.base}/login`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					accept: 'text/html',
					origin: server.base,
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams({ email: ben.email, password: ben.password })
			});

		const started = performance.now();
		const publishing = timed(() => publish(big.csv, 'big.csv'));
		await new Promise((resolve) => setTimeout(resolve, 250));
		const health = await timed(() => fetch(`${server.base}/healthz`));
		const signedIn = await timed(signIn);
		const published = await publishing;
		console.log(
			`publish ${Math.round(published.ms)} ms; during it: /healthz ${Math.round(health.ms)} ms, ` +
				`sign-in ${Math.round(signedIn.ms)} ms (asked ${Math.round(performance.now() - started)} ms in)`
		);
		expect(published.status).toBe(201);
		expect(health.status).toBe(200);
		expect(health.ms).toBeLessThan(1000);
		expect(signedIn.status).toBe(303);
		// A sign-in writes, so it waits (off the server's thread) for the publish's commit: it
		// answers once the publish has, never with a 500 (before: 10.2 s, then 500).
		expect(signedIn.ms).toBeLessThan(published.ms + 1000);

		// Two publishes at once, and the same file three times: each answers with its result.
		const a = longCsv(FREE_YEARS.slice(0, 20), 4).csv;
		const b = longCsv(FREE_YEARS.slice(20, 40), 5).csv;
		const answers = await Promise.all(
			[a, b, a, a].map(async (csv, i) => {
				const response = await publish(csv, `file-${i}.csv`);
				return { status: response.status, body: (await response.json()) as { status: string } };
			})
		);
		expect(answers.map((r) => r.status)).toEqual([201, 201, 200, 200]);
		expect(answers.map((r) => r.body.status)).toEqual([
			'published',
			'published',
			'unchanged',
			'unchanged'
		]);
	} finally {
		server.stop();
	}
});
