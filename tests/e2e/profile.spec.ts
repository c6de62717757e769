import { expect, test } from '@playwright/test';
import { hydrated } from './hydrated';

test('the profile shows every indicator, rank history, components and region', async ({ page }) => {
	await page.goto('/countries/KHM');
	await expect(
		page.getByRole('heading', { name: 'EGDI change since 2022: +0.0698' })
	).toBeVisible();
	const tii = page.getByRole('row', { name: /^TII/ }).first();
	await expect(tii.getByRole('cell')).toHaveText(['+0.2004', '+0.0668']);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cambodia');
	await expect(page.locator('.headline')).toContainText(
		'rank 120 in the world, 8 of 11 in South-eastern Asia and 35 of 47 in Asia'
	);
	for (const title of [
		'(EGDI)',
		'(OSI)',
		'(TII)',
		'(HCI)',
		'(EPI)',
		'EGDI rank',
		'Components, 2024',
		'Within Asia, 2024'
	]) {
		await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
	}
	await expect(page.getByRole('link', { name: 'Compare with peers' })).toHaveAttribute(
		'href',
		'/compare?country=KHM'
	);
});

test('missing editions are gaps, not zeros (South Sudan before 2012)', async ({ page }) => {
	await page.goto('/countries/SSD');
	const egdi = page.locator('figure', { hasText: 'E-Government Development Index (EGDI)' });
	await egdi.getByText('Show the numbers').click();
	await expect(egdi.locator('tbody tr', { hasText: '2010' }).locator('td').nth(1)).toHaveText('—');
	await expect(egdi.locator('tbody tr', { hasText: '2012' }).locator('td').nth(1)).not.toHaveText(
		'—'
	);
});

test('the picker goes to another profile; an unknown code is a 404', async ({ page }) => {
	await page.goto('/countries/KHM');
	// The picker navigates once the page is hydrated (without JavaScript, its button submits).
	await hydrated(page);
	await page.locator('form.picker select').selectOption('LAO');
	await expect(page).toHaveURL(/\/countries\/LAO$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		"Lao People's Democratic Republic"
	);
	const response = await page.goto('/countries/XYZ');
	expect(response?.status()).toBe(404);
});

test('the countries index lists all 193 and filters by name', async ({ page }) => {
	await page.goto('/countries');
	await expect(page.locator('main li')).toHaveCount(193);
	await page.getByLabel('Find a country').fill('guinea');
	await expect(page.locator('main li')).toHaveCount(4);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the profile charts are server-rendered', async ({ page }) => {
		await page.goto('/countries/VNM');
		await expect(page.locator('figure svg[role="img"]')).toHaveCount(8);
	});
});
