import { expect, test } from '@playwright/test';
import { FREE_YEARS, longCsv } from '../generate';
import { startServer, userCli } from './server';

// Readers under load while an analyst's API import of a large new edition runs: every answer
// is 200 and shows the new years whole or not at all, and once the import has answered,
// every later answer shows them (two CLIs at once: tests/integration/concurrency.spec.ts).
const ana = {
	email: 'ana@example.org',
	name: 'Ana Analyst',
	role: 'analyst' as const,
	password: 'correct horse battery'
};
const YEARS = FREE_YEARS.filter((y) => y > 2024);
const COUNTRIES = 193;
const LOOPS = 10;

interface Sample {
	reader: string;
	status: number;
	/** Rows of the new edition the answer shows, or -1 for an answer that fits neither state. */
	seen: number;
	started: number;
	ended: number;
}

/** What each reader asks, and how many rows of the new years its answer shows. */
function readers(existing: number) {
	const api = (query: string, count: (n: number) => number) => ({
		path: `/api/v1/observations?${query}&format=json`,
		seen: async (r: Response) => count(((await r.json()) as unknown[]).length)
	});
	return [
		api(`indicator=EGDI&year=${YEARS[5]}`, (n) => n),
		api(`indicator=EGDI&year=${YEARS.at(-1)}`, (n) => n),
		api('indicator=EGDI', (n) => n - existing),
		{
			// Before the import, a year without data shows the latest edition (2024).
			path: `/indicators/EGDI?year=${YEARS[5]}`,
			seen: async (r: Response) => {
				const html = await r.text();
				const year = html.match(/<h1[^>]*>[^<]*, (\d{4})<\/h1>/)?.[1];
				const tbody = html.match(/class="ranking[\s\S]*?<tbody[^>]*>([\s\S]*?)<\/tbody>/)?.[1];
				const rows = tbody?.match(/<tr[\s>]/g)?.length ?? 0;
				if (rows !== COUNTRIES) return -1;
				return year === '2024' ? 0 : year === String(YEARS[5]) ? COUNTRIES : -1;
			}
		}
	];
}

test('readers see an import whole or not at all, and every answer is 200', async () => {
	test.setTimeout(120_000);
	const server = await startServer({
		port: Number(process.env.E2E_PORT ?? 4173) + 36,
		accounts: [ana],
		env: { BODY_SIZE_LIMIT: '21M' }
	});
	try {
		const token = userCli(server.database, ['token', '--email', ana.email]).split(/\s+/).at(-1);
		const { csv, rows } = longCsv(YEARS, 7);
		const existing = (
			await (await fetch(`${server.base}/api/v1/observations?indicator=EGDI&format=json`)).json()
		).length;
		const all = [COUNTRIES, COUNTRIES, COUNTRIES * YEARS.length, COUNTRIES];
		const kinds = readers(existing);

		const samples: Sample[] = [];
		let stop = false;
		const loops = Array.from({ length: LOOPS }, async (_, i) => {
			const reader = kinds[i % kinds.length];
			while (!stop) {
				const started = performance.now();
				const response = await fetch(server.base + reader.path);
				const seen = response.ok ? await reader.seen(response) : -1;
				samples.push({
					reader: reader.path,
					status: response.status,
					seen,
					started,
					ended: performance.now()
				});
			}
		});
		// Every reader has answered at least once before the import: its "before" state.
		const silentSince = (from: number) =>
			kinds.filter((k) => !samples.some((s) => s.reader === k.path && s.started > from));
		await expect
			.poll(() => silentSince(0).map((k) => k.path), {
				message: 'readers that have not answered before the import',
				timeout: 20_000
			})
			.toEqual([]);
		const importStarted = performance.now();
		const response = await fetch(`${server.base}/api/v1/imports?name=edition.csv`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
			body: csv
		});
		const importEnded = performance.now();
		expect(response.status, await response.clone().text()).toBe(201);
		expect(await response.json()).toMatchObject({ status: 'published', values: { new: rows } });
		// …and at least once more, asked after the import had answered: its "after" state.
		await expect
			.poll(() => silentSince(importEnded).map((k) => k.path), {
				message: 'readers that have not answered since the import',
				timeout: 20_000
			})
			.toEqual([]);
		stop = true;
		await Promise.all(loops);

		const summary = kinds.map((k, i) => {
			const mine = samples.filter((s) => s.reader === k.path);
			return {
				reader: k.path,
				answers: mine.length,
				before: mine.filter((s) => s.seen === 0).length,
				after: mine.filter((s) => s.seen === all[i]).length,
				other: mine.filter((s) => s.seen !== 0 && s.seen !== all[i]).map((s) => s.seen),
				notOk: mine.filter((s) => s.status !== 200).map((s) => s.status),
				staleAfterImport: mine.filter((s) => s.started > importEnded && s.seen !== all[i]).length
			};
		});
		console.table(summary);
		const during = samples.filter((s) => s.started < importEnded && s.ended > importStarted);
		for (const s of summary) {
			expect(s.notOk, s.reader).toEqual([]);
			expect(s.other, `${s.reader}: part of the import`).toEqual([]);
			expect(s.staleAfterImport, `${s.reader}: old data after the import`).toBe(0);
			expect(s.before, s.reader).toBeGreaterThan(0);
			expect(s.after, s.reader).toBeGreaterThan(0);
		}
		expect(during.length, 'answers in flight while the import ran').toBeGreaterThanOrEqual(LOOPS);
	} finally {
		server.stop();
	}
});
