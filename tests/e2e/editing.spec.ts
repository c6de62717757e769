import { expect, test } from '@playwright/test';
import { signIn, startServer } from './server';

// A second server of the same build, with an editor account and a database of its own.
const editor = {
	email: 'eddie@example.org',
	name: 'Eddie Editor',
	role: 'editor',
	password: 'maple harbour 52'
} as const;
let base: string;
let stop: () => void;

test.beforeAll(async () => {
	test.setTimeout(120_000); // accounts made with the CLI, then a first start
	({ base, stop } = await startServer({
		// Not +17: 4190 is on the Fetch standard's list of blocked ports, so fetch() refuses it.
		port: Number(process.env.E2E_PORT ?? 4173) + 27,
		accounts: [editor]
	}));
});

test.afterAll(() => stop());

test.beforeEach(({ page }) => signIn(page, base, editor));

test('a milestone dated last year and not done shows as overdue', async ({ page }) => {
	const lastYear = new Date().getUTCFullYear() - 1;
	await page.goto(`${base}/milestones/new?country=KHM`);
	await page.getByLabel('Policy').selectOption({ label: 'Digital Government Policy 2022–2035' });
	await page.getByLabel('Date').fill(`${lastYear}-06-30`);
	await page.getByLabel('Title').fill('Digital government law adopted');
	await page.getByLabel('Status', { exact: true }).selectOption('planned');
	await page.getByRole('button', { name: 'Save milestone' }).click();
	await expect(page).toHaveURL(/\/targets\?country=KHM/);
	await expect(page.getByRole('status').filter({ hasText: 'Milestone saved.' })).toBeVisible();
	const row = page.locator('.milestones li', { hasText: 'Digital government law adopted' });
	await expect(row).toContainText('Overdue');
	await expect(page.locator('svg.timeline .milestone[aria-label*="law adopted"]')).toHaveAttribute(
		'aria-label',
		/Overdue/
	);
});

test('a target with a nonsense value is refused with a message saying why', async ({ page }) => {
	await page.goto(`${base}/targets/new?country=KHM`);
	await page.getByLabel('Policy').selectOption({ label: 'Digital Government Policy 2022–2035' });
	const save = page.getByRole('button', { name: 'Save target' });

	await page.getByLabel('a rank in the EGDI ranking').check();
	await page.getByLabel('Target rank').fill('0');
	await save.click();
	await expect(page.locator('#targetRank-error')).toHaveText(
		'A rank runs from 1 (best) to 193; 0 is impossible.'
	);
	await page.getByLabel('Target rank').fill('500');
	await save.click();
	await expect(page.locator('#targetRank-error')).toHaveText(
		'A rank runs from 1 (best) to 193; 500 is impossible.'
	);

	await page.getByLabel('a value of the indicator').check();
	await page.getByLabel('Target value').fill('1.5');
	await save.click();
	await expect(page.locator('#targetValue-error')).toHaveText(
		'EGDI runs from 0 to 1; 1.5 is out of range.'
	);

	await page.getByLabel('Target value').fill('0.8');
	await page.getByLabel('Baseline year').fill('2022');
	await page.getByLabel('Target year').fill('2020');
	await save.click();
	await expect(page.locator('#targetYear-error')).toHaveText(
		'The target year (2020) must come after the baseline year (2022).'
	);
	// Nothing was written.
	const list = await (await page.request.get(`${base}/api/v1/targets?country=KHM`)).json();
	expect(list).toHaveLength(3);
});

test('a target can be added, edited and deleted', async ({ page }) => {
	await page.goto(`${base}/targets/new?country=KHM`);
	await page.getByLabel('Policy').selectOption({ label: 'Digital Government Policy 2022–2035' });
	await page.getByLabel('Indicator', { exact: true }).selectOption('TII');
	await page.getByLabel('Target value').fill('0.9');
	await page.getByLabel('Baseline year').fill('2022');
	await page.getByLabel('Target year').fill('2030');
	await page.getByRole('button', { name: 'Save target' }).click();
	const card = page.locator('article.card', {
		hasText: 'Telecommunication Infrastructure Index of 0.9 by 2030'
	});
	await expect(card).toBeVisible();
	await expect(card).not.toContainText('Example target');
	// Said once, after the save: a reload does not say it again.
	await expect(page.locator('.flash')).toHaveText('✓ Target saved.');
	await page.reload();
	await expect(page.locator('.flash')).toHaveCount(0);

	await card.getByRole('link', { name: 'Edit or delete this target' }).click();
	await page.getByLabel('Target value').fill('0.95');
	await page.getByRole('button', { name: 'Save target' }).click();
	await expect(page.locator('article.card', { hasText: 'of 0.95 by 2030' })).toBeVisible();

	await page
		.locator('article.card', { hasText: 'of 0.95 by 2030' })
		.getByRole('link', { name: 'Edit or delete' })
		.click();
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Delete this target' }).click();
	await expect(page).toHaveURL(/\/targets\?country=KHM/);
	await expect(page.locator('article.card')).toHaveCount(3);
});

test('a policy with an end before its start is refused', async ({ page }) => {
	await page.goto(`${base}/policies/new?country=KHM`);
	await page.getByLabel('Name').fill('Broadband Plan');
	await page.getByLabel('Start year').fill('2030');
	await page.getByLabel('End year').fill('2025');
	await page.getByRole('button', { name: 'Save policy' }).click();
	await expect(page.locator('#endYear-error')).toHaveText(
		'The end year (2025) is before the start year (2030).'
	);
	await page.getByLabel('End year').fill('2035');
	await page.getByRole('button', { name: 'Save policy' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Broadband Plan' })).toBeVisible();
	await expect(page.locator('.flash')).toHaveText('✓ Policy saved.');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('saving a policy says so on the page it leads to, in the page’s language', async ({
		page
	}) => {
		await page.goto(`${base}/id/policies/new?country=KHM`);
		await page.locator('input[name="name"]').fill('Rencana Pita Lebar');
		await page.locator('input[name="startYear"]').fill('2025');
		await page.locator('input[name="endYear"]').fill('2030');
		await page.locator('button.primary[type="submit"]').click();
		await expect(page).toHaveURL(/\/id\/targets\?country=KHM/);
		await expect(page.locator('.flash')).toHaveText('✓ Kebijakan disimpan.');
	});
});
