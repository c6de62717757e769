import { expect, test, type Page } from '@playwright/test';

const chips = (page: Page) =>
	page.getByRole('list', { name: 'Selected countries' }).getByRole('listitem');
const figure = (page: Page, title: string) =>
	page.locator('figure', { has: page.getByRole('heading', { name: title, exact: true }) });
const EGDI = 'E-Government Development Index (EGDI)';

test('the headline says who leads the latest edition and by how much', async ({ page }) => {
	await page.goto('/compare?countries=KHM,VNM');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare countries');
	await expect(page.locator('p.headline')).toHaveText(
		'Viet Nam leads among the 2 countries compared in 2024 with an EGDI of 0.7709 (rank 71 of 193), 0.1955 ahead of Cambodia.'
	);
	const table = page.getByRole('table', { name: /Ranked by EGDI, 2024/ });
	await expect(table.locator('tbody tr').first()).toContainText('Viet Nam');
	await expect(table.locator('tbody tr').nth(1)).toContainText('Cambodia');
	await expect(table.locator('tbody tr').nth(1)).toContainText('120');
});

test('without a selection, Cambodia is compared with the ASEAN members ranked nearest it, above and below', async ({
	page
}) => {
	await page.goto('/compare');
	await expect(chips(page)).toHaveText([
		'Cambodia',
		'Indonesia',
		'Viet Nam',
		'Philippines',
		'Brunei Darussalam',
		'Myanmar',
		"Lao People's Democratic Republic",
		'Timor-Leste'
	]);
	// The headline names the group it speaks of: Cambodia does not "lead" a hand-picked set.
	await expect(page.locator('.headline')).toContainText(
		'Indonesia leads among the ASEAN members ranked nearest Cambodia in 2024'
	);
	// The whole group is one link away.
	await expect(page.getByRole('link', { name: 'ASEAN: all 11 members' })).toBeVisible();
	await page.goto('/compare?countries=KHM,MMR,LAO');
	await expect(page.locator('.headline')).toContainText(
		'Cambodia leads among the 3 countries compared in 2024'
	);
});

test('adding a country through the picker puts it in the URL, and back undoes it', async ({
	page
}) => {
	await page.goto('/compare?countries=KHM,VNM');
	await expect(chips(page)).toHaveCount(2);
	const field = page.getByLabel('Add a country');
	await field.pressSequentially('thailand');
	await page.getByRole('button', { name: 'Add' }).click();
	await expect(page).toHaveURL(/\/compare\?countries=KHM,VNM,THA$/);
	await expect(chips(page)).toHaveText(['Cambodia', 'Viet Nam', 'Thailand']);
	await expect(figure(page, EGDI).locator('svg path.line')).toHaveCount(3);

	await page.goBack();
	await expect(page).toHaveURL(/\/compare\?countries=KHM,VNM$/);
	await expect(chips(page)).toHaveText(['Cambodia', 'Viet Nam']);
	await expect(figure(page, EGDI).locator('svg path.line')).toHaveCount(2);
});

test('a chip removes its country with a plain link', async ({ page }) => {
	await page.goto('/compare?countries=KHM,VNM,THA');
	await page.getByRole('link', { name: 'Remove Viet Nam' }).click();
	await expect(page).toHaveURL(/\/compare\?countries=KHM,THA$/);
	await expect(chips(page)).toHaveText(['Cambodia', 'Thailand']);
});

test('unknown codes, duplicates and a thirteenth country are left out with a notice', async ({
	page
}) => {
	await page.goto('/compare?countries=KHM,XYZ,khm');
	await expect(page.getByRole('list', { name: 'Notices' })).toContainText(
		'No country has the code or name “XYZ”; it was left out.'
	);
	await expect(chips(page)).toHaveText(['Cambodia']);
	await expect(figure(page, EGDI).locator('svg path.line')).toHaveCount(1);

	await page.goto('/compare?countries=KHM,VNM,THA,LAO,MMR,MYS,IDN,PHL,SGP,BRN,TLS,CHN,JPN');
	await expect(chips(page)).toHaveCount(12);
	await expect(page.getByRole('list', { name: 'Notices' })).toContainText('left out: Japan');
	await expect(page.getByLabel('Add a country')).toHaveCount(0);
});

test('a name the picker cannot resolve gets a "did you mean"', async ({ page }) => {
	await page.goto('/compare?countries=KHM&add=Thailnd');
	const notices = page.getByRole('list', { name: 'Notices' });
	await expect(notices).toContainText('No country matches “Thailnd”.');
	await expect(notices.getByRole('link', { name: 'Thailand' })).toHaveAttribute(
		'href',
		'/compare?countries=KHM,THA'
	);
	await expect(chips(page)).toHaveText(['Cambodia']);
});

