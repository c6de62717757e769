import { expect, test } from '@playwright/test';
import { hydrated } from './hydrated';

test('the explorer shows the map, distribution, slope and ranking of an edition', async ({
	page
}) => {
	await page.goto('/indicators/EGDI');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'E-Government Development Index (EGDI), 2024'
	);
	await expect(page.locator('.headline')).toContainText('Denmark leads with 0.9847');
	await expect(page.locator('.headline')).toContainText('Cambodia ranks 120 of 193');
	const map = page.locator('svg.world-map');
	await expect(map.locator('a')).toHaveCount(193);
	// Singapore is too small for the 1:50m outline at this scale: it is drawn as a symbol.
	await expect(map.locator('a[href="/countries/SGP"] circle')).toHaveCount(1);
	await expect(map.locator('a.focus[href="/countries/KHM"]')).toHaveCount(1);
	await expect(page.locator('.ranking tbody tr')).toHaveCount(193);
	await expect(page.locator('.ranking tr.focus')).toContainText('Cambodia');
});

test('edition, filters and sort live in the URL and round-trip', async ({ page }) => {
	await page.goto('/indicators/EGDI');
	// The controls navigate once the page is hydrated (without JavaScript, they submit a form).
	await hydrated(page);
	await page.getByLabel(/^Edition/).selectOption('2012');
	await expect(page).toHaveURL(/year=2012/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/, 2012$/);
	await page.getByLabel('Region').selectOption('Africa');
	await expect(page).toHaveURL(/region=Africa/);
	await expect(page.locator('.ranking tbody tr')).toHaveCount(54);
	await page.getByRole('link', { name: /EGDI 2012/ }).click();
	await expect(page).toHaveURL(/sort=value&dir=desc/);
	const first = await page.locator('.ranking tbody tr').first().textContent();
	await page.getByRole('link', { name: /EGDI 2012/ }).click();
	await expect(page).toHaveURL(/dir=asc/);
	// Not-assessed countries stay last whatever the direction; the lowest value comes first.
	await expect(page.locator('.ranking tbody tr').first()).not.toHaveText(first ?? '');
	await page.goBack();
	await expect(page).toHaveURL(/dir=desc/);

	// A link copied from here reproduces the view in a fresh page.
	const url = page.url();
	const other = await page.context().newPage();
	await other.goto(url);
	await expect(other.locator('.ranking tbody tr')).toHaveCount(54);
	await expect(other.getByLabel('Region')).toHaveValue('Africa');
});

test('search and group filters narrow the table, each group with its members of the edition', async ({
	page
}) => {
	// ASEAN's members of the 2024 edition: Timor-Leste joined in October 2025.
	await page.goto('/indicators/OSI?group=ASEAN');
	await expect(page.locator('.ranking tbody tr')).toHaveCount(10);
	// The LDCs: 45 in 2024, 46 in 2022 with Bhutan (graduated 13 December 2023).
	await page.goto('/indicators/EGDI?group=LDC');
	await expect(page.locator('.ranking tbody tr')).toHaveCount(45);
	await expect(page.locator('.ranking')).not.toContainText('Bhutan');
	await page.goto('/indicators/EGDI?year=2022&group=LDC');
	await expect(page.locator('.ranking tbody tr')).toHaveCount(46);
	await expect(page.locator('.ranking')).toContainText('Bhutan');
	await expect(page.locator('select[name="group"]')).toHaveValue('LDC');
	await page.goto('/indicators/OSI?q=viet');
	await expect(page.locator('.ranking tbody tr')).toHaveCount(1);
	await expect(page.locator('.ranking tbody tr')).toContainText('Viet Nam');
	await page.goto('/indicators/OSI?q=zzzz');
	await expect(page.locator('.ranking')).toContainText('No country matches these filters.');
});

test('countries not assessed are hatched on the map and said so, never shown as 0', async ({
	page
}) => {
	await page.goto('/indicators/EGDI?year=2003');
	await expect(page.locator('figure').first()).toContainText('not assessed (hatched)');
	const ssd = page.locator('svg.world-map a[href="/countries/SSD"]');
	await expect(ssd).toHaveAttribute('aria-label', 'South Sudan: not assessed in 2003');
	await expect(page.locator('.ranking tr', { hasText: 'South Sudan' })).toContainText(
		'Not assessed'
	);
});

test('an unknown indicator is a 404', async ({ page }) => {
	const response = await page.goto('/indicators/NOPE');
	expect(response?.status()).toBe(404);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every chart is in the server-rendered page and the filter form works', async ({ page }) => {
		await page.goto('/indicators/EGDI?country=VNM');
		await expect(page.locator('svg.world-map use')).not.toHaveCount(0);
		await expect(page.locator('svg.strip')).toHaveCount(1);
		await expect(page.locator('svg.slope')).toHaveCount(1);
		await page.getByLabel('Search').fill('thai');
		await page.getByRole('button', { name: 'Filter' }).click();
		await expect(page).toHaveURL(/q=thai/);
		await expect(page.locator('.ranking tbody tr')).toHaveCount(1);
	});
});

test('the indicator tabs switch indicator and keep the edition', async ({ page }) => {
	await page.goto('/indicators/EGDI?year=2014');
	await page
		.getByRole('navigation', { name: 'Indicators' })
		.getByRole('link', { name: 'OSI' })
		.click();
	await expect(page).toHaveURL(/\/indicators\/OSI\?year=2014/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Online Service Index (OSI), 2014'
	);
	// Ranks of indices other than the EGDI are computed from the values.
	await expect(page.locator('.ranking tbody tr').first().locator('td').first()).toHaveText('1');
});
