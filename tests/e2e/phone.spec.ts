import { expect, test } from '@playwright/test';
import { signIn, startServer } from './server';

/** Issue 15, item 4: the pages at a phone's width (390 px), as a person reads them. */
test.use({ viewport: { width: 390, height: 844 } });

test('the brief’s trend chart keeps a plot at least 250 px wide', async ({ page }) => {
	for (const path of ['/brief?country=KHM', '/km/brief?country=KHM']) {
		await page.goto(path);
		const plot = page.locator('figure.chart svg.chart-svg .axis-y line.grid').first();
		const box = await plot.boundingBox();
		expect(box?.width ?? 0, path).toBeGreaterThanOrEqual(250);
		// Labels at the line ends would take that room: the legend names the lines instead.
		await expect(page.locator('figure.chart svg .end-label'), path).toHaveCount(0);
		await expect(page.locator('figure.chart ul.legend li'), path).toHaveCount(4);
	}
});

test('the peers table says that it scrolls sideways, and does', async ({ page }) => {
	await page.goto('/');
	const peers = page.locator('section.peers');
	await expect(peers.getByText('Scroll sideways for every column')).toBeVisible();
	const wrap = peers.locator('.scroll-x');
	const [scroll, client] = await wrap.evaluate((e) => [e.scrollWidth, e.clientWidth]);
	expect(scroll).toBeGreaterThan(client);
	// Wide screens need no hint.
	await page.setViewportSize({ width: 1280, height: 900 });
	await expect(peers.getByText('Scroll sideways for every column')).toBeHidden();
});

test('milestone labels on the timeline are whole, wrapped rather than cut', async ({ page }) => {
	await page.goto('/targets');
	const labels = page.locator('svg.timeline text.label');
	expect(await labels.count()).toBeGreaterThan(0);
	for (const text of await labels.allTextContents()) expect(text).not.toContain('…');
	// Every label lies inside its chart.
	for (const svg of await page.locator('svg.timeline').all()) {
		const frame = (await svg.boundingBox())!;
		for (const label of await svg.locator('text.label').all()) {
			const box = (await label.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(frame.x - 1);
			expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
		}
	}
});

test.describe('signed in', () => {
	const account = {
		email: 'long.name@example.org',
		name: 'Adaeze Okonkwo-Smith',
		role: 'admin' as const,
		password: 'amber river 58'
	};
	let server: Awaited<ReturnType<typeof startServer>>;
	test.beforeAll(async () => {
		server = await startServer({
			port: Number(process.env.E2E_PORT ?? 4173) + 45,
			accounts: [account]
		});
	});
	test.afterAll(() => server.stop());

	test('the header fits: the name and Sign out each on one line', async ({ page }) => {
		await signIn(page, server.base, account);
		for (const path of ['/', '/km']) {
			await page.goto(server.base + path);
			const lineHeight = async (selector: string) =>
				page.locator(selector).evaluate((e) => {
					const style = getComputedStyle(e);
					return [e.getBoundingClientRect().height, parseFloat(style.lineHeight) || 24];
				});
			for (const selector of ['header .who .name', 'header .account button']) {
				const [height, line] = await lineHeight(selector);
				// One line of text (a button adds its padding and border).
				expect(height, `${path} ${selector}`).toBeLessThan(line * 1.6 + 16);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				390
			);
		}
	});
});