test('South Sudan shows gaps before 2012, not zeros', async ({ page }) => {
	await page.goto('/compare?countries=KHM,SSD');
	const egdi = figure(page, EGDI);
	await egdi.getByText('Show the numbers').click();
	const headers = egdi.locator('thead th');
	await expect(headers).toHaveText(['Edition', 'Cambodia', 'South Sudan']);
	const row2010 = egdi
		.locator('tbody tr')
		.filter({ has: page.locator('td:first-child', { hasText: /^2010$/ }) });
	await expect(row2010.locator('td')).toHaveText(['2010', /^0\.\d{4}$/, '—']);
	// Nothing is drawn for South Sudan before 2012: no marker, so no zero either.
	await expect(egdi.getByRole('img', { name: /^South Sudan, 2010/ })).toHaveCount(0);
	await expect(egdi.getByRole('img', { name: /^South Sudan, 2012/ })).toHaveCount(1);
});

test('with no valid country the page says so', async ({ page }) => {
	await page.goto('/compare?countries=');
	await expect(page.getByRole('heading', { name: 'No country selected' })).toBeVisible();
	await expect(page.locator('figure')).toHaveCount(0);
	await expect(page.getByLabel('Add a country')).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every chart is in the server-rendered page, one series per country', async ({ page }) => {
		await page.goto('/compare?countries=KHM,VNM,THA,LAO');
		// EGDI, EGDI rank, OSI, TII, HCI and EPI over time, and the latest components' bars.
		await expect(page.locator('figure svg[role="img"]')).toHaveCount(7);
		const trends = page.locator('figure', { has: page.locator('svg path.line') });
		await expect(trends).toHaveCount(6);
		for (const trend of await trends.all()) {
			await expect(trend.locator('svg path.line')).toHaveCount(4);
			const labels = await trend.locator('svg .end-label').allTextContents();
			expect(labels.sort()).toEqual(['KHM', 'LAO', 'THA', 'VNM']);
		}
		await expect(page.locator('figure svg .bar rect')).toHaveCount(16);
		await expect(
			page.getByRole('list', { name: 'Countries', exact: true }).getByRole('listitem')
		).toHaveCount(4);
		await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveCount(7);
		await expect(page.locator('datalist option')).toHaveCount(193);
	});

	test('the picker works as a plain GET form', async ({ page }) => {
		await page.goto('/compare?countries=KHM');
		await page.getByLabel('Add a country').fill('viet nam');
		await page.getByRole('button', { name: 'Add' }).click();
		await expect(page).toHaveURL(/\/compare\?countries=KHM,VNM$/);
		await expect(chips(page)).toHaveText(['Cambodia', 'Viet Nam']);
		await page.getByLabel('Add a country').fill('THA');
		await page.getByLabel('Add a country').press('Enter');
		await expect(page).toHaveURL(/\/compare\?countries=KHM,VNM,THA$/);
	});

	test('adding and removing a country keeps the averages shown', async ({ page }) => {
		await page.goto('/compare?countries=KHM&avg=LDC');
		await page.getByLabel('Add a country').fill('Laos');
		await page.getByRole('button', { name: 'Add' }).click();
		await expect(page).toHaveURL(/\/compare\?countries=KHM,LAO&avg=LDC$/);
		await expect(page.locator('.key')).toContainText('Least developed countries average');
		await page.getByRole('link', { name: 'Remove Cambodia' }).click();
		await expect(page).toHaveURL(/\/compare\?countries=LAO&avg=LDC$/);
		await expect(page.getByRole('checkbox', { name: 'Least developed countries' })).toBeChecked();
	});
});

test('group averages join the comparison, each edition with its own members', async ({ page }) => {
	await page.goto('/compare?countries=KHM,BTN&avg=LDC');
	await expect(page.getByRole('checkbox', { name: 'Least developed countries' })).toBeChecked();
	await expect(page.locator('.key')).toContainText('Least developed countries average');
	const egdi = page.locator('figure', { hasText: 'E-Government Development Index (EGDI)' }).first();
	await egdi.getByText('Show the numbers').click();
	// The LDC mean of 2024 (45 members, Bhutan no longer one): 0.3481.
	await expect(egdi.locator('tbody tr', { hasText: '2024' })).toContainText('0.3481');
	await expect(egdi.locator('thead')).toContainText('Least developed countries average');
});
