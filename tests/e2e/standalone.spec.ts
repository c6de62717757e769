import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hydrated } from './hydrated';

/**
 * Charts that leave the page (issue 15, item 1): every download (SVG, and the SVG a PNG is
 * drawn from) and every embed says what it shows — the country, the indicator, the legend's
 * entries, the source and the editions of the data.
 */

const SOURCE = /Source: UN DESA E-Government Survey \(\d{4}(–\d{4})?\)/;
const INDICATOR = /EGDI|OSI|TII|HCI|EPI/;

/** The charts of each page, and a word each one's title or legend must carry besides. */
const PAGES: { path: string; charts: string; country: string }[] = [
	{ path: '/', charts: 'figure.chart', country: 'Cambodia' },
	{ path: '/countries/KHM', charts: 'figure.chart', country: 'Cambodia' },
	{ path: '/compare?countries=KHM,VNM,THA', charts: 'figure.chart', country: 'Cambodia' },
	{ path: '/brief?country=KHM', charts: 'figure.chart', country: 'Cambodia' },
	{ path: '/indicators/EGDI?focus=KHM', charts: 'figure.chart', country: 'Cambodia' },
	{ path: '/targets', charts: 'article.card figure.chart', country: 'Cambodia' }
];

/** The legend's entries of a frame, hidden or not: each must be in the chart alone. */
async function legendOf(frame: Locator): Promise<string[]> {
	return (await frame.locator('ul.legend li').allTextContents()).map((s) => s.trim());
}

/** The plain text of an SVG file: its text elements' contents, XML entities decoded. */
function textOf(svg: string): string {
	return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)]
		.map((m) => m[1])
		.join('\n')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'");
}

function expectSelfContained(text: string, legend: string[], country: string, what: string) {
	expect(text, `${what}: source and data date`).toMatch(SOURCE);
	expect(text, `${what}: indicator`).toMatch(INDICATOR);
	expect(text, `${what}: country`).toContain(country);
	for (const entry of legend) expect(text, `${what}: legend "${entry}"`).toContain(entry);
}

/** Keeps the SVG each PNG is drawn from (the blob `pngOf` hands to an image). */
async function catchSources(page: Page) {
	await page.addInitScript(() => {
		const sources: string[] = [];
		(window as unknown as { pngSources: string[] }).pngSources = sources;
		const original = URL.createObjectURL.bind(URL);
		URL.createObjectURL = (blob: Blob | MediaSource) => {
			if (blob instanceof Blob && blob.type === 'image/svg+xml')
				void blob.text().then((text) => sources.push(text));
			return original(blob);
		};
	});
}

test.describe('downloads say what they show', () => {
	for (const { path, charts, country } of PAGES) {
		test(`every chart of ${path} as SVG and PNG`, async ({ page }) => {
			// Two downloads per chart, seven charts on Compare: slow on a busy machine.
			test.setTimeout(240_000);
			await catchSources(page);
			await page.goto(path);
			await hydrated(page);
			const frames = page.locator(charts);
			const count = await frames.count();
			expect(count, path).toBeGreaterThan(0);
			for (let i = 0; i < count; i++) {
				// Chromium drops a tab's eleventh download in quick succession (a limit of the browser,
				// seen on the base commit too): the page opened afresh every five charts.
				if (i > 0 && i % 5 === 0) {
					await page.goto(path);
					await hydrated(page);
				}
				const frame = frames.nth(i);
				const what = `${path} chart ${i + 1}`;
				const legend = await legendOf(frame);
				const svgDownload = page.waitForEvent('download');
				await frame.getByRole('button', { name: 'Download SVG' }).click();
				const svg = readFileSync(await (await svgDownload).path(), 'utf8');
				expectSelfContained(textOf(svg), legend, country, `${what} (SVG)`);

				const before = await page.evaluate(
					() => (window as unknown as { pngSources: string[] }).pngSources.length
				);
				const pngDownload = page.waitForEvent('download');
				await frame.getByRole('button', { name: 'Download PNG' }).click();
				const png = readFileSync(await (await pngDownload).path());
				expect(png.subarray(1, 4).toString(), what).toBe('PNG');
				const sources = await page.evaluate(
					() => (window as unknown as { pngSources: string[] }).pngSources
				);
				// The blob of the download itself is the PNG; the one before it, its source SVG.
				const source = sources.slice(before).find((s) => s.startsWith('<svg'));
				expect(source, `${what}: the PNG's source`).toBeDefined();
				expectSelfContained(textOf(source!), legend, country, `${what} (PNG)`);
			}
		});
	}
});

test.describe('embeds say what they show', () => {
	test.use({ javaScriptEnabled: false });
	for (const { path, country } of PAGES.filter((p) => p.path !== '/targets')) {
		test(`every chart of ${path} embedded`, async ({ page }) => {
			await page.goto(path + (path.includes('?') ? '&' : '?') + 'embed=1');
			const frames = page.locator('figure.chart');
			const count = await frames.count();
			expect(count, path).toBeGreaterThan(0);
			for (let i = 0; i < count; i++) {
				const frame = frames.nth(i);
				const what = `${path} embedded chart ${i + 1}`;
				await expect(frame.locator('.credit'), what).toBeVisible();
				const legend = frame.locator('ul.legend li');
				const entries = await legend.count();
				for (let k = 0; k < entries; k++) await expect(legend.nth(k), what).toBeVisible();
				const text = (await frame.innerText()).replace(/\s+/g, ' ');
				expectSelfContained(text, await legendOf(frame), country, what);
			}
		});
	}
});

test.describe('one chart alone', () => {
	test('?embed=1#chart-… shows that chart alone, with its caption and a link back', async ({
		page
	}) => {
		await page.goto('/countries/KHM?embed=1#chart-KHM-OSI');
		const shown = page.locator('figure.chart:visible');
		await expect(shown).toHaveCount(1);
		await expect(shown).toHaveAttribute('id', 'chart-KHM-OSI');
		await expect(shown.locator('h3')).toContainText('Online Service Index (OSI) — Cambodia');
		await expect(shown.locator('.summary')).toBeVisible();
		await expect(shown.locator('ul.legend li')).toHaveCount(3);
		await expect(shown.locator('.credit')).toContainText('UN DESA E-Government Survey (2003–2024)');
		await expect(
			page.getByRole('link', { name: 'Digital Government Maturity Dashboard' })
		).toHaveAttribute('href', '/countries/KHM');
		// Without a chart named, the embed shows them all.
		await page.goto('/countries/KHM?embed=1');
		expect(await page.locator('figure.chart:visible').count()).toBeGreaterThan(5);
	});

	test("a chart's title is its own link, and the share panel then embeds that chart", async ({
		page
	}) => {
		await page.goto('/countries/KHM');
		await hydrated(page);
		await page.getByRole('link', { name: 'Online Service Index (OSI)', exact: true }).click();
		await expect(page).toHaveURL(/\/countries\/KHM#chart-KHM-OSI$/);
		await page.getByText('Embed', { exact: true }).click();
		const code = page.getByRole('textbox', { name: 'Embed code' });
		await expect(code).toHaveValue(/\/countries\/KHM\?embed=1#chart-KHM-OSI"/);
		// Opened from that link, the page shows that chart.
		await page.goto('/');
		await page.goto('/countries/KHM#chart-KHM-OSI');
		await expect(page.locator('#chart-KHM-OSI')).toBeInViewport();
	});
});
