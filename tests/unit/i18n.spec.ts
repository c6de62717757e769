import { describe, expect, it } from 'vitest';
import {
	localizePath,
	PREFIXED_LOCALES,
	splitLocale,
	type Locale
} from '../../src/lib/i18n/locales';
import { MESSAGE_GROUPS } from '../../src/lib/i18n/messages';
import methodology from '../../src/lib/i18n/messages/methodology';
import { translate } from '../../src/lib/i18n/translate';

const KHMER = /[\u1780-\u17ff]/;
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
	for (const [name, group] of Object.entries({ ...MESSAGE_GROUPS, methodology })) {
		describe(name, () => {
			const en = group.en as Record<string, string>;
			for (const locale of PREFIXED_LOCALES) {
				const other = group[locale] as Record<string, string>;
				it(`${locale} has exactly the English keys`, () => {
					expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
				});
				it(`${locale} fills in the same parameters`, () => {
					for (const key of Object.keys(en))
						expect(params(other[key] ?? ''), `${locale} ${key}`).toEqual(params(en[key]));
				});
			}
			it('every Khmer message is in Khmer (not left in English)', () => {
				const km = group.km as Record<string, string>;
				// A message with letters must have Khmer script, unless it is only codes/acronyms.
				const untranslated = Object.entries(km).filter(([, text]) => {
					const words = text.replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? [];
					const wordy = words.some((w) => !/^[A-Z0-9]{2,}$/.test(w));
					return wordy && !KHMER.test(text);
				});
				expect(untranslated).toEqual([]);
			});
			it('keys are prefixed with their area', () => {
				const prefixes = new Set(Object.keys(en).map((k) => k.split('.')[0]));
				expect(prefixes.size).toBeLessThanOrEqual(2);
			});
		});
	}
});

describe('translate', () => {
	it('fills in parameters and keeps unknown ones', () => {
		expect(translate('en', 'common.account.title', { email: 'a@b.org' })).toBe(
			'Your account (a@b.org)'
		);
		expect(translate('km', 'common.copyFailed', {})).toBe('ចម្លងតំណនេះ៖ {url}');
	});
});

describe('language in the address', () => {
	it.each([
		['/', 'en', '/'],
		['/countries/KHM', 'en', '/countries/KHM'],
		['/km', 'km', '/'],
		['/km/countries/KHM', 'km', '/countries/KHM'],
		['/id/compare', 'id', '/compare'],
		['/kmx/compare', 'en', '/kmx/compare'],
		['/fr/compare', 'en', '/fr/compare']
	])('%s → %s %s', (pathname, locale, path) => {
		expect(splitLocale(pathname)).toEqual({ locale, path });
	});

	it.each([
		['/countries?q=cam', 'km', '/km/countries?q=cam'],
		['/', 'km', '/km'],
		['/?year=2022', 'id', '/id?year=2022'],
		['/km/countries', 'id', '/id/countries'],
		['/km/countries#x', 'en', '/countries#x'],
		['/api/v1/observations?x=1', 'km', '/api/v1/observations?x=1'],
		['/favicon.svg', 'km', '/favicon.svg'],
		['/world-map.svg#KHM', 'km', '/world-map.svg#KHM'],
		['https://un.org/x', 'km', 'https://un.org/x'],
		['//evil.example/x', 'km', '//evil.example/x'],
		['#main', 'km', '#main']
	])('localizePath(%s, %s) → %s', (href, locale, expected) => {
		expect(localizePath(href, locale as Locale)).toBe(expected);
	});
});
