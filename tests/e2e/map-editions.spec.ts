import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './hydrated';

/**
 * The explorer's map through the editions (issue "Charts that stand alone", item 3): a link per
 * edition that works without JavaScript and lands on the map; with JavaScript, a slider and
 * Play that change the edition in place.
 */

const editions = (page: Page) => page.getByRole('navigation', { name: 'The map in each edition' });
const mapTitle = (page: Page) => page.locator('figure.chart h3 a.self').first();
/** Every state's fill on the map, in order. */
const mapFills = (page: Page) =>
	page
		.locator('svg.world-map use[fill]')
		.evaluateAll((uses) => uses.map((u) => u.getAttribute('fill')));
/** Cambodia's fill on the map: a class colour, `var(--map-N, #hex)`. */
const cambodiaFill = (page: Page) =>
	page.locator('svg.world-map a[href="/countries/KHM"] use').getAttribute('fill');

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an edition link shows that edition, keeps the view and lands on the map', async ({
		page
	}) => {
		await page.goto('/indicators/EGDI?region=Asia&sort=value&dir=desc');
		await expect(mapTitle(page)).toHaveText('World map of EGDI, 2024');
		const links = editions(page).getByRole('link');
		await expect(links).toHaveText([
			'2003',
			'2004',
			'2005',
			'2008',
			'2010',
			'2012',
			'2014',
			'2016',
			'2018',
			'2020',
			'2022',
			'2024'
		]);
		await expect(links.filter({ hasText: '2024' })).toHaveAttribute('aria-current', 'page');
		// No dead controls: the slider and Play come with JavaScript.
		await expect(page.getByRole('slider')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(0);
		// Cambodia: 0.5754 in 2024 (0.50–0.60), 0.2902 in 2012 (0.20–0.30).
		expect(await cambodiaFill(page)).toMatch(/^var\(--map-5,/);

		await links.filter({ hasText: '2012' }).click();
		await expect(page).toHaveURL(/[?&]year=2012\b/);
		const url = new URL(page.url());
		expect(url.searchParams.get('region')).toBe('Asia');
		expect(url.searchParams.get('sort')).toBe('value');
		expect(url.hash).toBe('#chart-EGDI-2012-map');
		await expect(mapTitle(page)).toHaveText('World map of EGDI, 2012');
		await expect(page.locator('#chart-EGDI-2012-map')).toBeInViewport();
		await expect(editions(page).getByRole('link', { name: '2012' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		expect(await cambodiaFill(page)).toMatch(/^var\(--map-2,/);
		await expect(page.locator('.ranking tbody tr')).toHaveCount(47);
	});
});

test.describe('with JavaScript', () => {
	/** Set on the first page: a full reload would lose it. */
	const mark = (page: Page) =>
		page.evaluate(() => ((window as unknown as { mark: number }).mark = 42));
	const marked = (page: Page) =>
		page.evaluate(() => (window as unknown as { mark?: number }).mark === 42);

	test('the slider and Play move through the editions in place', async ({ page }) => {
		await page.goto('/indicators/EGDI?region=Asia');
		await hydrated(page);
		await mark(page);
		const history = await page.evaluate(() => window.history.length);
		const slider = page.getByRole('slider', { name: 'Map edition' });
		await expect(slider).toHaveAttribute('aria-valuetext', '2024');

		await slider.focus();
		await page.keyboard.press('Home');
		await expect(page).toHaveURL(/[?&]year=2003\b/);
		await expect(mapTitle(page)).toHaveText('World map of EGDI, 2003');
		await expect(slider).toHaveAttribute('aria-valuetext', '2003');
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/[?&]year=2004\b/);
		await expect(slider).toBeFocused();
		expect(new URL(page.url()).searchParams.get('region')).toBe('Asia');

		// Play from 2020: 2022, then 2024, then it stops.
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(page).toHaveURL(/[?&]year=2020\b/);
		const fills2020 = await mapFills(page);
		await page.getByRole('button', { name: 'Play' }).click();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await expect(page).toHaveURL(/[?&]year=2022\b/);
		await expect(mapTitle(page)).toHaveText('World map of EGDI, 2022');
		await expect(page).toHaveURL(/[?&]year=2024\b/, { timeout: 10_000 });
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
		await expect(editions(page).getByRole('link', { name: '2024' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		expect(await mapFills(page)).not.toEqual(fills2020);

		// The same page throughout, and the steps replaced the entry instead of adding to history.
		expect(await marked(page)).toBe(true);
		expect(await page.evaluate(() => window.history.length)).toBe(history);
	});

	test('Play at the last edition starts over from the first', async ({ page }) => {
		await page.goto('/indicators/OSI');
		await hydrated(page);
		await page.getByRole('button', { name: 'Play' }).click();
		await expect(page).toHaveURL(/[?&]year=2003\b/);
		await expect(page).toHaveURL(/[?&]year=2004\b/, { timeout: 5_000 });
		await page.getByRole('button', { name: 'Pause' }).click();
		const url = page.url();
		await page.waitForTimeout(1_500);
		expect(page.url()).toBe(url);
	});

	test('an edition link changes the edition in place, without scrolling', async ({ page }) => {
		await page.goto('/indicators/EGDI');
		await hydrated(page);
		await mark(page);
		const link = editions(page).getByRole('link', { name: '2016' });
		await link.scrollIntoViewIfNeeded();
		const top = await page.evaluate(() => window.scrollY);
		await link.click();
		await expect(page).toHaveURL(/[?&]year=2016\b/);
		await expect(mapTitle(page)).toHaveText('World map of EGDI, 2016');
		await expect(editions(page).getByRole('link', { name: '2016' })).toBeFocused();
		expect(await marked(page)).toBe(true);
		expect(Math.abs((await page.evaluate(() => window.scrollY)) - top)).toBeLessThan(5);
	});
});
