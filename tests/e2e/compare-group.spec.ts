import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydrated';

/** ASEAN's eleven members as Compare lists them: Cambodia (the focus) first, then by 2024 rank. */
const ASEAN = [
	['KHM', 'Cambodia'],
	['SGP', 'Singapore'],
	['THA', 'Thailand'],
	['MYS', 'Malaysia'],
	['IDN', 'Indonesia'],
	['VNM', 'Viet Nam'],
	['PHL', 'Philippines'],
	['BRN', 'Brunei Darussalam'],
	['MMR', 'Myanmar'],
	['LAO', "Lao People's Democratic Republic"],
	['TLS', 'Timor-Leste']
] as const;
const WHOLE = `/compare?countries=${ASEAN.map(([c]) => c).join(',')}&avg=ASEAN`;

const figure = (page: Page, title: string) =>
	page.locator('figure', { has: page.getByRole('heading', { name: title, exact: true }) });

/** Everything a whole-ASEAN comparison must show, whichever way it was reached. */
async function expectWholeAsean(page: Page) {
	await expect(page).toHaveURL(new RegExp(`${WHOLE.replace(/[?]/g, '\\?')}$`));
	await expect(page.locator('p.headline')).toContainText(
		'Singapore leads among the 11 ASEAN members in 2024'
	);
	// The page's legend: the eleven members and the average.
	const legend = page.getByRole('list', { name: 'Countries', exact: true }).getByRole('listitem');
	await expect(legend).toHaveText([
		...ASEAN.map(([code, name]) => `${name} (${code})`),
		'ASEAN average'
	]);
	// Every indicator's trend: eleven lines and the average's (the rank has no average).
	const egdi = figure(page, 'E-Government Development Index (EGDI)');
	await expect(egdi.locator('svg path.line')).toHaveCount(12);
	await expect(figure(page, 'EGDI rank (1 = best)').locator('svg path.line')).toHaveCount(11);
	// Twelve series: the legend names them, not labels piled at the line ends.
	await expect(egdi.locator('svg .end-label')).toHaveCount(0);
	for (const [, name] of ASEAN)
		await expect(egdi.getByRole('img', { name: new RegExp(`^${name}, 2024: `) })).toHaveCount(1);
	await expect(egdi.getByRole('img', { name: /^ASEAN average, 2024: 0\.\d{4}$/ })).toHaveCount(1);
	// The latest bars: one per member and the average's, named by code, in each component.
	const bars = figure(page, 'EGDI and its components, 2024');
	await expect(bars.locator('svg g.bar')).toHaveCount(4 * 12);
	await expect(bars.getByRole('img', { name: /^ASEAN average, EGDI: 0\.\d{4}$/ })).toHaveCount(1);
	await expect(bars.locator('svg text.code', { hasText: 'ASEAN' })).toHaveCount(4);
	await expect(
		page.getByRole('table', { name: /Ranked by EGDI, 2024/ }).locator('tbody tr')
	).toHaveCount(12);
	await expect(
		page
			.getByRole('table', { name: /Ranked by EGDI, 2024/ })
			.locator('tbody tr')
			.last()
	).toContainText(/ASEAN average\s*—\s*0\.\d{4}/);
}

test('one link puts the whole of ASEAN on, with its average, in place', async ({ page }) => {
	await page.goto('/compare?countries=KHM,CHN');
	await hydrated(page);
	await page.evaluate(() => window.scrollTo(0, 200));
	await page.getByRole('link', { name: 'ASEAN: all 11 members' }).click();
	await expectWholeAsean(page);
	expect(await page.evaluate(() => window.scrollY)).toBe(200);
	await expect(page.getByRole('checkbox', { name: 'ASEAN' })).toBeChecked();
	await expect(page.getByRole('link', { name: 'ASEAN: all 11 members' })).toHaveAttribute(
		'aria-current',
		'page'
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the group link is a plain link to the whole comparison', async ({ page }) => {
		await page.goto('/compare?countries=KHM&avg=WORLD');
		await page.getByRole('link', { name: 'ASEAN: all 11 members' }).click();
		await expect(page).toHaveURL(/avg=WORLD&avg=ASEAN$/);
		await page.goto('/compare?countries=KHM');
		await page.getByRole('link', { name: 'ASEAN: all 11 members' }).click();
		await expectWholeAsean(page);
	});

	test('?group= goes to the canonical address; a group too large is refused with a notice', async ({
		page
	}) => {
		await page.goto('/compare?group=asean');
		await expectWholeAsean(page);

		await page.goto('/compare?countries=KHM&group=LDC');
		await expect(page.getByRole('list', { name: 'Notices' })).toHaveText(
			'Least developed countries has 44 members, more than the 12 countries a comparison shows: its average can be shown beside the countries chosen.'
		);
		await expect(
			page.getByRole('list', { name: 'Selected countries' }).getByRole('listitem')
		).toHaveText(['Cambodia']);
		// Only the groups that fit are offered.
		await expect(page.getByRole('link', { name: /all \d+ members/ })).toHaveText([
			'ASEAN: all 11 members'
		]);
	});

	test('the Khmer page names the group in Khmer', async ({ page }) => {
		await page.goto('/km/compare?group=ASEAN');
		await expect(page).toHaveURL(/\/km\/compare\?countries=KHM,SGP,.*,TLS&avg=ASEAN$/);
		await expect(page.locator('p.headline')).toContainText('ក្នុងចំណោមសមាជិក ASEAN ទាំង 11');
	});
});
