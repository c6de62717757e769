import { expect, test, type APIResponse, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { hydrated } from './hydrated';
import { signIn, startServer, type Account } from './server';
import { PAYLOADS, XSS } from '../fixtures/bad/payloads';

const port = Number(process.env.E2E_PORT ?? 4173);
const KHM_2024 = '/api/v1/observations?indicator=EGDI&year=2024&country=KHM';

// ---------------------------------------------------------------------------------------------
// What every check of an answer asserts.

/** The raw payload never comes back as markup: no tag, no handler, no javascript: link. */
function expectInert(body: string, payload: string) {
	if (payload.includes('<')) expect(body).not.toContain(payload);
	expect(body).not.toMatch(/<script>alert\(1\)|<img src=x/i);
	expect(body).not.toMatch(/(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i);
}

/** What page.goto and request.get both answer. */
type Answer = { status(): number; url(): string; text(): Promise<string> };

async function expectAnswered(response: Answer | null, payload: string) {
	expect(response, 'no response').not.toBeNull();
	expect(response!.status(), response!.url()).toBeLessThan(500);
	expectInert(await response!.text(), payload);
}

/** The page's DOM after hydration holds nothing a payload could have made. */
async function expectCleanDom(page: Page) {
	const found = await page.evaluate(() => {
		const bad: string[] = [];
		if (document.querySelector('img[src="x"]')) bad.push('img[src=x]');
		for (const element of document.querySelectorAll('*')) {
			for (const { name, value } of element.attributes) {
				if (name.startsWith('on')) bad.push(`${element.tagName} ${name}="${value}"`);
				if (
					/^(href|src|action|formaction|xlink:href)$/.test(name) &&
					/^\s*javascript:/i.test(value)
				)
					bad.push(`${element.tagName} ${name}="${value}"`);
			}
			// SvelteKit's own script carries the payload too, but as escaped data in a string.
			if (element.tagName === 'SCRIPT' && element.textContent?.trim() === 'alert(1)')
				bad.push('script alert(1)');
		}
		return bad;
	});
	expect(found).toEqual([]);
}

/** Fails the test on any dialog, which only an injected script could open. */
function refuseDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return dialogs;
}

/** Collects CSP violations: the browser's console reports and the DOM events. */
async function watchCsp(page: Page) {
	const reports: string[] = [];
	page.on('console', (m) => {
		if (/Content.Security.Policy/i.test(m.text())) reports.push(m.text());
	});
	await page.addInitScript(() => {
		const w = window as unknown as { violations: string[] };
		w.violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.violations.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	return async () => [
		...reports,
		...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations))
	];
}

const expectDataIntact = async (get: (url: string) => Promise<APIResponse>) => {
	const response = await get(KHM_2024);
	expect(await response.json()).toEqual([
		expect.objectContaining({
			country: 'KHM',
			year: 2024,
			indicator: 'EGDI',
			value: 0.57536,
			rank: 120
		})
	]);
	expect(await (await get('/api/v1/countries')).json()).toHaveLength(193);
};

// ---------------------------------------------------------------------------------------------
// Headers, on the main server.

const SECURITY_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()'
};

