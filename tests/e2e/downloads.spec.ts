import { expect, test } from '@playwright/test';

test('"Data" in the menu opens the public downloads, with the version of the data', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
	await expect(page).toHaveURL(/\/data$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data downloads');
	await expect(page.getByText(/^Data version \d+, as of /)).toBeVisible();
	// The import history is the analysts': not in an anonymous visitor's menu.
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Imports' })
	).toHaveCount(0);
	const table = page.getByRole('table');
	await expect(table.getByRole('row', { name: /^EGDI/ }).getByRole('link')).toHaveCount(1 + 12);
	await expect(table.getByRole('row', { name: /^EPI/ })).toBeVisible();
	await expect(page.locator('blockquote.citation')).toContainText(
		'United Nations E-Government Survey 2024'
	);
});

test('each file downloads: an indicator by edition, the dataset, the metadata', async ({
	page,
	request
}) => {
	await page.goto('/data');
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'EGDI, 2022 edition (CSV)' }).click();
	expect((await download).suggestedFilename()).toBe('EGDI-2022.csv');

	const egdi = await request.get('/data/downloads/EGDI-2022.csv');
	expect(egdi.headers()['content-type']).toMatch(/text\/csv/);
	const lines = (await egdi.text()).trimEnd().split('\n');
	expect(lines[0]).toBe(
		'iso3,year,indicator,value,rank,country,computed_rank,level_group,rating_class,rating_class_rule'
	);
	expect(lines).toHaveLength(1 + 193);
	// UN E-Government Survey 2022: 15 countries in the VH class.
	expect(lines.filter((l) => l.endsWith(',VH,VH'))).toHaveLength(15);

	const dataset = await request.get('/data/downloads/dataset.csv');
	expect((await dataset.text()).trimEnd().split('\n')).toHaveLength(1 + 193 * 12 * 5);

	const meta = await (await request.get('/data/downloads/datapackage.json')).json();
	expect(meta.profile).toBe('tabular-data-package');
	expect(meta.licenses[0].path).toBe('https://www.un.org/en/about-us/terms-of-use');
	expect(meta.indicators.map((i: { code: string }) => i.code)).toEqual([
		'EGDI',
		'OSI',
		'TII',
		'HCI',
		'EPI'
	]);
	expect((await request.get('/data/downloads/EGDI-1999.csv')).status()).toBe(404);
});

test('the import history asks an anonymous visitor to sign in', async ({ page }) => {
	await page.goto('/data/imports');
	await expect(page).toHaveURL(/\/login\?next=%2Fdata%2Fimports/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the downloads page is plain links', async ({ page }) => {
		await page.goto('/km/data');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('ទាញយកទិន្នន័យ');
		await expect(page.getByRole('link', { name: 'dataset.csv' })).toHaveAttribute(
			'href',
			'/data/downloads/dataset.csv'
		);
	});
});
