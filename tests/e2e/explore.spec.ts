import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydrated';

/** The profile's EGDI chart (its figure). */
const egdiChart = (page: Page) =>
	page.locator('figure', { hasText: 'E-Government Development Index (EGDI)' }).first();

/** Marks the window, so that a test can tell an in-place update from a page load. */
const mark = (page: Page) =>
	page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
const stayed = (page: Page) =>
	page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);

test.describe('the profile’s trend charts, explored in place', () => {
	test('a country is added and removed in place, and the address keeps it', async ({ page }) => {
		await page.goto('/countries/KHM');
		await hydrated(page);
		await mark(page);
		await page.evaluate(() => window.scrollTo(0, 400));
		await page.getByLabel('Add a country to the charts').selectOption('VNM');
		await expect(page).toHaveURL(/\/countries\/KHM\?with=VNM$/);
		const chart = egdiChart(page);
		await expect(chart.locator('.legend li')).toContainText(['Cambodia', 'Viet Nam']);
		await expect(chart.locator('g.point[aria-label^="Viet Nam 2024: 0."]')).toHaveCount(1);
		expect(await stayed(page)).toBe(true);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

		// A second one, then the first removed by its chip.
		await page.getByLabel('Add a country to the charts').selectOption('THA');
		await expect(page).toHaveURL(/with=VNM,THA$/);
		await page.getByRole('link', { name: 'Remove Viet Nam from the charts' }).click();
		await expect(page).toHaveURL(/with=THA$/);
		await expect(chart.locator('.legend li')).not.toContainText(['Viet Nam']);
		// The rank chart takes them too.
		const rank = page.locator('figure', { hasText: 'EGDI rank' }).first();
		await expect(rank.locator('.legend li')).toHaveText(['Cambodia', 'Thailand']);
		expect(await stayed(page)).toBe(true);
	});

	test('the table under a chart gives the added country’s values', async ({ page }) => {
		await page.goto('/countries/KHM?with=VNM');
		const chart = egdiChart(page);
		await chart.getByText('Show the numbers').click();
		await expect(chart.locator('thead th')).toHaveText([
			'Edition',
			'Cambodia',
			'Viet Nam',
			'Asia mean',
			'World mean'
		]);
		await expect(chart.locator('tbody tr', { hasText: '2024' }).locator('td').nth(1)).toHaveText(
			/^0\.\d{4}$/
		);
	});

	test('views: change since an edition and index, in place', async ({ page }) => {
		await page.goto('/countries/KHM?with=VNM');
		await hydrated(page);
		await mark(page);
		await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('change');
		await expect(page).toHaveURL(/with=VNM&view=change&since=2003$/);
		await page.getByLabel('From the edition').selectOption('2012');
		await expect(page).toHaveURL(/view=change&since=2012$/);
		const chart = egdiChart(page);
		await expect(chart.getByRole('heading')).toContainText('change since 2012');
		await chart.getByText('Show the numbers').click();
		const first = chart.locator('tbody tr').first();
		await expect(first.locator('th, td').first()).toHaveText('2012');
		await expect(first.locator('td').nth(1)).toHaveText('+0.0000');
		await expect(chart.locator('g.reference line')).toHaveCount(1);

		await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('index');
		await expect(page).toHaveURL(/view=index&since=2012$/);
		await expect(chart.getByRole('heading')).toContainText('index, 2012 = 100');
		await expect(chart.locator('tbody tr').first().locator('td').nth(1)).toHaveText('100.0');
		expect(await stayed(page)).toBe(true);

		await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('value');
		await expect(page).toHaveURL(/\/countries\/KHM\?with=VNM$/);
		await expect(chart.getByRole('heading')).not.toContainText('index');
	});

	test('a chart whose index starts later says which edition it measures from', async ({ page }) => {
		// The EPI began in 2003 like the EGDI, but South Sudan was first assessed in 2012.
		await page.goto('/countries/SSD?view=index&since=2003');
		await expect(egdiChart(page).getByRole('heading')).toContainText('index, 2012 = 100');
	});

	test('the profile states its rank within its sub-region and region', async ({ page }) => {
		await page.goto('/countries/KHM');
		await expect(page.locator('.headline')).toContainText(
			'rank 120 in the world, 8 of 11 in South-eastern Asia and 35 of 47 in Asia'
		);
	});

	test('bad input: unknown names are named, the sixth country is refused', async ({ page }) => {
		await page.goto('/countries/KHM?with=Vietnam,Narnia');
		await expect(
			page.getByText('No country has the code or name “Narnia”; left out.')
		).toBeVisible();
		await expect(egdiChart(page).locator('.legend li')).toContainText(['Viet Nam']);
		await page.goto('/countries/KHM?with=VNM,THA,LAO,MYS,IDN,PHL');
		await expect(page.getByText(/at most; left out: Philippines/)).toBeVisible();
		// With five added, the picker is gone; the profile's own country is never added twice.
		await expect(page.getByLabel('Add a country to the charts')).toHaveCount(0);
		const own = await page.goto('/countries/KHM?add=KHM&with=KHM');
		expect(own?.url()).toMatch(/\/countries\/KHM$/);
		const junk = await page.goto('/countries/KHM?view=%3Cscript%3E&since=abc');
		expect(junk?.status()).toBe(200);
		await expect(egdiChart(page).getByRole('heading')).not.toContainText('100');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the form adds a country and changes the view', async ({ page }) => {
		await page.goto('/countries/KHM');
		await page.getByLabel('Add a country to the charts').selectOption('VNM');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page).toHaveURL(/\/countries\/KHM\?with=VNM$/);
		await expect(egdiChart(page).locator('.legend li')).toContainText(['Viet Nam']);

		await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('index');
		await page.getByLabel('From the edition').selectOption('2014');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page).toHaveURL(/with=VNM&view=index&since=2014$/);
		await expect(egdiChart(page).getByRole('heading')).toContainText('index, 2014 = 100');

		await page.getByRole('link', { name: 'Remove Viet Nam from the charts' }).click();
		await expect(page).toHaveURL(/\/countries\/KHM\?view=index&since=2014$/);
	});
});

