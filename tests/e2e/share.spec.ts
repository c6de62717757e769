import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { hydrated } from './hydrated';

/** A page of another origin (another port) that frames `src`, as a ministry's website would. */
async function hostPage(port: number, frames: Record<string, string>): Promise<Server> {
	const server = createServer((request, response) => {
		const src = frames[request.url ?? ''];
		response.writeHead(src ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		response.end(
			src
				? `<!doctype html><title>Ministry</title><h1>Our progress</h1><iframe src="${src}" width="900" height="640" title="Chart"></iframe>`
				: 'not found'
		);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return server;
}

/** Waits until the page and its frames have loaded (or failed to). */
const settled = (page: Page) => page.waitForLoadState('load');

test.describe('embedding', () => {
	let host: Server;
	// Another origin than the app's: a port of its own, beside the app's (E2E_PORT).
	const hostPort = Number(process.env.E2E_PORT ?? 4173) + 37;
	const HOST = `http://127.0.0.1:${hostPort}`;

	test.beforeAll(async ({ baseURL }) => {
		host = await hostPage(hostPort, {
			'/embed': `${baseURL}/indicators/EGDI?embed=1`,
			'/whole': `${baseURL}/indicators/EGDI`
		});
	});
	test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

	test('a page of another origin shows the embedded chart, with the source', async ({
		page,
		baseURL
	}) => {
		await page.goto(`${HOST}/embed`);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('svg.world-map')).toBeVisible();
		// The chart alone: no navigation, heading, controls, table or share bar of the full page.
		await expect(frame.locator('body > div > header, body > div > footer')).toHaveCount(0);
		await expect(frame.locator('nav:visible, form:visible, table:visible')).toHaveCount(0);
		await expect(frame.getByRole('heading', { level: 1 })).toBeHidden();
		await expect(frame.locator('.ranking')).toBeHidden();
		await expect(frame.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
		// The link is a path (no Host header of a request names the site in a page the cache
		// keeps); inside the frame it leads to the app's own address, in a new tab.
		const back = frame.getByRole('link', { name: 'Digital Government Maturity Dashboard' });
		await expect(back).toHaveAttribute('href', '/indicators/EGDI');
		expect(await back.evaluate((a: HTMLAnchorElement) => a.href)).toBe(
			`${baseURL}/indicators/EGDI`
		);
		await expect(back).toHaveAttribute('target', '_blank');
		await expect(frame.locator('.attribution')).toContainText(
			'Source: UN DESA E-Government Survey · Digital Government Maturity Dashboard'
		);
	});

	test('the same page without embed=1 is refused in the frame', async ({ page, baseURL }) => {
		const answer = page.waitForResponse(`${baseURL}/indicators/EGDI`);
		await page.goto(`${HOST}/whole`);
		expect((await answer).headers()['x-frame-options']).toBe('DENY');
		await settled(page);
		const child = page.frames().find((f) => f !== page.mainFrame());
		expect(child?.url() ?? '').not.toBe(`${baseURL}/indicators/EGDI`);
		await expect(page.frameLocator('iframe').locator('svg')).toHaveCount(0);
		await expect(page.frameLocator('iframe').locator('#main')).toHaveCount(0);
	});
});

test.describe('sharing a view', () => {
	test('a copied link opens the same view in a new browser context', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({
			baseURL,
			permissions: ['clipboard-read', 'clipboard-write']
		});
		const page = await context.newPage();
		await page.goto('/indicators/EGDI');
		await hydrated(page);
		await page.locator('select[name="year"]').selectOption('2020');
		await expect(page).toHaveURL(/year=2020/);
		await page.locator('select[name="from"]').selectOption('2012');
		await expect(page).toHaveURL(/from=2012/);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByText('Link copied')).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(page.url());
		const firstRow = (await page.locator('.ranking tbody tr').first().textContent()) ?? '';
		expect(firstRow).not.toBe('');

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto(copied);
		await expect(other.locator('select[name="year"]')).toHaveValue('2020');
		await expect(other.locator('select[name="from"]')).toHaveValue('2012');
		await expect(other.locator('.ranking tbody tr').first()).toHaveText(firstRow);
		await fresh.close();
		await context.close();
	});

	test('when the browser refuses to copy, the link is shown to copy by hand', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) }
			});
		});
		await page.goto('/countries/KHM');
		await page.getByRole('button', { name: 'Copy link' }).click();
		const manual = page.locator('.share input');
		await expect(manual).toHaveValue(page.url());
		await expect(manual).toBeFocused();
	});

	test('the embed code frames this view with embed=1, at the address the browser shows', async ({
		page,
		baseURL
	}) => {
		// The server cannot know its own address (without ORIGIN, the Host header names it, and
		// anyone can send any Host): its page holds the path alone, and the page, once running,
		// writes the address it was opened at.
		const path = '/compare?countries=KHM,VNM';
		const served = await (
			await page.request.get(path, { headers: { accept: 'text/html' } })
		).text();
		expect(served).toContain('&lt;iframe src="/compare?countries=KHM%2CVNM&amp;amp;embed=1"');
		expect(served).not.toContain(baseURL!);

		await page.goto(path);
		await hydrated(page);
		await page.getByText('Embed', { exact: true }).click();
		const code = page.getByRole('textbox', { name: 'Embed code' });
		await expect(code).toBeVisible();
		await expect(code).toHaveValue(
			new RegExp(`^<iframe src="${baseURL}/compare\\?countries=KHM%2CVNM&amp;embed=1" title="`)
		);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the copy button is left out; the address and the embed code are there', async ({
			page
		}) => {
			for (const path of [
				'/',
				'/countries/KHM',
				'/indicators/EGDI',
				'/compare',
				'/targets',
				'/brief?country=KHM'
			]) {
				await page.goto(path);
				await expect(page.getByRole('button', { name: 'Copy link' }), path).toHaveCount(0);
				await expect(page.locator('.share details textarea'), path).toContainText('embed=1');
			}
		});
	});
});

