import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signIn as signInAs, startServer, userCli } from './server';

// A server of its own: the tests publish and undo.
const ana = {
	email: 'ana@example.org',
	name: 'Ana Analyst',
	role: 'analyst' as const,
	password: 'correct horse battery'
};
const fixture = (name: string) => join(import.meta.dirname, '../fixtures', name);
let server: Awaited<ReturnType<typeof startServer>>;
let base: string;

const signIn = (page: Page) => signInAs(page, base, ana);
const token = () => userCli(server.database, ['token', '--email', ana.email]).split(/\s+/).at(-1)!;

/** Denmark's 2024 EGDI and rank, as the API answers them. */
const denmark = async (page: Page) => {
	const r = await page.request.get(
		`${base}/api/v1/observations?indicator=EGDI&year=2024&country=DNK`
	);
	const rows = (await r.json()) as Record<string, unknown>[];
	// What the file sets; the API's derived columns (computed rank, level group, class) follow.
	return rows.map(({ country, year, indicator, value, rank }) => ({
		country,
		year,
		indicator,
		value,
		rank
	}));
};
const DENMARK_PUBLISHED = [
	{ country: 'DNK', year: 2024, indicator: 'EGDI', value: 0.98474, rank: 1 }
];

/** The audit log's lines about acknowledged warnings. */
function acknowledgements(): { actor: string; subject: string; details: string }[] {
	const db = new Database(server.database, { readonly: true });
	try {
		return db
			.prepare(
				`SELECT actor, subject, details FROM audit_log WHERE action = 'acknowledge import warnings' ORDER BY id`
			)
			.all() as { actor: string; subject: string; details: string }[];
	} finally {
		db.close();
	}
}

test.beforeAll(async () => {
	server = await startServer({
		port: Number(process.env.E2E_PORT ?? 4173) + 45,
		accounts: [ana],
		env: { BODY_SIZE_LIMIT: '21M' }
	});
	base = server.base;
});

test.afterAll(() => server.stop());

test('a revised 2024 file with Denmark at 0.50 shows its warnings and is published only once they are acknowledged', async ({
	page
}) => {
	await signIn(page);
	await page.goto(`${base}/data/upload`);
	await page.locator('input[type=file]').setInputFiles(fixture('un-egov-2024-revised-denmark.csv'));
	await page.getByRole('button', { name: 'Check the file' }).click();
	const report = page.getByRole('region', { name: 'Check of the file' });
	const checks = report.getByRole('region', { name: '3 warnings to look at before publishing' });
	await expect(checks.locator('li')).toHaveText([
		'Denmark, 2024: the EGDI 0.5 is not the mean of OSI, TII and HCI (0.98476).',
		'Denmark, 2024: EGDI rank 3 does not fit its value 0.5, which would rank 138.',
		/^Denmark, 2024: EGDI went from 0.9717 in 2022 to 0.5, far outside the usual change/
	]);

	// Publish without the box ticked: refused, the preview shown again, nothing written.
	await page.getByRole('button', { name: /Publish 1 value/ }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Not published: the file has warnings. Look at them, tick the box that acknowledges them, then publish. Nothing was written.'
	);
	expect(await denmark(page)).toEqual(DENMARK_PUBLISHED);
	expect(acknowledgements()).toEqual([]);

	// Ticked: published, and the acknowledgement is in the audit log and on the import's page.
	await page
		.getByLabel('I have looked at the 3 warnings and want to publish this file anyway.')
		.check();
	await page.getByRole('button', { name: /Publish 1 value/ }).click();
	await expect(page).toHaveURL(/\/data\/imports\/\d+\?published=1/);
	await expect(
		page.getByRole('region', { name: '3 warnings acknowledged when it was published' })
	).toContainText('Denmark, 2024: the EGDI 0.5 is not the mean of OSI, TII and HCI (0.98476).');
	expect(await denmark(page)).toEqual([{ ...DENMARK_PUBLISHED[0], value: 0.5, rank: 3 }]);
	const id = new URL(page.url()).pathname.split('/').at(-1);
	expect(acknowledgements()).toEqual([
		{
			actor: ana.email,
			subject: `import ${id}`,
			details: expect.stringMatching(
				/^3 warning\(s\) acknowledged: DNK 2024: EGDI 0.5 differs from the mean of OSI, TII and HCI \(0.98476\)/
			)
		}
	]);

	// Undone: Denmark's published values are back; the undo counts what it put back.
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Undo this import' }).click();
	await expect(page.getByRole('status')).toContainText('Undone');
	expect(await denmark(page)).toEqual(DENMARK_PUBLISHED);
	const undoId = new URL(page.url()).searchParams.get('undone');
	await page.goto(`${base}/data/imports/${undoId}`);
	await expect(page.locator('dl')).toContainText('0 removed, 1 restored');
});

