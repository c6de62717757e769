import { expect, test } from '@playwright/test';
import { hydrated } from './hydrated';

test('the summary leads with the focus country, its class and rank', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cambodia');
	await expect(page.locator('.headline')).toContainText(
		'High e-government development (class H2) — rank 120 of 193, up 7 places since 2022'
	);
	const cards = page.getByRole('region', { name: 'Headline figures' });
	await expect(cards).toContainText('0.5754');
	await expect(cards).toContainText('+0.0698');
	// TII's own change and, labelled as such, its contribution to the EGDI change (a third).
	const tii = cards.getByRole('row', { name: /^TII/ });
	await expect(tii.getByRole('cell')).toHaveText(['+0.2004', '+0.0668']);
	const changes = cards.getByRole('table');
	await expect(changes.getByRole('columnheader')).toHaveText([
		'Index',
		'Own change',
		'Contribution to EGDI'
	]);
	await expect(cards).toContainText(
		'Driven mostly by TII: it changed by +0.2004 on its own, contributing +0.0668 to the EGDI.'
	);
	// H3's lowest country in 2024 scored 0.63293 (a quartile of the High group, not a band).
	await expect(cards).toContainText('+0.0576');
	await expect(cards).toContainText('to reach H3, whose lowest country scored 0.6329');
	const peers = page.locator('.peers tbody tr');
	await expect(peers).toHaveCount(11);
	await expect(page.locator('.peers tr.focus')).toContainText('Cambodia');
});

test('the focus country comes from the URL and the picker', async ({ page }) => {
	await page.goto('/?country=VNM');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viet Nam');
	// The picker navigates once the page is hydrated (without JavaScript, its button submits).
	await hydrated(page);
	await page.getByLabel('Focus country').selectOption('THA');
	await expect(page).toHaveURL(/country=THA/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thailand');
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viet Nam');
	await page.goto('/?country=NOPE');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cambodia');
});

test('a country with gaps shows them as gaps, not zeros', async ({ page }) => {
	await page.goto('/?country=SSD');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('South Sudan');
	await page.getByText('Show the numbers').first().click();
	const row2010 = page.locator('figure').first().locator('tbody tr', { hasText: '2010' });
	await expect(row2010).toContainText('—');
	await expect(row2010).not.toContainText('0.0000');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the charts are in the server-rendered page', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('figure svg[role="img"]')).toHaveCount(2);
		await expect(page.locator('figure svg path.line')).toHaveCount(4);
		await expect(page.getByRole('link', { name: 'Download CSV' }).first()).toHaveAttribute(
			'href',
			/^data:text\/csv/
		);
	});
});

test('the API answers through the built server', async ({ request }) => {
	const response = await request.get('/api/v1/observations?indicator=EGDI&year=2024&country=KHM');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual([
		{
			country: 'KHM',
			year: 2024,
			indicator: 'EGDI',
			value: 0.57536,
			rank: 120,
			computedRank: 120,
			levelGroup: 'High',
			ratingClass: 'H2',
			ratingClassRule: 'H2'
		}
	]);
	expect((await request.get('/api/v1/observations?year=abcd')).status()).toBe(400);
});

test('an LDC is compared with the LDC average of the edition, and no two bars repeat a group', async ({
	page
}) => {
	await page.goto('/');
	const chart = page.locator('figure', { hasText: 'How Cambodia compares, 2024' });
	await chart.getByText('Show the numbers').click();
	const rows = chart.locator('tbody tr');
	// The 45 LDCs of 2024 (Bhutan graduated in December 2023): mean EGDI 0.3481.
	await expect(rows.filter({ hasText: 'Least developed countries (mean)' })).toContainText([
		'0.3481'
	]);
	await expect(
		rows.filter({ hasText: 'Least developed countries (mean)' }).locator('td').last()
	).toHaveText('45');
	// ASEAN's members of 2024 (Timor-Leste joined in 2025) are not South-eastern Asia's 11: two
	// different means, 0.7219 and 0.6928, never two identical bars.
	await expect(rows.filter({ hasText: 'South-eastern Asia (mean)' })).toContainText(['0.6928']);
	await expect(rows.filter({ hasText: 'ASEAN (mean)' })).toContainText(['0.7219']);
	const means = await rows.locator('td:nth-child(2)').allTextContents();
	expect(new Set(means).size).toBe(means.length);
	await page.goto('/?country=FRA');
	await expect(
		page.locator('figure', { hasText: 'How France compares' }).locator('text=Least developed')
	).toHaveCount(0);
});

test('the focus country can be named as people name it', async ({ page }) => {
	await page.goto('/?country=Vietnam');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viet Nam');
	await page.goto('/?country=Laos');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		"Lao People's Democratic Republic"
	);
});
