import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { inLanguage, PUBLIC_PAGES, SIGNED_IN_PAGES } from './pages';
import { signIn, startServer } from './server';

/**
 * An axe-core scan of every page, in English and in Khmer, light and dark: no serious or
 * critical violation (WCAG 2.2 AA rules and axe's best practices). Signed-in pages are scanned
 * on a server of their own with an account of each role that opens them.
 */
const LANGUAGES = ['', '/km'];

async function scan(page: Page, url: string) {
	const response = await page.goto(url);
	expect(response, url).not.toBeNull();
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const serious = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join('\n    ')}`
		);
	expect(serious, `${url}\n  ${serious.join('\n  ')}`).toEqual([]);
}

/** Dark mode changes every colour: its contrast is checked on the pages with the most of them. */
const DARK = ['/', '/countries/KHM', '/indicators/EGDI', '/targets', '/brief?country=KHM'];

for (const prefix of LANGUAGES) {
	const language = prefix ? 'Khmer' : 'English';
	test.describe(`axe, ${language}`, () => {
		for (const path of PUBLIC_PAGES) {
			test(path, async ({ page }) => {
				await scan(page, inLanguage(prefix, path));
			});
		}
	});
	test.describe(`axe, ${language}, dark`, () => {
		test.use({ colorScheme: 'dark' });
		for (const path of DARK) {
			test(path, async ({ page }) => {
				await scan(page, inLanguage(prefix, path));
			});
		}
	});
}

test.describe('axe, signed in', () => {
	const admin = {
		email: 'admin@example.org',
		name: 'Ada Admin',
		role: 'admin' as const,
		password: 'correct horse battery'
	};
	let server: Awaited<ReturnType<typeof startServer>>;
	test.beforeAll(async () => {
		server = await startServer({
			port: Number(process.env.E2E_PORT ?? 4173) + 31,
			accounts: [admin]
		});
	});
	test.afterAll(() => server.stop());

	for (const prefix of LANGUAGES) {
		test(`workspace pages ${prefix || '(English)'}`, async ({ page }) => {
			test.setTimeout(120_000);
			await signIn(page, server.base, admin);
			for (const path of SIGNED_IN_PAGES) await scan(page, server.base + prefix + path);
		});
	}
});
