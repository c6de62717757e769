import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '$lib/i18n/locales';
import type { UnIndicatorEntry } from '$lib/domain/un-indicators';

/**
 * Adding a UN indicator is adding an entry to UN_INDICATOR_REGISTRY, its texts in each
 * language's glossary and its methodology prose: here the registry gets a made-up sixth
 * indicator (and the catalogues its texts), and everything that lists the indicators must list
 * it too, in every language, without another file changing.
 */
const LOSI = {
	code: 'LOSI',
	role: 'separate',
	unit: 'index (0–1)',
	minValue: 0,
	maxValue: 1,
	higherIsBetter: true,
	unColumns: ['Local Online Service Index', 'LOSI'],
	worldBankCodes: ['UN_EGDI_LOSI']
} as const satisfies UnIndicatorEntry;

/** Its glossary texts, as each language's `terms.ts` and `definitions.ts` would write them. */
const GLOSSARY = {
	en: { name: 'Local Online Service Index', short: 'Local services', description: 'Cities.' },
	km: { name: 'សន្ទស្សន៍សេវាកម្មអនឡាញមូលដ្ឋាន', short: 'សេវាមូលដ្ឋាន', description: 'ទីក្រុង។' },
	id: { name: 'Indeks Layanan Daring Lokal', short: 'Layanan lokal', description: 'Kota.' }
};

/** A language's glossary with the made-up indicator's names written in. */
async function withLosi(locale: Locale, importOriginal: () => Promise<unknown>) {
	const original = (await importOriginal()) as { default: Record<string, string> };
	const { name, short } = GLOSSARY[locale];
	return {
		default: {
			...original.default,
			'term.indicator.LOSI.name': name,
			'term.indicator.LOSI.short': short
		}
	};
}

/** A language's definitions with the made-up indicator's written in. */
async function withLosiDefinition(locale: Locale, importOriginal: () => Promise<unknown>) {
	const original = (await importOriginal()) as { default: Record<string, string> };
	return {
		default: {
			...original.default,
			'term.indicator.LOSI.description': GLOSSARY[locale].description
		}
	};
}

const PROSE = {
	en: { measures: 'What a city portal offers.', built: 'Unlike the {osi}, per [city].' },
	km: { measures: 'អ្វីដែលវិបផតថលទីក្រុងផ្តល់។', built: 'ខុសពី{osi} [ទីក្រុង]។' },
	id: { measures: 'Apa yang ditawarkan portal kota.', built: 'Tidak seperti {osi}, per [kota].' },
	links: ['#caveat-methods']
};

vi.mock('$lib/domain/un-indicators', async (importOriginal) => {
	const original = await importOriginal<typeof import('$lib/domain/un-indicators')>();
	return { ...original, UN_INDICATOR_REGISTRY: [...original.UN_INDICATOR_REGISTRY, LOSI] };
});
vi.mock('$lib/i18n/messages/en/terms', (original) => withLosi('en', original));
vi.mock('$lib/i18n/messages/km/terms', (original) => withLosi('km', original));
vi.mock('$lib/i18n/messages/id/terms', (original) => withLosi('id', original));
vi.mock('$lib/i18n/messages/en/definitions', (original) => withLosiDefinition('en', original));
vi.mock('$lib/i18n/messages/km/definitions', (original) => withLosiDefinition('km', original));
vi.mock('$lib/i18n/messages/id/definitions', (original) => withLosiDefinition('id', original));
// The prose is the last place an indicator needs; its map gets the made-up one's texts.
vi.mock('$lib/i18n/messages/un-indicators', async (importOriginal) => {
	const original = await importOriginal<typeof import('$lib/i18n/messages/un-indicators')>();
	Object.assign(original.UN_INDICATOR_METHODOLOGY, { LOSI: PROSE });
	return original;
});

// The setup file has loaded the catalogues from the real registry: load everything again.
vi.resetModules();
const { EGDI_COMPONENTS, UN_INDICATOR_CODES } = await import('$lib/domain/indicators');
const { UN_INDICATORS } = await import('$lib/server/un-indicators');
const { createMapper, detectLayout } = await import('$lib/server/import/layouts');
const { CATALOGUES } = await import('$lib/server/messages');
const { indicatorName, indicatorShort, localizeIndicator } = await import('$lib/i18n/terms');
const { createCountryMatcher } = await import('$lib/domain/country-names');
const survey = await import('$lib/server/__fixtures__/survey');
const { shapeProfile } = await import('../../src/routes/countries/[iso3]/profile');
const { render } = await import('svelte/server');
const { default: IndicatorDefinitions } =
	await import('../../src/routes/methodology/IndicatorDefinitions.svelte');

const LOCALES = ['en', 'km', 'id'] as const;

