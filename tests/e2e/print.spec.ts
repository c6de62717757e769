import { expect, test } from '@playwright/test';

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function pageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

test.describe('printing the summary', () => {
	for (const path of ['/', '/km', '/id']) {
		test(`${path} prints on one A4 page, without the site's header`, async ({ page }) => {
			await page.goto(path);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('body > div > header')).toBeHidden();
			await expect(page.locator('a.sign-in')).toHaveCount(1);
			await expect(page.locator('a.sign-in')).toBeHidden();
			await expect(page.locator('figure.chart').first()).toBeVisible();
			await expect(page.locator('.peers table')).toBeVisible();
			const pdf = await page.pdf({ format: 'A4', printBackground: true });
			expect(pageCount(pdf)).toBe(1);
		});
	}

	test('the comparison chart keeps its axis labels apart in print', async ({ page }) => {
		await page.goto('/');
		await page.emulateMedia({ media: 'print' });
		const ticks = page.locator('figure.chart svg .axis-x text');
		const boxes = [];
		for (const box of await ticks.evaluateAll((texts) =>
			texts.map((t) => t.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right }))
		))
			boxes.push(box);
		expect(boxes.length).toBeGreaterThan(2);
		// Ticks of one axis in order: each starts after the one before it ends.
		for (let i = 1; i < boxes.length; i++)
			if (boxes[i].left > boxes[i - 1].left)
				expect(boxes[i].left).toBeGreaterThan(boxes[i - 1].right);
	});
});
