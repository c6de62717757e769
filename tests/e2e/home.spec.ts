import { expect, test } from '@playwright/test';

test('the home page shows the latest edition with Cambodia highlighted', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('UN E-Government Survey 2024');
	await expect(page.locator('.headline')).toContainText(
		'Cambodia ranks 120 of 193 with an EGDI of 0.5754'
	);
	await expect(page.locator('tbody tr')).toHaveCount(193);
	const focus = page.locator('tr.focus');
	await expect(focus).toHaveCount(1);
	await expect(focus.getByRole('rowheader')).toHaveText('Cambodia');
	await expect(page.locator('tbody tr').first()).toContainText('Denmark');
});

test('the focus country comes from the URL', async ({ page }) => {
	await page.goto('/?country=VNM');
	await expect(page.locator('.headline')).toContainText('Viet Nam ranks 71');
	await page.goto('/?country=NOPE');
	await expect(page.locator('.headline')).toContainText('Cambodia');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the table is in the server-rendered page', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('tbody tr')).toHaveCount(193);
	});
});

test('the API answers through the built server', async ({ request }) => {
	const response = await request.get('/api/v1/observations?indicator=EGDI&year=2024&country=KHM');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual([
		{ country: 'KHM', year: 2024, indicator: 'EGDI', value: 0.57536, rank: 120 }
	]);
	expect((await request.get('/api/v1/observations?year=abcd')).status()).toBe(400);
});
