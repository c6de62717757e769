import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { UN_INDICATOR_CODES } from '../../src/lib/domain/indicators';
import km from '../../src/lib/i18n/messages/km/terms';
import { loadMessages } from '../../src/lib/i18n/catalogue';
import { translate } from '../../src/lib/i18n/translate';

/**
 * The Khmer interface shows Khmer throughout: on every page, each visible text that holds Latin
 * letters is a code, an acronym, a number or a proper name from the data, never an English
 * word of the interface. This is the test that catches a string left untranslated.
 */
const PAGES = [
	'',
	'/countries',
	'/countries/KHM',
	'/indicators/EGDI',
	'/indicators/HCI?year=2020&compare=2010',
	'/compare?countries=KHM,VNM,THA,LAO',
	'/methodology',
	'/data',
	'/targets',
	'/brief?country=KHM',
	'/login'
];

/** Latin-script words allowed in Khmer text: codes, acronyms, units, proper names. */
const ALLOWED = new Set([
	'UN',
	'DESA',
	'ASEAN',
	...UN_INDICATOR_CODES,
	'ISO',
	'CSV',
	'SVG',
	'PNG',
	'PDF',
	'API',
	'OLS',
	'CAGR',
	'SDG',
	'OECD',
	'M49',
	'ICT',
	'English',
	'Bahasa',
	'Indonesia',
	// Sources the methodology cites by name.
	'UNESCO',
	'ITU',
	'UNU-EGOV',
	'UN-OHRLLS',
	'Eurostat',
	'Open',
	'Data',
	'JavaScript'
]);

/**
 * Visible text of the page, except code, what is marked as another language or as entered by
 * users (`data-entered`: policy and milestone texts are shown as entered), and web addresses.
 */
async function latinWords(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const words: string[] = [];
		const skip = 'script, style, code, [data-entered], [translate="no"], [lang]:not([lang="km"])';
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			if (!element || element.closest(skip)) continue;
			if (!element.checkVisibility?.()) continue;
			const text = (node.textContent ?? '').replace(/https?:\/\/\S+/g, '');
			for (const word of text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) words.push(word);
		}
		for (const el of document.querySelectorAll<HTMLElement>(
			'[aria-label], [title], [placeholder]'
		)) {
			if (el.closest(skip)) continue;
			for (const attr of ['aria-label', 'title', 'placeholder'])
				for (const word of el.getAttribute(attr)?.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [])
					words.push(word);
		}
		words.push(...(document.title.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []));
		return words;
	});
}

/**
 * The words of what users entered (policy and milestone texts, as the API gives them): shown as
 * entered wherever they appear, also inside sentences, chart labels (perhaps cut short: "Po…")
 * and accessible names.
 */