test('through the API the same file answers 409 with its warnings, unwritten, until acknowledgeWarnings=1', async ({
	page,
	request
}) => {
	const auth = { authorization: `Bearer ${token()}` };
	const data = readFileSync(fixture('un-egov-2024-revised-denmark.csv'));
	const refused = await request.post(`${base}/api/v1/imports?name=revised.csv`, {
		headers: auth,
		data
	});
	expect(refused.status()).toBe(409);
	const body = await refused.json();
	expect(body).toMatchObject({
		status: 'unacknowledged',
		importId: null,
		parameter: 'acknowledgeWarnings',
		error: expect.stringMatching(
			/not published: its checks found 3 warning\(s\).*acknowledgeWarnings=1/
		)
	});
	expect(body.checks.map((c: { kind: string }) => c.kind)).toEqual([
		'egdiMean',
		'rankOrder',
		'outlierChange'
	]);
	expect(await denmark(page)).toEqual(DENMARK_PUBLISHED);

	const published = await request.post(
		`${base}/api/v1/imports?name=revised.csv&acknowledgeWarnings=1`,
		{ headers: auth, data }
	);
	expect(published.status()).toBe(201);
	const { importId } = await published.json();
	expect(await denmark(page)).toEqual([{ ...DENMARK_PUBLISHED[0], value: 0.5, rank: 3 }]);
	expect(acknowledgements().at(-1)).toMatchObject({ subject: `import ${importId}` });
	const undo = await request.post(`${base}/api/v1/imports/${importId}/undo`, { headers: auth });
	expect(await undo.json()).toMatchObject({ ok: true, restored: 1, removed: 0 });
	expect(await denmark(page)).toEqual(DENMARK_PUBLISHED);
});

test("a clean new edition's preview shows Cambodia's old and new rank beside its peers, and the movers", async ({
	page
}) => {
	await signIn(page);
	await page.goto(`${base}/data/upload`);
	await page.locator('input[type=file]').setInputFiles(fixture('un-egov-2026.csv'));
	await page.getByRole('button', { name: 'Check the file' }).click();
	const report = page.getByRole('region', { name: 'Check of the file' });
	await expect(report).toContainText('965 new values');
	await expect(report.getByText(/warnings? to look at/)).toHaveCount(0);
	await expect(report.getByRole('checkbox')).toHaveCount(0);
	const preview = report.getByRole('region', { name: '2026 beside 2024' });
	const peers = preview.locator('table').first();
	await expect(peers.locator('thead th')).toHaveText([
		'Country',
		'EGDI 2024',
		'EGDI 2026',
		'Rank 2024',
		'Rank 2026',
		'Move'
	]);
	// Cambodia first, then its ASEAN peers.
	await expect(peers.locator('tbody tr').first()).toHaveText(
		['Cambodia', '0.57536', '0.58872', '120', '120', 'same rank'].join('')
	);
	await expect(peers.locator('tbody tr')).toHaveCount(8);
	await expect(peers.locator('tbody tr', { hasText: 'Viet Nam' })).toBeVisible();
	await expect(preview.getByRole('heading', { name: 'Largest moves up' })).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status')).toContainText('discarded');
});

test("an import's page lists its values a page at a time, filtered by country and indicator, without JavaScript", async ({
	browser,
	request
}) => {
	const auth = { authorization: `Bearer ${token()}` };
	const published = await request.post(`${base}/api/v1/imports?name=un-egov-2026.csv`, {
		headers: auth,
		data: readFileSync(fixture('un-egov-2026.csv'))
	});
	expect(published.status()).toBe(201);
	const { importId } = await published.json();

	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signInAs(page, base, ana);
	await page.goto(`${base}/data/imports/${importId}`);
	await expect(page.getByRole('heading', { name: 'Values it wrote (965)' })).toBeVisible();
	await expect(page.getByText('1–100 of 965, by indicator, year and country')).toBeVisible();
	await expect(page.locator('table tbody tr')).toHaveCount(100);
	await page.getByRole('link', { name: 'Next →' }).first().click();
	await expect(page).toHaveURL(/\?page=2$/);
	await expect(page.getByText('101–200 of 965')).toBeVisible();

	const filter = page.getByRole('form', { name: 'Filter the values' });
	await filter.getByLabel('Country').selectOption('KHM');
	await filter.getByLabel('Indicator').selectOption('EGDI');
	await filter.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/\?country=KHM&indicator=EGDI$/);
	await expect(page.getByText('1–1 of 1')).toBeVisible();
	await expect(page.locator('table tbody tr')).toHaveText(
		['KHM', 'EGDI', '2026', 'new', '0.58872', '—', '120'].join('')
	);
	await expect(page.getByRole('navigation', { name: 'Pages of values' })).toHaveCount(0);

	// The undo event is counted as what it did, and lists the values it removed.
	await page.goto(`${base}/data/imports/${importId}`);
	await page.getByRole('button', { name: 'Undo this import' }).click();
	const undoId = new URL(page.url()).searchParams.get('undone');
	await page.goto(`${base}/data/imports/${undoId}?country=KHM`);
	await expect(page.locator('dl')).toContainText('965 removed, 0 restored');
	await expect(
		page.getByRole('heading', { name: 'Values it removed or put back (965)' })
	).toBeVisible();
	await expect(page.locator('table tbody tr')).toHaveCount(5);
	await expect(page.locator('table tbody tr').first()).toContainText('removed');
	await page.goto(`${base}/data/imports`);
	await expect(page.locator('tbody tr').first()).toContainText('965 removed, 0 restored');
	await context.close();
});
