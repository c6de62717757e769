import { expect, test } from '@playwright/test';
import { signIn, startServer } from './server';

// A server of the same build with an editor account and a database of its own: these tests
// change the seeded targets.
const editor = {
	email: 'olive@example.org',
	name: 'Olive Owner',
	role: 'editor',
	password: 'editor password 2'
} as const;
let base: string;
let stop: () => void;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	({ base, stop } = await startServer({
		port: Number(process.env.E2E_PORT ?? 4173) + 39,
		accounts: [editor]
	}));
});
test.afterAll(() => stop());

const OSI = 'Online Service Index of 0.75 by 2035';

test.describe.serial('owned targets', () => {
	test('an editor owns a target: body, owner, narrative in two languages, review dates', async ({
		page
	}) => {
		await signIn(page, base, editor);
		await page.goto(`${base}/targets`);
		await page
			.locator('article.card', { hasText: OSI })
			.getByRole('link', { name: 'Edit or delete this target' })
			.click();
		const owning = page.getByRole('group', { name: 'Ownership and review' });
		await owning.getByLabel('Responsible body').fill('Ministry of Post and Telecommunications');
		await owning.getByLabel('Owner').fill('General Department of Digital Government');
		await owning
			.getByLabel('Why, and what we are doing', { exact: true })
			.fill('Every public service online by 2035: the one-stop portal first.');
		await owning
			.getByRole('group', { name: 'Why, and what we are doing in other languages' })
			.getByLabel('ខ្មែរ')
			.fill('សេវាសាធារណៈទាំងអស់តាមអនឡាញនៅឆ្នាំ២០៣៥');
		await owning.getByLabel('Last reviewed').fill('2024-01-15');
		// A next review not after the last one is refused, with why, beside the field.
		await owning.getByLabel('Next review').fill('2024-01-15');
		await page.getByRole('button', { name: 'Save target' }).click();
		await expect(page.locator('#nextReview-error')).toHaveText(
			'The next review (2024-01-15) must come after the last one (2024-01-15).'
		);
		await page.getByLabel('Next review').fill('2025-01-15');
		await page.getByRole('button', { name: 'Save target' }).click();
		await expect(page).toHaveURL(/\/targets\?country=KHM/);

		const card = page.locator('article.card', { hasText: OSI });
		await expect(card).toContainText('Ministry of Post and Telecommunications');
		await expect(card).toContainText('General Department of Digital Government');
		await expect(card).toContainText('the one-stop portal first');
		// The next review date has passed: flagged on the card and in the API.
		await expect(card.locator('[data-review="overdue"]')).toContainText('Review overdue since');
		const api = await (await page.request.get(`${base}/api/v1/targets?country=KHM`)).json();
		const osi = api.find((t: { indicator: string }) => t.indicator === 'OSI');
		expect(osi).toMatchObject({
			owner: 'General Department of Digital Government',
			responsibleBody: 'Ministry of Post and Telecommunications',
			lastReviewed: '2024-01-15',
			nextReview: '2025-01-15',
			reviewOverdue: true
		});
		expect(osi.texts.narrative.km).toBe('សេវាសាធារណៈទាំងអស់តាមអនឡាញនៅឆ្នាំ២០៣៥');
	});

	test('an editor links a milestone to the target it serves and names the component it moves', async ({
		page
	}) => {
		await signIn(page, base, editor);
		await page.goto(`${base}/milestones/new?country=KHM`);
		await page.getByLabel('Policy').selectOption({ label: 'Digital Government Policy 2022–2035' });
		await page.getByLabel('Date').fill('2030-06-30');
		await page.getByLabel('Title', { exact: true }).fill('One-stop service portal live');
		await page.getByLabel('Component it moves').selectOption('OSI');
		await page.getByRole('group', { name: 'Targets it serves' }).getByLabel(OSI).check();
		await page.getByRole('button', { name: 'Save milestone' }).click();
		await expect(page).toHaveURL(/\/targets\?country=KHM/);

		const row = page.locator('.milestones li', { hasText: 'One-stop service portal live' });
		await expect(row).toContainText('Moves OSI');
		await expect(row).toContainText(`Serves ${OSI}`);
		const card = page.locator('article.card', { hasText: OSI });
		await expect(card.locator('.serving')).toContainText('One-stop service portal live');
		const api = await (await page.request.get(`${base}/api/v1/milestones`)).json();
		const portal = api.find((m: { title: string }) => m.title === 'One-stop service portal live');
		expect(portal.component).toBe('OSI');
		expect(portal.targets).toHaveLength(1);
	});

	test('a Khmer page shows Khmer entered text, and English marked where there is none', async ({
		page
	}) => {
		await page.goto(`${base}/km/targets`);
		const card = page.locator('article.card').filter({ hasText: 'OSI' }).first();
		const narrative = card.locator('.narrative [lang="km"]');
		await expect(narrative).toHaveText('សេវាសាធារណៈទាំងអស់តាមអនឡាញនៅឆ្នាំ២០៣៥');
		// Seeded Khmer names of the policies.
		await expect(
			page.getByRole('heading', { level: 2, name: /គោលនយោបាយរដ្ឋាភិបាលឌីជីថល/ })
		).toBeVisible();
		// The new milestone has no Khmer title: English, marked as such.
		const portal = page.locator('.milestones li', { hasText: 'One-stop service portal live' });
		await expect(portal.locator('strong [lang="en"][data-entered]')).toHaveText(
			'One-stop service portal live'
		);
		await expect(portal.locator('strong .fallback')).toHaveText('(English)');
	});
});

test.describe('grouped by responsible body', () => {
	test.use({ javaScriptEnabled: false });
	test('without JavaScript, the grouping form groups the cards with each body’s statuses', async ({
		page
	}) => {
		await page.goto(`${base}/targets`);
		await page.getByLabel('Show targets').selectOption('body');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page).toHaveURL(/group=body/);
		const ministry = page.getByRole('region', { name: 'Ministry of Post and Telecommunications' });
		await expect(ministry.locator('article.card')).toHaveCount(1);
		await expect(
			ministry.getByRole('list', {
				name: 'Targets of Ministry of Post and Telecommunications by status'
			})
		).toContainText('1');
		const none = page.getByRole('region', { name: 'No responsible body recorded' });
		await expect(none.locator('article.card')).toHaveCount(2);
	});
});
