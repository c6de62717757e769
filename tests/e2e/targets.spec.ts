import { expect, test } from '@playwright/test';

test('the targets page shows each example target with its status, numbers and chart', async ({
	page
}) => {
	await page.goto('/targets');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cambodia');
	await expect(page.locator('.headline')).toContainText('3 targets across 2 policies');
	const cards = page.locator('article.card');
	await expect(cards).toHaveCount(3);
	const level = cards.filter({ hasText: 'EGDI in the Very High group' });
	await expect(level).toContainText('On track');
	await expect(level).toContainText('Example target');
	await expect(level).toContainText('Needs +3.1% a year, achieving +6.7%');
	// The projection at the observed rate, capped at the index's maximum.
	await expect(level.locator('dd').nth(3)).toHaveText('1.0000');
	await expect(cards.filter({ hasText: 'Online Service' })).toContainText('Acceleration needed');
	await expect(page.getByRole('note')).toContainText('No official numeric EGDI target');
	await expect(page.getByRole('list', { name: 'Targets by status' })).toContainText('2 On track');
});

test('the milestone timelines run to 2035 with today marked', async ({ page }) => {
	await page.goto('/targets');
	const timelines = page.locator('svg.timeline');
	await expect(timelines).toHaveCount(2);
	await expect(timelines.first().locator('.today')).toHaveCount(1);
	await expect(timelines.nth(1).locator('.milestone')).toHaveCount(2);
	await expect(
		page.locator('.milestones li', { hasText: 'First Digital Government Forum' })
	).toContainText('Done');
});

test('the summary shows the target status and milestones at a glance', async ({ page }) => {
	await page.goto('/');
	const plan = page.getByRole('region', { name: 'Targets and milestones' });
	await expect(plan.locator('li')).toHaveCount(3);
	await expect(plan).toContainText('(example)');
	await expect(plan).toContainText('Last done: First Digital Government Forum');
});

test('anonymous visitors cannot edit: no edit links, and a write is refused with 401', async ({
	page,
	request,
	baseURL
}) => {
	await page.goto('/targets');
	await expect(page.getByRole('link', { name: 'Add a target' })).toHaveCount(0);
	await page.goto('/targets/new');
	await expect(page.locator('main')).toContainText(
		'Only editors can change targets, milestones and policies. Sign in with an editor account'
	);
	const response = await request.post('/targets/new', {
		headers: { origin: baseURL! },
		form: { policyId: '1', country: 'KHM', indicator: 'EGDI', kind: 'value', targetValue: '0.8' }
	});
	expect(response.status()).toBe(401);
	const after = await request.get('/api/v1/targets?country=KHM');
	expect(await after.json()).toHaveLength(3);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('target charts and timelines are server-rendered', async ({ page }) => {
		await page.goto('/targets');
		await expect(page.locator('article.card svg[role="img"]')).toHaveCount(3);
		await expect(page.locator('svg.timeline')).toHaveCount(2);
	});
});

test('a forged cross-site form post is refused', async ({ request }) => {
	const response = await request.post('/targets/new', {
		headers: { origin: 'https://evil.example' },
		form: { policyId: '1', country: 'KHM', indicator: 'EGDI', kind: 'value', targetValue: '0.8' }
	});
	expect(response.status()).toBe(403);
	expect(await response.text()).toBe('Cross-site form submissions are refused.');
});