/** Reads a file's header and rows with a layout, as the pipeline does; returns what it emits. */
function importRows(header: string[], rows: string[][]) {
	const layout = detectLayout(header);
	const issues: string[] = [];
	const mapper = createMapper(layout!, header, {
		countries: createCountryMatcher([{ iso3: 'KHM', name: 'Cambodia' }]),
		indicatorCode: (text) => (UN_INDICATOR_CODES as string[]).find((c) => c === text) ?? null,
		issue: (_row, _column, message) => issues.push(message)
	});
	const records: { indicator: string; value: number | null }[] = [];
	rows.forEach((row, i) =>
		mapper!(row, i + 2, ({ indicator, value }) => records.push({ indicator, value }))
	);
	return { layout, issues, records };
}

describe('a UN indicator added to the registry', () => {
	it('is a built-in row of the indicators table, last in display order', () => {
		expect(UN_INDICATOR_CODES).toEqual(['EGDI', 'OSI', 'TII', 'HCI', 'EPI', 'LOSI']);
		expect(UN_INDICATORS.at(-1)).toMatchObject({
			code: 'LOSI',
			name: 'Local Online Service Index',
			description: 'Cities.',
			builtIn: true,
			sortOrder: 6
		});
		// A separate index, not a component: the EGDI is still the mean of three.
		expect(EGDI_COMPONENTS).toEqual(['OSI', 'TII', 'HCI']);
	});

	it('is read from its column of a UN Data Center file', () => {
		const header = ['Survey Year', 'Country Name', 'E-Government Index', 'LOSI', 'OSI'];
		const { layout, issues, records } = importRows(header, [
			['2024', 'Cambodia', '0.5754', '0.25', '0.45']
		]);
		expect(layout).toBe('un-egov');
		expect(issues).toEqual([]);
		expect(records).toEqual([
			{ indicator: 'EGDI', value: 0.5754 },
			{ indicator: 'OSI', value: 0.45 },
			{ indicator: 'LOSI', value: 0.25 }
		]);
	});

	it('is read by its World Bank code', () => {
		const { layout, issues, records } = importRows(
			['REF_AREA', 'INDICATOR', '2024'],
			[['KHM', 'un_egdi_losi', '0.3']]
		);
		expect([layout, issues]).toEqual(['worldbank-wide', []]);
		expect(records).toEqual([{ indicator: 'LOSI', value: 0.3 }]);
	});

	it("is compared on a country's profile with its region and the world", () => {
		const losi = { indicator: 'LOSI', year: 2024, country: 'KHM', value: 0.25, rank: null };
		const khm = survey.COUNTRIES.find((c) => c.iso3 === 'KHM')!;
		const profile = shapeProfile(khm, {
			countries: survey.COUNTRIES,
			years: survey.YEARS,
			indicators: survey.INDICATORS,
			observations: [...survey.OBSERVATIONS, losi]
		});
		expect(profile.components.map((c) => [c.code, c.country])).toEqual([
			['EGDI', 0.5625],
			['OSI', 0.5],
			['TII', 0.625],
			['HCI', 0.5625],
			['EPI', 0.25],
			['LOSI', 0.25]
		]);
	});

	it('has its glossary texts in every language', () => {
		for (const locale of LOCALES) {
			const terms = CATALOGUES.terms[locale];
			expect(terms['term.indicator.LOSI.name']).toBe(GLOSSARY[locale].name);
			expect(CATALOGUES.definitions[locale]['term.indicator.LOSI.description']).toBe(
				GLOSSARY[locale].description
			);
			expect(indicatorShort('LOSI', locale, '?')).toBe(GLOSSARY[locale].short);
		}
		expect(indicatorName('LOSI', 'km', '?')).toBe('សន្ទស្សន៍សេវាកម្មអនឡាញមូលដ្ឋាន');
		// The ones written before it are still there, once each.
		expect(CATALOGUES.terms.id['term.indicator.OSI.name']).toBe('Indeks Layanan Daring');
	});

	it('is explained on the methodology page, in every language', () => {
		for (const locale of LOCALES) {
			const html = render(IndicatorDefinitions, {
				props: { indicators: UN_INDICATORS.map((i) => localizeIndicator(i, locale)) },
				context: pageIn(locale)
			}).body;
			const article = html.slice(html.indexOf('id="indicator-LOSI"'));
			expect(article, locale).toContain(GLOSSARY[locale].name);
			expect(article, locale).toContain(PROSE[locale].measures);
			// Its prose names another indicator by parameter, and keeps its links.
			expect(article, locale).toContain(indicatorName('OSI', locale, '?'));
			expect(article, locale).toContain('href="#caveat-methods"');
		}
	});
});

/** What SvelteKit gives components while it renders a page: here only its language. */
function pageIn(locale: Locale) {
	return new Map([['__request__', { page: { data: { locale } } }]]);
}
