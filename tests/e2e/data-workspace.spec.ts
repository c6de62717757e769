import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { hydrated } from './hydrated';
import { signIn as signInAs, startServer, userCli } from './server';

// A server of its own: an analyst and a viewer exist, and tests change the data.
const PASSWORD = 'correct horse battery';
const ana = {
	email: 'ana@example.org',
	name: 'Ana Analyst',
	role: 'analyst' as const,
	password: PASSWORD
};
const vic = {
	email: 'vic@example.org',
	name: 'Vic Viewer',
	role: 'viewer' as const,
	password: PASSWORD
};
const fixture = (name: string) => join(import.meta.dirname, '../fixtures', name);
let server: Awaited<ReturnType<typeof startServer>>;
let base: string;

const signIn = (page: Page, email: string) => signInAs(page, base, { email, password: PASSWORD });
const token = () => userCli(server.database, ['token', '--email', ana.email]).split(/\s+/).at(-1)!;

const egdi = async (page: Page, year: number) => {
	const r = await page.request.get(
		`${base}/api/v1/observations?indicator=EGDI&year=${year}&country=KHM`
	);
	return (await r.json()) as { value: number | null; rank: number | null }[];
};

test.beforeAll(async () => {
	server = await startServer({
		port: Number(process.env.E2E_PORT ?? 4173) + 23,
		accounts: [ana, vic],
		env: { BODY_SIZE_LIMIT: '21M' }
	});
	base = server.base;
});

test.afterAll(() => server.stop());

test('an analyst uploads a 2026 edition, sees the diff, publishes, then undoes it', async ({
	page
}) => {
	const everything = async () => (await page.request.get(`${base}/api/v1/observations`)).text();
	const before = await everything();
	await signIn(page, 'ana@example.org');
	await page.goto(`${base}/data/upload`);
	await expect(page.getByText('at most 20 MB')).toBeVisible();
	// The preview of the first rows is the page's script: a file chosen before it runs shows none.
	await hydrated(page);
	await page.locator('input[type=file]').setInputFiles(fixture('un-egov-2026.csv'));
	// The browser previews the first rows at once.
	await expect(
		page.getByRole('region', { name: 'First rows of the file' }).locator('tbody tr')
	).toHaveCount(7);
	await page.getByRole('button', { name: 'Check the file' }).click();
	const report = page.getByRole('region', { name: 'Check of the file' });
	await expect(report).toContainText('Layout un-egov');
	await expect(report).toContainText('edition 2026');
	await expect(report).toContainText('965 new values');
	expect(await egdi(page, 2026)).toEqual([]);

	await page.getByRole('button', { name: /Publish 965 values/ }).click();
	await expect(page).toHaveURL(/\/data\/imports\/\d+\?published=1/);
	await expect(page.getByRole('status')).toContainText('Published');
	expect(await egdi(page, 2026)).toEqual([
		expect.objectContaining({
			country: 'KHM',
			year: 2026,
			indicator: 'EGDI',
			value: 0.58872,
			rank: 120
		})
	]);
	await page.goto(`${base}/`);
	await expect(page.getByText('UN E-Government Survey 2026')).toBeVisible();

	await page.goto(`${base}/data/imports`);
	const row = page.locator('tbody tr').first();
	await expect(row).toContainText('un-egov-2026.csv');
	await expect(row).toContainText('ana@example.org');
	await row.getByRole('link').first().click();
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Undo this import' }).click();
	await expect(page.getByRole('status')).toContainText('Undone');
	expect(await egdi(page, 2026)).toEqual([]);
	await page.goto(`${base}/`);
	await expect(page.getByText('UN E-Government Survey 2024')).toBeVisible();
	await expect(page.locator('.headline')).toContainText('rank 120 of 193');
	// Every stored value is exactly what it was before the upload.
	expect(await everything()).toBe(before);
});