async function enteredWords(request: APIRequestContext): Promise<string[]> {
	const milestones = (await (await request.get('/api/v1/milestones')).json()) as Record<
		string,
		unknown
	>[];
	const targets = (await (await request.get('/api/v1/targets')).json()) as Record<
		string,
		unknown
	>[];
	const texts = [
		...milestones.flatMap((m) => [m.title, m.description, m.responsibleBody]),
		...targets.map((t) => t.policy)
	];
	return texts.flatMap((text) => String(text ?? '').match(/[A-Za-z][A-Za-z'’-]*/g) ?? []);
}

for (const path of PAGES) {
	test(`/km${path} shows Khmer throughout`, async ({ page, request }) => {
		const entered = await enteredWords(request);
		const isEntered = (w: string) =>
			entered.some((e) => e === w || (w.length > 1 && e.startsWith(w)));
		await page.goto(`/km${path}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'km');
		const english = (await latinWords(page)).filter(
			// Codes (KHM, VH), and single letters: the symbols of the formulas.
			(w) => !ALLOWED.has(w) && !/^[A-Z]{2,4}\d*$/.test(w) && !/^[A-Za-z]$/.test(w) && !isEntered(w)
		);
		expect([...new Set(english)], `English words on /km${path}`).toEqual([]);
	});
}

test('the Khmer summary, brief and targets say a status and a level group with the same words', async ({
	page
}) => {
	// The glossary's words, not copies: what the pages must all say.
	await loadMessages('km', ['common', 'terms']);
	const onTrack = km['term.progress.on_track'];
	const veryHighTarget = translate('km', {
		key: 'common.target.level',
		params: { group: { key: 'term.level.veryHigh' }, min: 0.75, year: 2035 }
	});
	expect(veryHighTarget).toContain(km['term.level.veryHigh']);
	const glossary = new Set(Object.values(km));
	for (const path of ['', '/brief?country=KHM', '/targets']) {
		await page.goto(`/km${path}`);
		const main = page.locator('main');
		await expect(main.locator('.chip', { hasText: onTrack }).first(), path).toBeVisible();
		await expect(main, path).toContainText(veryHighTarget);
		// Every status chip (progress or milestone) says a word of the glossary.
		const chips = await main.locator('.chip').evaluateAll((elements) =>
			elements.map((e) =>
				[...e.childNodes]
					.filter((n) => n.nodeType === Node.TEXT_NODE)
					.map((n) => n.textContent)
					.join('')
					.trim()
			)
		);
		expect(chips.length, path).toBeGreaterThan(0);
		expect(
			chips.filter((label) => !glossary.has(label)),
			`status words on /km${path} not in the glossary`
		).toEqual([]);
	}
});

test('the Khmer summary and brief name milestones with their Khmer titles', async ({ page }) => {
	// Every seeded milestone is done: both pages say which was done last, in Khmer.
	for (const path of ['/km', '/km/brief?country=KHM']) {
		await page.goto(path);
		await expect(page.locator('main'), path).toContainText('វេទិការដ្ឋាភិបាលឌីជីថលលើកទីមួយ');
		await expect(page.locator('main'), path).not.toContainText('First Digital Government Forum');
	}
});

test('the language is chosen in the address, remembered and switchable on every page', async ({
	page
}) => {
	await page.goto('/countries/KHM');
	await page
		.getByRole('navigation', { name: 'Language' })
		.getByRole('link', { name: 'ខ្មែរ' })
		.click();
	await expect(page).toHaveURL(/\/km\/countries\/KHM$/);
	await expect(page.locator('h1')).toContainText('កម្ពុជា');
	// Internal links stay in Khmer.
	await page.getByRole('navigation', { name: 'ម៉ឺនុយមេ' }).getByRole('link').first().click();
	await expect(page).toHaveURL(/\/km$/);
	// Remembered: an address without a language opens in Khmer.
	await page.goto('/methodology');
	await expect(page).toHaveURL(/\/km\/methodology$/);
	// And back to English.
	await page
		.getByRole('navigation', { name: 'ភាសា' })
		.getByRole('link', { name: 'English' })
		.click();
	await expect(page).toHaveURL(/\/methodology$/);
	await page.goto('/');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('Indonesian is there too, with its number format', async ({ page }) => {
	await page.goto('/id/countries/KHM');
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expect(page.locator('h1')).toContainText('Kamboja');
	// Decimal comma: an EGDI of 0.5754 reads 0,5754.
	await expect(page.locator('main')).toContainText(/0,\d{4}/);
});

test('the Khmer font ships with the app', async ({ page }) => {
	const fonts: string[] = [];
	page.on('response', (r) => {
		if (/\.woff2$/.test(r.url())) fonts.push(new URL(r.url()).host);
	});
	await page.goto('/km');
	await page.evaluate(() => document.fonts.ready);
	expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Khmer"', 'កម្ពុជា'))).toBe(
		true
	);
	expect(fonts.length).toBeGreaterThan(0);
	expect(fonts.every((host) => host === new URL(page.url()).host)).toBe(true);
});

test('the language switcher only ever sends back to this site', async ({ request }) => {
	for (const [next, location] of [
		['/compare?countries=KHM', '/km/compare?countries=KHM'],
		['//evil.example/x', '/km'],
		['https://evil.example/', '/km'],
		['/\\evil.example', '/km']
	]) {
		const r = await request.get(`/lang/km?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
		expect(r.status()).toBe(303);
		expect(r.headers().location).toBe(location);
	}
	expect((await request.get('/lang/fr', { maxRedirects: 0 })).status()).toBe(404);
});
