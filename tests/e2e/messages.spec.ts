import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { inLanguage, PUBLIC_PAGES, SIGNED_IN_PAGES } from './pages';
import { signIn, startServer } from './server';

/**
 * A page's JavaScript carries only its language's messages of the groups it loads. If a page
 * forgot one, its server-rendered text would turn into message keys once it hydrates: every
 * page, in every language, is read after hydration for anything that looks like a key.
 */
const PREFIXES = new Set(
	readdirSync('src/lib/i18n/messages/en').flatMap((file) =>
		[...readFileSync(`src/lib/i18n/messages/en/${file}`, 'utf8').matchAll(/^\t'([a-z]+)\./gm)].map(
			(m) => m[1]
		)
	)
);
const KEY = new RegExp(`\\b(?:${[...PREFIXES].join('|')})\\.[A-Za-z_]+(?:\\.[A-Za-z_]+)*\\b`, 'g');
const LANGUAGES = ['', '/km', '/id'];

async function keysShown(page: Page, url: string): Promise<string[]> {
	await page.goto(url, { waitUntil: 'networkidle' });
	const text = await page.evaluate(() => {
		const attributes = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].map(
			(e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? '').join(' ')
		);
		return [document.title, document.body.innerText, ...attributes].join('\n');
	});
	return [...new Set(text.match(KEY) ?? [])].map((key) => `${url}: ${key}`);
}

test('the key pattern finds a key and leaves words with dots alone', () => {
	expect('Summary common.nav.summary'.match(KEY)).toEqual(['common.nav.summary']);
	expect('0.5634 e.g. UN DESA.'.match(KEY)).toBeNull();
});

for (const prefix of LANGUAGES) {
	test(`public pages show no message keys once hydrated ${prefix || '(English)'}`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		const found: string[] = [];
		for (const path of PUBLIC_PAGES)
			found.push(...(await keysShown(page, inLanguage(prefix, path))));
		expect(found).toEqual([]);
	});
}

test.describe('signed in', () => {
	const admin = {
		email: 'admin@example.org',
		name: 'Ada Admin',
		role: 'admin' as const,
		password: 'correct horse battery'
	};
	let server: Awaited<ReturnType<typeof startServer>>;
	test.beforeAll(async () => {
		server = await startServer({
			port: Number(process.env.E2E_PORT ?? 4173) + 33,
			accounts: [admin]
		});
	});
	test.afterAll(() => server.stop());

	for (const prefix of LANGUAGES) {
		test(`workspace pages show no message keys once hydrated ${prefix || '(English)'}`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			await signIn(page, server.base, admin);
			const found: string[] = [];
			for (const path of SIGNED_IN_PAGES)
				found.push(...(await keysShown(page, server.base + inLanguage(prefix, path))));
			expect(found).toEqual([]);
		});
	}
});