test('a file with errors is never published; the page shows the pipeline errors', async ({
	page
}) => {
	await signIn(page, 'ana@example.org');
	await page.goto(`${base}/data/upload`);
	await page.locator('input[type=file]').setInputFiles(fixture('bad/unknown-country.csv'));
	await page.getByRole('button', { name: 'Check the file' }).click();
	await expect(page.getByRole('alert')).toContainText('cannot be published: 1 error');
	await expect(page.locator('.errors')).toContainText(
		'row 2, column "Country Name": unknown country "Cambodja" — did you mean "Cambodia" (KHM)?'
	);
	await expect(page.getByRole('button', { name: /Publish/ })).toHaveCount(0);
});

test('a viewer and an anonymous visitor cannot upload or undo', async ({ page, request }) => {
	const form = {
		multipart: {
			file: {
				name: 'x.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from('iso3,year,indicator,value\nKHM,2030,EGDI,0.5\n')
			}
		}
	};
	const anonymous = await request.post(`${base}/data/upload?/preview`, {
		headers: { origin: base },
		...form
	});
	expect(anonymous.status()).toBe(401);
	expect(
		(
			await request.post(`${base}/api/v1/imports?dryRun=1`, { data: 'iso3,year,indicator,value\n' })
		).status()
	).toBe(401);
	expect((await request.post(`${base}/api/v1/imports/1/undo`)).status()).toBe(401);
	const wrongToken = await request.post(`${base}/api/v1/imports?dryRun=1`, {
		headers: { authorization: 'Bearer not-a-token' },
		data: 'iso3,year,indicator,value\n'
	});
	expect(wrongToken.status()).toBe(401);

	// Every write route of the workspace, route by route, for an anonymous visitor.
	const routes = [
		'/data/upload?/preview',
		'/data/upload?/publish',
		'/data/upload?/cancel',
		'/data/imports/1?/undo',
		'/data/indicators?/create',
		'/data/indicators?/delete'
	];
	for (const route of routes) {
		const r = await request.post(`${base}${route}`, {
			headers: { origin: base },
			form: { token: 'x', code: 'X1' }
		});
		expect(r.status(), route).toBe(401);
	}

	await signIn(page, 'vic@example.org');
	for (const route of routes) {
		const r = await page.request.post(`${base}${route}`, {
			headers: { origin: base },
			form: { token: 'x', code: 'X1' }
		});
		expect(r.status(), route).toBe(403);
	}
	const viewerApi = await page.request.post(`${base}/api/v1/imports?dryRun=1`, {
		headers: { origin: base },
		data: 'iso3,year,indicator,value\n'
	});
	expect(viewerApi.status()).toBe(403);
	const viewer = await page.request.post(`${base}/data/upload?/preview`, {
		headers: { origin: base },
		...form
	});
	expect(viewer.status()).toBe(403);
	const undo = await page.request.post(`${base}/data/imports/1?/undo`, {
		headers: { origin: base },
		form: {}
	});
	expect(undo.status()).toBe(403);
	const kpi = await page.request.post(`${base}/data/indicators?/create`, {
		headers: { origin: base },
		form: { code: 'X1' }
	});
	expect(kpi.status()).toBe(403);
});

