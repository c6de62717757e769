/** The client-weight benchmark: what JavaScript and CSS each page loads, measured in Chromium. */
import { chromium, type Request } from '@playwright/test';
import { base, CHROMIUM } from './settings';

/** Encoded (gzip or brotli) bytes of the JavaScript and CSS a page loads, measured in Chromium. */
export async function clientWeight(paths: string[]) {
	const browser = await chromium.launch({
		executablePath: CHROMIUM.path,
		args: CHROMIUM.args
	});
	const weights = new Map<string, { js: number; css: number }>();
	// One tab visits the pages in turn with its cache off, so that each counts everything it
	// loads (a new browser context per page costs more than the page itself here).
	const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': 'gzip' } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	for (const path of paths) {
		const sizes: Promise<void>[] = [];
		const w = { js: 0, css: 0 };
		const count = (request: Request) => {
			const type = request.resourceType();
			if (type !== 'script' && type !== 'stylesheet') return;
			sizes.push(
				request.sizes().then((s) => {
					w[type === 'script' ? 'js' : 'css'] += s.responseBodySize;
				})
			);
		};
		// Loaded and hydrated (the root layout marks <html data-hydrated>: every catalogue and
		// component the page needs has arrived), and then 200 ms without a request in flight
		// (SvelteKit fetches the error page's code after that); Playwright's networkidle waits
		// 500 ms. On a busy machine a page's last chunks came after 200 ms of quiet and were
		// counted to the next page.
		let inFlight = 0;
		let lastChange = performance.now();
		const started = () => {
			inFlight++;
			lastChange = performance.now();
		};
		const ended = () => {
			inFlight--;
			lastChange = performance.now();
		};
		page.on('request', started);
		page.on('requestfinished', ended);
		page.on('requestfailed', ended);
		page.on('requestfinished', count);
		await page.goto(base + path, { waitUntil: 'load' });
		// A page without JavaScript (`csr = false`) has nothing to hydrate.
		if (await page.locator('script').count())
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		while (inFlight > 0 || performance.now() - lastChange < 200)
			await new Promise((r) => setTimeout(r, 25));
		await Promise.all(sizes);
		page.off('request', started);
		page.off('requestfinished', ended);
		page.off('requestfailed', ended);
		page.off('requestfinished', count);
		weights.set(path, w);
		// Nothing of this page can reach the next one's count.
		await page.goto('about:blank');
	}
	await context.close();
	await browser.close();
	return weights;
}
