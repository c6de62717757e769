import { describe, expect, it } from 'vitest';
import {
	DEFAULT_LOCALE,
	isLocale,
	LOCALE_NAMES,
	LOCALES,
	localizePath,
	PREFIXED_LOCALES,
	splitLocale
} from './locales';

// Every case runs for each language of LOCALES, so that a new language is tested as it is added.
describe('languages in the address, from LOCALES', () => {
	it('gives a prefix to every language but the default, and names each', () => {
		expect(PREFIXED_LOCALES).toEqual(LOCALES.filter((l) => l !== DEFAULT_LOCALE));
		for (const locale of LOCALES) {
			expect(isLocale(locale)).toBe(true);
			expect(LOCALE_NAMES[locale]).toBeTruthy();
		}
	});

	it.each(PREFIXED_LOCALES)('reads /%s/… as that language', (locale) => {
		expect(splitLocale(`/${locale}`)).toEqual({ locale, path: '/' });
		expect(splitLocale(`/${locale}/`)).toEqual({ locale, path: '/' });
		expect(splitLocale(`/${locale}/countries/KHM`)).toEqual({ locale, path: '/countries/KHM' });
		// Only a whole first segment is a prefix.
		expect(splitLocale(`/${locale}x/compare`)).toEqual({
			locale: DEFAULT_LOCALE,
			path: `/${locale}x/compare`
		});
		expect(splitLocale(`/compare/${locale}`)).toEqual({
			locale: DEFAULT_LOCALE,
			path: `/compare/${locale}`
		});
	});

	it('has no prefix for the default language, nor for a code that is not in LOCALES', () => {
		expect(splitLocale(`/${DEFAULT_LOCALE}/countries`)).toEqual({
			locale: DEFAULT_LOCALE,
			path: `/${DEFAULT_LOCALE}/countries`
		});
		expect(splitLocale('/fr/countries')).toEqual({ locale: DEFAULT_LOCALE, path: '/fr/countries' });
		expect(localizePath('/countries', DEFAULT_LOCALE)).toBe('/countries');
	});

	const PATHS = [
		'/',
		'/countries',
		'/countries/KHM',
		'/indicators/EGDI?year=2024',
		'/?year=2022#x'
	];

	it.each(LOCALES)('round-trips every address through %s', (locale) => {
		for (const href of PATHS) {
			const localized = localizePath(href, locale);
			const cut = localized.search(/[?#]/);
			const pathname = cut === -1 ? localized : localized.slice(0, cut);
			const { locale: read, path } = splitLocale(pathname);
			expect(read, localized).toBe(locale);
			expect(path + (cut === -1 ? '' : localized.slice(cut)), localized).toBe(href);
			// From any other language too: the prefix is replaced, not added.
			for (const from of LOCALES)
				expect(localizePath(localizePath(href, from), locale)).toBe(localized);
		}
	});
});
