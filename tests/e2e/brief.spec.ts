import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydrated';

/** Pages of a PDF: its page objects, not the /Pages tree nodes. */
const pdfPages = (pdf: Buffer) =>
	pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

async function printedPages(page: Page): Promise<number> {
	await page.emulateMedia({ media: 'print' });
	return pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
}

test('the brief shows the headline figures, trend, targets, milestones and sources', async ({
	page
}) => {
	await page.goto('/brief?country=KHM');
	await expect(page).toHaveTitle(/^Executive brief: Cambodia/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cambodia');
	await expect(page.locator('.as-of')).toHaveText(
		/^as of \d{1,2} \w+ \d{4}$|^as of \w+ \d+, \d{4}$/
	);
	await expect(page.locator('.headline')).toHaveText(
		'High e-government development (class H2), rank 120 of 193.'
	);
	const figures = page.getByRole('region', { name: 'Headline figures' });
	await expect(figures).toContainText('0.5754');
	await expect(figures).toContainText('120 of 193');
	await expect(figures).toContainText('up 7 places since 2022');
	await expect(figures).toContainText('+0.0698');
	const tii = figures.getByRole('row', { name: /^TII/ });
	await expect(tii.getByRole('cell')).toHaveText(['+0.2004', '+0.0668']);
	await expect(figures.getByRole('table')).toContainText('Contribution to EGDI');
	const chart = page.locator('figure svg[role="img"]');
	await expect(chart).toHaveCount(1);
	await expect(chart.locator('path.line')).toHaveCount(4);
	const targets = page.getByRole('region', { name: 'Targets' });
	await expect(targets.locator('li')).toHaveCount(3);
	await expect(targets).toContainText('EGDI in the Very High group (≥ 0.75) by 2035');
	await expect(targets).toContainText('EGDI rank 100 or better by 2035');
	await expect(targets).toContainText('now 120 (2024)');
	await expect(targets).toContainText('Example targets, not official');
	await expect(page.getByRole('region', { name: 'Next milestones' })).toContainText(
		'First Digital Government Forum'
	);
	await expect(page.locator('.source')).toContainText(
		'Source: UN DESA E-Government Survey 2024. Targets and milestones: national policy documents as entered.'
	);
});

test('the brief prints on one A4 page, with the print button calling print()', async ({ page }) => {
	await page.addInitScript(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => (window as unknown as { printed: number }).printed++;
	});
	await page.goto('/brief?country=KHM');
	await hydrated(page);
	await page.getByRole('button', { name: 'Print / Save as PDF' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	expect(await printedPages(page)).toBe(1);
	// Printed, the page is the brief alone.
	await expect(page.locator('body > div > header')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden();
});

test('the brief in Khmer: Khmer words and names, still one page', async ({ page }) => {
	await page.goto('/km/brief?country=KHM');
	await expect(page.locator('html')).toHaveAttribute('lang', 'km');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('កម្ពុជា');
	await hydrated(page);
	// Still in Khmer once the page runs (Chromium's Intl has no Khmer dates: written by the server).
	await expect(page.locator('.as-of')).toHaveText(/^គិតត្រឹម \d{1,2} [\u1780-\u17FF]+ \d{4}$/);
	await expect(page.getByRole('region', { name: 'តួលេខសំខាន់ៗ' })).toContainText('0.5754');
	await expect(page.getByRole('region', { name: 'គោលដៅ' }).locator('li')).toHaveCount(3);
	await expect(page.locator('figure summary')).toHaveText('បង្ហាញតួលេខ');
	await expect(page.locator('.source')).toContainText('ប្រភព៖');
	const text = await page.locator('article.brief').innerText();
	for (const english of ['Targets', 'Rank', 'Source', 'Show the numbers', 'Download', 'as of'])
		expect(text).not.toContain(english);
	expect(await printedPages(page)).toBe(1);
});

test('a missing or unknown country is answered clearly', async ({ page }) => {
	for (const [path, status, message] of [
		['/brief', 400, 'Which country? Add its ISO3 code to the address'],
		['/brief?country=12', 404, 'No country is called “12”'],
		['/brief?country=XYZ', 404, 'No country is called “XYZ”'],
		['/km/brief?country=XYZ', 404, 'គ្មានប្រទេសណាឈ្មោះ “XYZ” ទេ']
	] as const) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(status);
		await expect(page.locator('main'), path).toContainText(message);
	}
});

test('a country named as people name it opens its brief by code', async ({ page }) => {
	for (const [asked, address, name] of [
		['Vietnam', '/km/brief?country=VNM&plan=1', null],
		['Vietnam', '/brief?country=VNM&plan=1', 'Viet Nam'],
		['laos', '/brief?country=LAO&plan=1', 'Lao People'],
		['khm', '/brief?country=khm&plan=1', 'Cambodia']
	] as const) {
		const prefix = address.startsWith('/km') ? '/km' : '';
		await page.goto(`${prefix}/brief?country=${asked}&plan=1`);
		expect(new URL(page.url()).pathname + new URL(page.url()).search, asked).toBe(address);
		if (name) await expect(page.locator('h1'), asked).toContainText(name);
	}
});