test.describe('Compare’s trend charts through a view', () => {
	test('change since an edition, in place, kept when the selection changes', async ({ page }) => {
		await page.goto('/compare?countries=KHM,VNM,THA&avg=ASEAN');
		await hydrated(page);
		await mark(page);
		await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('change');
		await expect(page).toHaveURL(/view=change/);
		await page.getByLabel('From the edition').selectOption('2014');
		// A form writes its commas encoded (%2C); links and redirects write them plain.
		await expect(page).toHaveURL(
			/countries=KHM(,|%2C)VNM(,|%2C)THA&avg=ASEAN&view=change&since=2014$/
		);
		const egdi = page.locator('figure', { hasText: '(EGDI) — change since 2014' }).first();
		await expect(egdi).toBeVisible();
		await egdi.getByText('Show the numbers').click();
		await expect(egdi.locator('tbody tr').first().locator('th, td').first()).toHaveText('2014');
		await expect(egdi.locator('tbody tr').first().locator('td').nth(1)).toHaveText('+0.0000');
		// The rank keeps its places.
		await expect(page.locator('figure', { hasText: 'EGDI rank' }).first()).not.toContainText(
			'change since'
		);
		expect(await stayed(page)).toBe(true);

		// Adding a country keeps the view.
		await page.getByLabel('Add a country', { exact: true }).fill('Laos');
		await page.getByRole('button', { name: 'Add', exact: true }).click();
		await expect(page).toHaveURL(/countries=KHM,VNM,THA,LAO&avg=ASEAN&view=change&since=2014$/);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the index view is applied by the form', async ({ page }) => {
			await page.goto('/compare?countries=KHM,VNM');
			await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('index');
			await page.getByLabel('From the edition').selectOption('2012');
			await page.locator('form.trend-controls').getByRole('button', { name: 'Apply' }).click();
			await expect(page).toHaveURL(/countries=KHM(,|%2C)VNM&view=index&since=2012$/);
			await expect(
				page.locator('figure', { hasText: '(EGDI) — index, 2012 = 100' }).first()
			).toBeVisible();
		});
	});
});
