import { expect, test } from '@playwright/test';
import { inLanguage, PUBLIC_PAGES, SIGNED_IN_PAGES } from './pages';
import { signIn, startServer } from './server';

/** Issue 15, item 6: every page's title ends with the site's name, in the page's language. */
const BRANDS: [prefix: string, brand: string][] = [
	['', 'Digital Government Maturity'],
	['/km', 'ភាពចាស់ទុំនៃរដ្ឋាភិបាលឌីជីថល'],
	['/id', 'Kematangan Pemerintahan Digital']
];
/** "… — Brand" or "… · Brand": the page's own words, then the site's name. */
const ending = (brand: string) => new RegExp(` [—·] ${brand}$`);

for (const [prefix, brand] of BRANDS)
	test(`every public page's title ends with the site name ${prefix || '(English)'}`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		for (const path of PUBLIC_PAGES) {
			// The title as sent (without JavaScript) and as shown.
			const served = await page.request.get(inLanguage(prefix, path), {
				headers: { accept: 'text/html' }
			});
			const title = /<title>([^<]*)<\/title>/.exec(await served.text())?.[1]?.trim() ?? '';
			expect(title.replace(/\s+/g, ' '), path).toMatch(ending(brand));
		}
	});

test.describe('signed in', () => {
	const admin = {
		email: 'titles@example.org',
		name: 'Tia Titles',
		role: 'admin' as const,
		password: 'linen compass 27'
	};
	let server: Awaited<ReturnType<typeof startServer>>;
	test.beforeAll(async () => {
		server = await startServer({
			port: Number(process.env.E2E_PORT ?? 4173) + 46,
			accounts: [admin]
		});
	});
	test.afterAll(() => server.stop());

	test("every workspace and form page's title ends with the site name", async ({ page }) => {
		test.setTimeout(120_000);
		await signIn(page, server.base, admin);
		for (const [prefix, brand] of BRANDS)
			for (const path of SIGNED_IN_PAGES) {
				await page.goto(server.base + inLanguage(prefix, path));
				expect(await page.title(), prefix + path).toMatch(ending(brand));
			}
	});
});