test('scripts import through the API with a token: dry run, publish, undo', async ({ request }) => {
	const auth = { authorization: `Bearer ${token()}` };
	const csv = 'iso3,year,indicator,value,rank\nKHM,2030,EGDI,0.61,110\n';
	const dry = await request.post(`${base}/api/v1/imports?dryRun=1&name=kpi.csv`, {
		headers: auth,
		data: csv
	});
	expect(dry.status()).toBe(200);
	expect(await dry.json()).toMatchObject({ status: 'dry_run', values: { new: 1 }, importId: null });
	const bad = await request.post(`${base}/api/v1/imports`, {
		headers: auth,
		data: 'iso3,year,indicator,value\nKHM,2030,EGDI,1.5\n'
	});
	expect(bad.status()).toBe(422);
	expect((await bad.json()).errors[0].message).toMatch(/out of range/);
	// One country of a 2030 edition: the checks warn that the others are missing.
	const refused = await request.post(`${base}/api/v1/imports?name=kpi.csv`, {
		headers: auth,
		data: csv
	});
	expect(refused.status()).toBe(409);
	expect(await refused.json()).toMatchObject({
		status: 'unacknowledged',
		importId: null,
		checks: [{ kind: 'partial', year: 2030, missing: 192 }]
	});
	const published = await request.post(
		`${base}/api/v1/imports?name=kpi.csv&acknowledgeWarnings=1`,
		{ headers: auth, data: csv }
	);
	expect(published.status()).toBe(201);
	const { importId } = await published.json();
	const undo = await request.post(`${base}/api/v1/imports/${importId}/undo`, { headers: auth });
	expect(await undo.json()).toMatchObject({ ok: true, removed: 1 });
	const again = await request.post(`${base}/api/v1/imports/${importId}/undo`, { headers: auth });
	expect(again.status()).toBe(409);
});

test('a write with the session cookie needs the site’s Origin, whatever its body; a token does not', async ({
	page
}) => {
	await signIn(page, 'ana@example.org');
	// No body, so no form content type: a fetch from another port of the same host sends the
	// cookie this way (before, such an undo went through).
	const elsewhere = `http://127.0.0.1:${Number(new URL(base).port) + 1}`;
	const origins: Record<string, string>[] = [{}, { origin: elsewhere }, { origin: 'null' }];
	for (const headers of origins) {
		const r = await page.request.post(`${base}/api/v1/imports/999999/undo`, { headers });
		expect(r.status(), JSON.stringify(headers)).toBe(403);
		expect(await r.text()).toBe('Cross-site form submissions are refused.');
	}
	// From the site's own pages it reaches the route (which knows no such import).
	const own = await page.request.post(`${base}/api/v1/imports/999999/undo`, {
		headers: { origin: base }
	});
	expect(own.status()).toBe(404);
	// A script's token is no forgery, even with the browser's cookie beside it: no other site
	// can make a browser send an Authorization header.
	const withToken = await page.request.post(`${base}/api/v1/imports/999999/undo`, {
		headers: { authorization: `Bearer ${token()}` }
	});
	expect(withToken.status()).toBe(404);
});

test('an analyst defines a national KPI, uploads its values, and it appears in the explorer', async ({
	page
}) => {
	await signIn(page, 'ana@example.org');
	await page.goto(`${base}/data/indicators`);
	await page.getByLabel('Code').fill('DIGITAL_ID');
	await page.getByLabel('Name').fill('Adults with a digital ID');
	await page.getByLabel('Unit').fill('%');
	await page.getByLabel('Lowest possible value').fill('0');
	await page.getByLabel('Highest possible value').fill('100');
	await page.getByRole('button', { name: 'Define the KPI' }).click();
	await expect(page.getByRole('status')).toContainText('DIGITAL_ID is defined');
	const csv =
		'iso3,year,indicator,value\nKHM,2023,DIGITAL_ID,41.5\nKHM,2025,DIGITAL_ID,55\nVNM,2025,DIGITAL_ID,70\n';
	const r = await page.request.post(`${base}/api/v1/imports?name=digital-id.csv`, {
		headers: { authorization: `Bearer ${token()}` },
		data: csv
	});
	expect(r.status()).toBe(201);
	await page.goto(`${base}/indicators/DIGITAL_ID`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Adults with a digital ID (DIGITAL_ID), 2025'
	);
	await expect(page.locator('.ranking tbody tr', { hasText: 'Viet Nam' })).toContainText('70');
	await page.goto(`${base}/countries/KHM`);
	await expect(page.getByRole('heading', { level: 3, name: /DIGITAL_ID/ })).toBeVisible();
});
