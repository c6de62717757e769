import type { Page } from '@playwright/test';

/**
 * Waits until the page is hydrated (the root layout marks `<html data-hydrated>` on mount):
 * only then do controls that navigate on change, copy buttons and downloads work.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