test.describe('headers', () => {
	test('every answer refuses to be framed and carries the security headers', async ({
		request
	}) => {
		for (const path of ['/', '/countries/KHM', '/login', '/no-such-page', '/healthz', KHM_2024]) {
			const h = (await request.get(path)).headers();
			expect(h, path).toMatchObject({ ...SECURITY_HEADERS, 'x-frame-options': 'DENY' });
			expect(h['content-security-policy'], path).toMatch(/(^|; )frame-ancestors 'none'$/);
		}
	});

	test("pages have a hash-based policy that matches SvelteKit's inline script", async ({
		request
	}) => {
		const response = await request.get('/countries/KHM');
		const csp = response.headers()['content-security-policy'];
		for (const directive of [
			"default-src 'self'",
			"img-src 'self' data: blob:",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
			"style-src 'self' 'unsafe-inline'"
		])
			expect(csp).toContain(directive);
		expect(csp).not.toContain('nonce-');
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
		const scripts = [...(await response.text()).matchAll(/<script>([\s\S]*?)<\/script>/g)];
		expect(scripts.length).toBeGreaterThan(0);
		for (const [, content] of scripts) {
			const hash = createHash('sha256').update(content).digest('base64');
			expect(csp).toMatch(new RegExp(`script-src 'self'[^;]* 'sha256-${escape(hash)}'`));
		}
	});

	test('?embed=1 may be framed anywhere', async ({ request }) => {
		const h = (await request.get('/countries/KHM?embed=1')).headers();
		expect(h['x-frame-options']).toBeUndefined();
		expect(h['content-security-policy']).toMatch(/; frame-ancestors \*$/);
		expect(h['content-security-policy']).toContain("script-src 'self' 'sha256-");
		expect(h).toMatchObject(SECURITY_HEADERS);
	});

	test('a page replayed from the page cache has its own request id and the right frame rule', async ({
		request
	}) => {
		for (const query of [`?fresh=${Date.now()}`, `?embed=1&fresh=${Date.now()}`]) {
			const first = await request.get(`/methodology${query}`);
			const again = await request.get(`/methodology${query}`);
			expect(first.headers()['x-cache']).toBe('miss');
			expect(again.headers()['x-cache']).toBe('hit');
			expect(again.headers()['content-security-policy']).toBe(
				first.headers()['content-security-policy']
			);
			expect(await again.text()).toBe(await first.text());
			expect(again.headers()['x-request-id']).not.toBe(first.headers()['x-request-id']);
			expect(again.headers()['x-frame-options']).toBe(query.includes('embed') ? undefined : 'DENY');
		}
	});

	test('X-Request-Id: a plain one is sent back, anything else replaced by a new one', async ({
		request
	}) => {
		const echoed = await request.get('/methodology', { headers: { 'x-request-id': 'lb-42.a_b' } });
		expect(echoed.headers()['x-request-id']).toBe('lb-42.a_b');
		for (const given of ['a'.repeat(65), '<script>alert(1)</script>', "' OR 1=1 --"]) {
			const replaced = await request.get('/methodology', { headers: { 'x-request-id': given } });
			expect(replaced.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
		}
	});

	test('/healthz answers ok, never from the page cache', async ({ request }) => {
		for (let i = 0; i < 2; i++) {
			const response = await request.get('/healthz');
			expect(response.status()).toBe(200);
			expect(await response.json()).toEqual({
				status: 'ok',
				database: 'ok',
				migrations: 'current'
			});
			expect(response.headers()['cache-control']).toBe('no-store');
			expect(response.headers()['x-cache']).toBeUndefined();
		}
	});

	test('a browser frames an ?embed=1 page on another site, and refuses every other page', async ({
		page
	}) => {
		const refused: string[] = [];
		page.on('console', (m) => {
			if (m.text().includes('frame-ancestors')) refused.push(m.text());
		});
		// A ministry's page on another site (localhost, not 127.0.0.1). A real server, not
		// page.route: Chromium refuses to let a page it cannot place reach a local address.
		const app = `http://127.0.0.1:${port}`;
		const ministry = createServer((_, response) => {
			response.setHeader('content-type', 'text/html');
			response.end(`<iframe id="embedded" src="${app}/methodology?embed=1"></iframe>
				<iframe id="plain" src="${app}/methodology"></iframe>`);
		});
		await new Promise<void>((done) => ministry.listen(port + 3, '127.0.0.1', done));
		try {
			await page.goto(`http://localhost:${port + 3}/`);
			await expect(page.frameLocator('#embedded').locator('main h1')).toHaveText('Methodology');
			await expect.poll(() => refused.join('\n')).toContain("frame-ancestors 'none'");
			await expect(page.frameLocator('#plain').locator('main h1')).toHaveCount(0);
		} finally {
			ministry.close();
		}
	});
});

function escape(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// A server with accounts, where reading needs one (ANONYMOUS_READ=false).

const editor: Account = {
	email: 'eve@example.org',
	name: 'Eve Editor',
	role: 'editor',
	password: 'amber glacier 17'
};
const analyst: Account = {
	email: 'abe@example.org',
	name: 'Abe Analyst',
	role: 'analyst',
	password: 'silver thicket 28'
};
const admin: Account = {
	email: 'ida@example.org',
	name: 'Ida Admin',
	role: 'admin',
	password: 'granite willow 39'
};
let accounts: Awaited<ReturnType<typeof startServer>>;

test.beforeAll(async () => {
	test.setTimeout(120_000); // accounts made with the CLI, then a first start
	accounts = await startServer({
		port: port + 1,
		accounts: [editor, analyst, admin],
		env: { ANONYMOUS_READ: 'false' }
	});
});
test.afterAll(() => accounts.stop());

test('/healthz is open to all even when reading needs an account', async ({ request }) => {
	const page = await request.get(`${accounts.base}/countries`, { maxRedirects: 0 });
	expect(page.status()).toBe(303);
	const health = await request.get(`${accounts.base}/healthz`, { maxRedirects: 0 });
	expect(health.status()).toBe(200);
	expect((await health.json()).status).toBe('ok');
});

// ---------------------------------------------------------------------------------------------
// The Content Security Policy lets every page work.

test.describe('no page breaks its Content Security Policy', () => {
	test('the watch sees a violation when there is one', async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto('/methodology');
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.ran = true';
			document.body.append(script);
		});
		await expect.poll(async () => (await violations()).join('\n')).toContain('script-src');
		expect(await page.evaluate(() => 'ran' in window)).toBe(false);
	});

	for (const path of [
		'/',
		'/countries',
		'/countries/KHM',
		'/indicators/EGDI',
		'/compare?countries=KHM,VNM',
		'/methodology',
		'/targets',
		'/targets/1',
		'/milestones/1',
		'/policies/1',
		'/login',
		'/no-such-page',
		'/countries/KHM?embed=1',
		'/km/countries/KHM' // the Khmer font (font-src)
	]) {
		test(path, async ({ page }) => {
			const violations = await watchCsp(page);
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			expect(await violations()).toEqual([]);
		});
	}

	test('client-side navigation and the chart downloads (data: and blob:)', async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Countries' })
			.click();
		await expect(page).toHaveURL(/\/countries$/);
		await page.goto('/countries/KHM');
		await page.waitForLoadState('networkidle');
		for (const name of ['Download CSV', 'Download SVG']) {
			const download = page.waitForEvent('download');
			await page
				.getByRole(name === 'Download CSV' ? 'link' : 'button', { name })
				.first()
				.click();
			expect((await download).suggestedFilename()).toMatch(
				name.endsWith('CSV') ? /\.csv$/ : /\.svg$/
			);
		}
		await page.goto('/indicators/EGDI');
		await page.waitForLoadState('networkidle');
		// The map's SVG fetches the country shapes first (connect-src).
		const map = page.waitForEvent('download');
		await page
			.locator('figure', { hasText: 'World map of EGDI' })
			.getByRole('button', { name: 'Download SVG' })
			.click();
		expect((await map).suggestedFilename()).toMatch(/^EGDI-\d{4}-map\.svg$/);
		expect(await violations()).toEqual([]);
	});

	test('signed-in pages: forms, the upload preview, the admin pages', async ({ page }) => {
		test.setTimeout(60_000);
		const violations = await watchCsp(page);
		await signIn(page, accounts.base, admin);
		for (const path of [
			'/targets/new',
			'/milestones/new',
			'/policies/new',
			'/data/indicators',
			'/data/imports',
			'/admin/users',
			'/admin/audit',
			'/account',
			'/data/upload'
		]) {
			await page.goto(`${accounts.base}${path}`);
			await page.waitForLoadState('networkidle');
		}
		// The preview of the first rows is the upload page's script.
		await hydrated(page);
		await page
			.locator('input[type=file]')
			.setInputFiles(join(import.meta.dirname, '../fixtures/long.csv'));
		await expect(
			page.getByRole('region', { name: 'First rows of the file' }).locator('tbody tr').first()
		).toBeVisible();
		expect(await violations()).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------
// Injection strings everywhere a visitor can type. CSP is bypassed here so that the escaping
// itself is tested: an injected script would run and open a dialog.

/** Each page and the query parameters its `load` reads (plus some it does not). */
const PAGES: [string, string[]][] = [
	['/', ['country']],
	['/countries', ['q', 'country']],
	[
		'/indicators/EGDI',
		['year', 'from', 'region', 'income', 'group', 'q', 'sort', 'dir', 'country', 'compare', 'focus']
	],
	['/countries/KHM', ['with', 'add', 'view', 'since']],
	['/compare', ['countries', 'add', 'country', 'group', 'avg', 'view', 'since']],
	['/targets', ['country']],
	['/targets/new', ['country']],
	['/milestones/new', ['country']],
	['/policies/new', ['country']],
	['/login', ['next']],
	['/methodology', ['q']]
];
const PATHS = ['/countries/', '/indicators/', '/targets/', '/milestones/', '/policies/'];
const API: [string, string[]][] = [
	['observations', ['indicator', 'year', 'country', 'format']],
	['aggregates', ['indicator', 'year', 'by']],
	['targets', ['country']],
	['milestones', ['policy']],
	['countries', ['format']],
	['indicators', ['x']]
];

test.describe('injection strings', () => {
	test.use({ bypassCSP: true });

	test('the checks see an injection when there is one', async ({ page }) => {
		const dialogs = refuseDialogs(page);
		await page.setContent('<img src=x onerror=alert(1)><a href="javascript:alert(2)">x</a>');
		await expect.poll(() => dialogs).toEqual(['1']);
		await expect(expectCleanDom(page)).rejects.toThrow();
		expect(() => expectInert('<p><img src=x onerror=alert(1)></p>', XSS[1])).toThrow();
		expect(() => expectInert('<a href="javascript:alert(1)">', XSS[2])).toThrow();
	});

	for (const payload of PAYLOADS) {
		test(`in every query parameter and path: ${payload}`, async ({ page, request }) => {
			test.setTimeout(90_000);
			const dialogs = refuseDialogs(page);
			for (const [path, names] of PAGES) {
				for (const name of names)
					await expectAnswered(
						await request.get(`${path}?${new URLSearchParams({ [name]: payload })}`),
						payload
					);
				const all = new URLSearchParams(names.map((n) => [n, payload]));
				await expectAnswered(await page.goto(`${path}?${all}`), payload);
				await page.waitForLoadState('networkidle');
				await expectCleanDom(page);
			}
			for (const path of PATHS) {
				await expectAnswered(await page.goto(path + encodeURIComponent(payload)), payload);
				await expectCleanDom(page);
			}
			for (const [route, names] of API)
				for (const name of names) {
					const response = await request.get(
						`/api/v1/${route}?${new URLSearchParams({ ...(route === 'aggregates' ? { indicator: 'EGDI', year: '2024' } : {}), [name]: payload })}`
					);
					expect(response.status(), response.url()).toBe(400);
					expect(response.headers()['content-type']).toMatch(/^application\/json/);
					expect(response.headers()['x-content-type-options']).toBe('nosniff');
				}
			expect(dialogs).toEqual([]);
			await expectDataIntact((url) => request.get(url));
		});
	}

	test('in the sign-in form', async ({ page, request }) => {
		const dialogs = refuseDialogs(page);
		for (const payload of PAYLOADS) {
			const response = await request.post('/login', {
				headers: { origin: `http://127.0.0.1:${port}`, accept: 'text/html' },
				form: { email: payload, password: payload, next: payload },
				maxRedirects: 0
			});
			expect(response.status()).toBe(400);
			expectInert(await response.text(), payload);
		}
		// In the browser too, past the email field's own check: the address comes back in the form.
		for (const payload of XSS) {
			await page.goto(`/login?next=${encodeURIComponent(payload)}`);
			await page.locator('#email').evaluate((e) => e.setAttribute('type', 'text'));
			await page.getByLabel('Email').fill(payload);
			await page.getByLabel('Password').fill(payload);
			await page.getByRole('button', { name: 'Sign in' }).click();
			await expect(page.getByRole('alert')).toBeVisible();
			await expect(page.getByLabel('Email')).toHaveValue(payload);
			await expectCleanDom(page);
		}
		expect(dialogs).toEqual([]);
	});
});

test.describe('injection strings in the editing forms', () => {
	test.use({ bypassCSP: true });

	const post = (page: Page, path: string, form: Record<string, string>) =>
		page.request.post(`${accounts.base}${path}`, {
			headers: { origin: accounts.base, accept: 'text/html' },
			form,
			maxRedirects: 0
		});
	const everyField = (names: string[], payload: string) =>
		Object.fromEntries(names.map((n) => [n, payload]));
	const TARGET = ['policyId', 'country', 'indicator', 'kind', 'targetValue', 'targetRank'].concat([
		'targetLevel',
		'baselineYear',
		'targetYear',
		'note',
		'isExample'
	]);
	const MILESTONE = [
		'policyId',
		'date',
		'title',
		'description',
		'responsibleBody',
		'status'
	].concat(['evidenceUrl']);
	const POLICY = ['name', 'country', 'startYear', 'endYear', 'description', 'sourceUrl'];
	const INDICATOR = ['code', 'name', 'unit', 'minValue', 'maxValue', 'direction'].concat([
		'description',
		'source'
	]);

	test('in every field: refused with a message, never a 500', async ({ page }) => {
		test.setTimeout(90_000);
		await signIn(page, accounts.base, admin);
		for (const payload of PAYLOADS) {
			for (const [path, names] of [
				['/targets/new', TARGET],
				['/targets/1?/save', TARGET],
				['/milestones/new', MILESTONE],
				['/milestones/1?/save', MILESTONE],
				['/policies/new', POLICY],
				['/policies/1?/save', POLICY],
				['/data/indicators?/create', INDICATOR],
				['/data/indicators?/delete', ['code']]
			] as const) {
				const response = await post(page, path, everyField([...names], payload));
				expect([400, 409], `${path} ${payload}`).toContain(response.status());
				expectInert(await response.text(), payload);
			}
			for (const [path, field] of [
				['/policies/new', 'sourceUrl'],
				['/milestones/new', 'evidenceUrl']
			])
				expect((await post(page, path, { [field]: 'javascript:alert(1)' })).status()).toBe(400);
		}
		await expectDataIntact((url) => page.request.get(`${accounts.base}${url}`));
	});

	test('kept as text and shown as text on every page that shows them', async ({ page }) => {
		test.setTimeout(120_000);
		const dialogs = refuseDialogs(page);
		await signIn(page, accounts.base, editor);
		for (const [i, payload] of PAYLOADS.entries()) {
			const saved = [
				await post(page, '/policies/new', {
					name: `Policy ${i} ${payload}`,
					country: 'KHM',
					startYear: '2024',
					endYear: '2030',
					description: payload
				}),
				await post(page, '/milestones/new', {
					policyId: '1',
					date: '2027-01-15',
					title: payload,
					description: payload,
					responsibleBody: payload,
					status: 'planned'
				}),
				await post(page, '/targets/new', {
					policyId: '1',
					country: 'KHM',
					indicator: 'EGDI',
					kind: 'value',
					targetValue: '0.8',
					baselineYear: '2024',
					targetYear: '2035',
					note: payload
				})
			];
			expect(saved.map((r) => r.status())).toEqual([303, 303, 303]);
		}
		await page.context().clearCookies();
		await signIn(page, accounts.base, analyst);
		for (const [i, payload] of PAYLOADS.entries()) {
			const created = await post(page, '/data/indicators?/create', {
				code: `XSS_${i}`,
				name: payload,
				unit: payload.slice(0, 40),
				minValue: '0',
				maxValue: '100',
				direction: 'higher',
				description: payload,
				source: payload
			});
			expect(created.status()).toBe(200);
		}

		const db = new Database(accounts.database, { readonly: true });
		const ids = (table: string, column: string) =>
			db
				.prepare(`SELECT id FROM ${table} WHERE ${column} IN (${PAYLOADS.map(() => '?').join()})`)
				.pluck()
				.all(...PAYLOADS) as number[];
		const milestones = ids('milestones', 'title');
		const targets = ids('targets', 'note');
		const policies = ids('policies', 'description');
		db.close();
		expect([milestones.length, targets.length, policies.length]).toEqual([6, 6, 6]);

		await page.context().clearCookies();
		await signIn(page, accounts.base, admin);
		const shown = [
			'/targets?country=KHM',
			...milestones.map((id) => `/milestones/${id}`),
			...targets.map((id) => `/targets/${id}`),
			...policies.map((id) => `/policies/${id}`),
			'/data/indicators',
			'/indicators/XSS_4',
			'/countries/KHM',
			'/compare?countries=KHM,VNM',
			'/',
			'/admin/audit'
		];
		for (const path of shown) {
			const response = await page.goto(`${accounts.base}${path}`);
			expect(response?.status(), path).toBe(200);
			const body = await response!.text();
			for (const payload of PAYLOADS) expectInert(body, payload);
			await page.waitForLoadState('networkidle');
			await expectCleanDom(page);
		}
		// The payloads are there, as text.
		await page.goto(`${accounts.base}/targets?country=KHM`);
		await expect(page.getByText('"><img src=x onerror=alert(1)>').first()).toBeVisible();
		expect(dialogs).toEqual([]);
		await expectDataIntact((url) => page.request.get(`${accounts.base}${url}`));
	});
});

// ---------------------------------------------------------------------------------------------
// Error pages and the log, on a server of its own whose output is read.

test.describe('errors', () => {
	const NO_DETAILS =
		/\n\s*at \S|\/src\/|node_modules|\.(ts|js):\d+|SELECT|FROM observations|no such table|Sqlite/i;

	test('a malformed address, an unknown page, a bad parameter: no stack, no SQL', async ({
		request
	}) => {
		// [path, status, whether SvelteKit reports it to handleError, which gives it an id]
		for (const [path, status, reported] of [
			['/countries/%E0%A4%A', 400, true],
			['/%', 400, true],
			['/no-such-page', 404, true],
			["/indicators/EGDI'%20OR%201=1", 404, false],
			['/api/v1/observations?year=abc', 400, false]
		] as const) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(status);
			const body = await response.text();
			expect(body).not.toMatch(NO_DETAILS);
			if (reported)
				expect(body).toMatch(
					new RegExp(
						`Reference <code class="reference[^"]*">${response.headers()['x-request-id']}<`
					)
				);
		}
	});

	test('an unexpected error is logged once with its stack; the visitor sees a reference', async ({
		page,
		request
	}) => {
		test.setTimeout(90_000);
		const dir = mkdtempSync(join(tmpdir(), 'egov-errors-'));
		const database = join(dir, 'e.db');
		const base = `http://127.0.0.1:${port + 2}`;
		const server = spawn(process.execPath, [process.env.BUILD_DIR ?? 'build'], {
			env: {
				...process.env,
				PORT: String(port + 2),
				HOST: '127.0.0.1',
				DATABASE_URL: database,
				LOG_LEVEL: 'info'
			},
			stdio: ['ignore', 'pipe', 'ignore']
		});
		process.once('exit', () => server.kill());
		const lines: Record<string, unknown>[] = [];
		createInterface({ input: server.stdout! }).on('line', (line) => {
			if (line.startsWith('{')) lines.push(JSON.parse(line));
		});
		try {
			await expect
				.poll(
					() =>
						request.get(`${base}/healthz`).then(
							(r) => r.status(),
							() => 0
						),
					{
						timeout: 60_000
					}
				)
				.toBe(200);

			// One JSON line per request, with the id sent by a proxy.
			const ok = await request.get(`${base}/countries/KHM?x=1`, {
				headers: { 'x-request-id': 'proxy-1' }
			});
			expect(ok.headers()['x-request-id']).toBe('proxy-1');
			await expect
				.poll(() => lines.filter((l) => l.requestId === 'proxy-1'))
				.toEqual([
					expect.objectContaining({
						level: 30,
						msg: 'request',
						method: 'GET',
						path: '/countries/KHM?x=1',
						status: 200,
						ms: expect.any(Number)
					})
				]);

			// The observations table disappears under the running server.
			const sqlite = new Database(database);
			sqlite.pragma('foreign_keys = OFF');
			sqlite.exec('DROP TABLE observations');
			const broken = await page.goto(`${base}/countries/KHM`);
			expect(broken?.status()).toBe(500);
			const id = broken!.headers()['x-request-id'];
			const body = await broken!.text();
			expect(body).not.toMatch(NO_DETAILS);
			await expect(page.locator('main h1')).toHaveText('Something went wrong');
			await expect(page.locator('main .headline')).toHaveText(
				'The server could not answer this request.'
			);
			await expect(page.locator('main code.reference')).toHaveText(id);

			const api = await request.get(`${base}${KHM_2024}`, {
				headers: { accept: 'application/json' }
			});
			expect(api.status()).toBe(500);
			const answer = await api.json();
			expect(answer).toEqual({ message: 'Internal error', id: api.headers()['x-request-id'] });

			await expect
				.poll(() => lines.filter((l) => l.requestId === id).map((l) => l.level))
				.toEqual([50, 30]);
			const error = lines.find((l) => l.requestId === id && l.level === 50) as {
				err: { stack: string };
			};
			expect(error.err.stack).toMatch(/no such table: observations\n\s+at /);
			expect(lines.find((l) => l.requestId === id && l.level === 30)).toMatchObject({
				status: 500
			});

			// A migration missing from the database makes the health check fail.
			sqlite.exec(
				'DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)'
			);
			sqlite.close();
			const health = await request.get(`${base}/healthz`);
			expect(health.status()).toBe(503);
			expect(await health.json()).toMatchObject({
				status: 'error',
				database: 'ok',
				migrations: 'pending',
				reason: expect.stringMatching(/^migrations not applied: \d{4}_\w+$/)
			});
		} finally {
			server.kill();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
