import { expect, test } from '@playwright/test';
import { hydrated } from './hydrated';

// Every place a person names a country takes the names the import matcher knows: the UN's,
// the World Bank's and the common English ones (data/country-aliases.csv).

test('the countries index finds Vietnam, Laos, Burma and Ivory Coast', async ({ page }) => {
	await page.goto('/countries');
	await hydrated(page);
	const search = page.getByLabel('Find a country');
	for (const [typed, found] of [
		['Vietnam', 'Viet Nam'],
		['Laos', "Lao People's Democratic Republic"],
		['Burma', 'Myanmar'],
		['Ivory Coast', "Côte d'Ivoire"],
		['Swaziland', 'Eswatini'],
		['Turkey', 'Türkiye']
	]) {
		await search.fill(typed);
		await expect(page.locator('main li a')).toHaveText([found]);
	}
});

test('without JavaScript, the search and the picker still take those names', async ({
	browser
}) => {
	const page = await browser.newPage({ javaScriptEnabled: false });
	await page.goto('/countries?q=czech+republic');
	await expect(page.locator('main li a')).toHaveText(['Czech Republic']);
	await page.goto('/countries?country=Vietnam');
	await expect(page).toHaveURL(/\/countries\/VNM$/);
	await page.close();
});

test('compare adds a country typed by its common name', async ({ page }) => {
	await page.goto('/compare?countries=KHM');
	await page.getByLabel('Add a country').fill('Ivory Coast');
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page).toHaveURL(/countries=KHM,CIV/);
	await expect(page.getByRole('list', { name: 'Selected countries' })).toContainText(
		"Côte d'Ivoire"
	);
});

test('the explorer search and the API take them too', async ({ page, request }) => {
	await page.goto('/indicators/EGDI?q=Burma');
	await expect(page.locator('.ranking tbody tr')).toHaveCount(1);
	await expect(page.locator('.ranking tbody tr')).toContainText('Myanmar');
	const api = await request.get(
		'/api/v1/observations?indicator=EGDI&year=2024&country=Turkey,Laos'
	);
	expect((await api.json()).map((r: { country: string }) => r.country)).toEqual(['LAO', 'TUR']);
});