test.describe('chart downloads', () => {
	test('PNG: the chart drawn from its SVG, twice its size', async ({ page }) => {
		await page.goto('/indicators/EGDI');
		await hydrated(page);
		const map = page.locator('figure', { has: page.locator('svg.world-map') });
		const waiting = page.waitForEvent('download');
		await map.getByRole('button', { name: 'Download PNG' }).click();
		const download = await waiting;
		expect(download.suggestedFilename()).toMatch(/^EGDI-\d{4}-map\.png$/);
		const png = readFileSync(await download.path());
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		// IHDR: width and height, big-endian, at bytes 16–23.
		const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
		expect(width).toBeGreaterThanOrEqual(1800);
		expect(height).toBeGreaterThan(width / 3);
		expect(height).toBeLessThan(width);
		expect(png.length).toBeGreaterThan(30_000);
		expect(png.length).toBeLessThan(10_000_000);
	});

	test('the map as SVG: every state drawn in, painted, no link into the app', async ({ page }) => {
		await page.goto('/indicators/EGDI');
		await hydrated(page);
		const map = page.locator('figure', { has: page.locator('svg.world-map') });
		const waiting = page.waitForEvent('download');
		await map.getByRole('button', { name: 'Download SVG' }).click();
		const file = readFileSync(await (await waiting).path(), 'utf8');
		// The sprite's shapes are in the file: it opens anywhere, without the site.
		expect(file).not.toContain('<use');
		expect(file).not.toContain('world-map.svg');
		expect(file.match(/<path [^>]*\bd="M/g)?.length).toBeGreaterThan(150);
		expect(file).not.toContain('<a ');
		expect(file).not.toContain('var(--');
		expect(file).toMatch(/fill:\s*rgb\(/);
	});

	test('PNG in Khmer, SVG and CSV carry the source line', async ({ page }) => {
		await page.goto('/km/brief?country=KHM');
		await hydrated(page);
		const frame = page.locator('figure.chart');
		const png = page.waitForEvent('download');
		await frame.getByRole('button', { name: 'ទាញយក PNG' }).click();
		const bytes = readFileSync(await (await png).path());
		expect(bytes.subarray(1, 4).toString()).toBe('PNG');

		const svg = page.waitForEvent('download');
		await frame.getByRole('button', { name: 'ទាញយក SVG' }).click();
		const file = readFileSync(await (await svg).path(), 'utf8');
		expect(file).toContain('ប្រភព៖ ការស្ទង់មតិរដ្ឋាភិបាលអេឡិចត្រូនិករបស់ UN DESA');
		expect(file).toContain('@font-face'); // Khmer letters travel with their font
		expect(file).not.toContain('var(--');

		const csv = page.waitForEvent('download');
		await frame.getByRole('link', { name: 'ទាញយក CSV' }).click();
		const lines = readFileSync(await (await csv).path(), 'utf8')
			.trimEnd()
			.split('\n');
		expect(lines[0]).toBe('ការបោះពុម្ព,EGDI,OSI,TII,HCI');
		expect(lines.at(-2)).toMatch(/^2024,0\.5754,/);
		expect(lines.at(-1)).toBe(
			// With the editions the chart shows: its data date.
			'ប្រភព៖ ការស្ទង់មតិរដ្ឋាភិបាលអេឡិចត្រូនិករបស់ UN DESA (2003–2024) · ផ្ទាំងព័ត៌មានភាពចាស់ទុំនៃរដ្ឋាភិបាលឌីជីថល'
		);
	});
});
