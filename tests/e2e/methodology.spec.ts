import { expect, test } from '@playwright/test';

// Everything on the methodology page is server-rendered, so it is all checked without JavaScript.
test.use({ javaScriptEnabled: false });

test('the page renders without JavaScript, with one h1 and a table of contents', async ({
	page
}) => {
	await page.goto('/methodology');
	await expect(page).toHaveTitle(/Methodology/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methodology');
	const toc = page.getByRole('navigation', { name: 'On this page' });
	await expect(toc.getByRole('link')).toHaveCount(5);
});

test('every in-page link goes to an existing anchor', async ({ page }) => {
	await page.goto('/methodology');
	const hrefs = await page
		.locator('main a[href^="#"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	expect(hrefs.length).toBeGreaterThanOrEqual(5);
	for (const href of hrefs) {
		await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
	}
	await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').nth(2).click();
	await expect(page).toHaveURL(/#progress$/);
	await expect(page.locator('#progress')).toBeInViewport();
});

test("the rating-class table has the 16 classes of the latest edition, each with its countries' range", async ({
	page
}) => {
	await page.goto('/methodology');
	const table = page.locator('table.rating-classes');
	await expect(table.locator('caption')).toContainText('Rating classes of the 2024 edition');
	await expect(table.locator('tbody tr')).toHaveCount(16);
	await expect(table.locator('tbody th[scope="row"]')).toHaveText([
		...['VH', 'V3', 'V2', 'V1', 'HV', 'H3', 'H2', 'H1'],
		...['MH', 'M3', 'M2', 'M1', 'LM', 'L3', 'L2', 'L1']
	]);
	// UN E-Government Survey 2024: 18 countries in VH (the published list; the rule gives 19),
	// Bahrain (0.91958) the lowest of them, Denmark (0.98474) the highest.
	const vh = table.locator('tbody tr').first();
	await expect(vh.locator('td')).toHaveText(['18', '0.9196', '0.9847']);
	// Cambodia's class: the lowest of the 15 countries of H2 scored 0.57383.
	const h2 = table.locator('tbody tr', { has: page.locator('th[scope="row"]', { hasText: 'H2' }) });
	await expect(h2.locator('td')).toHaveText(['15', '0.5738', '0.6317']);
	const levels = page.locator('#levels');
	await expect(levels).toContainText('quartiles of the group in rank order');
	await expect(levels).toContainText('equal width');
	await expect(levels).toContainText('United States of America (EGDI 0.91945)');
});

test('the five UN indicators and the EGDI rank are defined', async ({ page }) => {
	await page.goto('/methodology');
	const names = {
		EGDI: 'E-Government Development Index',
		OSI: 'Online Service Index',
		TII: 'Telecommunication Infrastructure Index',
		HCI: 'Human Capital Index',
		EPI: 'E-Participation Index'
	};
	for (const [code, name] of Object.entries(names)) {
		const definition = page.locator(`#indicator-${code}`);
		await expect(definition.getByRole('heading', { level: 4 })).toContainText(name);
		await expect(definition).toContainText('How it is built');
		await expect(definition).toContainText('0 to 1');
		await expect(definition).toContainText('higher is better');
	}
	await expect(page.locator('#indicator-rank')).toContainText('lower is better');
	await expect(page.locator('#national-kpis + p')).toBeVisible();
});

test('the progress method, the caveats and the sources are stated', async ({ page }) => {
	await page.goto('/methodology');
	const progress = page.locator('#progress');
	// CAGRo, CAGRr, R and the projection drawn.
	await expect(progress.locator('.formula')).toHaveCount(4);
	await expect(progress.locator('table.statuses tbody tr')).toHaveCount(6);
	await expect(progress).toContainText('0.60 ≤ R < 1.00');
	// The departure from Open SDG's threshold is stated, with why.
	await expect(progress.locator('#progress-projection')).toContainText('Open SDG');
	await expect(progress.locator('#progress-projection')).toContainText('0.95');
	await expect(progress).toContainText('No other trend is drawn');
	await expect(progress).toContainText('0.001');
	await expect(progress).toContainText('acceleration needed');

	const anomalies = page.locator('#caveats ul.anomalies li');
	await expect(anomalies.first()).toContainText(
		'Micronesia (Federated States of), 2003, HCI 1.422'
	);
	const gaps = page.locator('#caveats dl.gaps');
	await expect(gaps.locator('dt')).toHaveText(['2003', '2004', '2005', '2008', '2010', '2012']);
	await expect(gaps.locator('dd')).toHaveText(['20', '15', '14', '11', '10', '3']);

	await expect(page.locator('#caveats')).toContainText('Zeros of 2003–2005');

	const sources = page.locator('#sources');
	const groups = sources.locator('ul.groups li');
	await expect(groups).toHaveCount(3);
	await expect(groups.first()).toContainText(
		'Least developed countries (LDC): 45 members in the 2024 edition.'
	);
	await expect(groups.first()).toContainText('Bhutan left (December 13, 2023)');
	await expect(groups.first()).toContainText('South Sudan joined (December 2012)');
	await expect(sources).toContainText('World Bank classification of about 2018');
	await expect(
		sources.getByRole('link', { name: 'UN E-Government Knowledgebase Data Center' })
	).toHaveAttribute('href', 'https://publicadministration.un.org/egovkb/en-us/Data-Center');
	await expect(sources.locator('.editions')).toHaveText(
		'2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024'
	);
});
