import { describe, expect, it } from 'vitest';
import { localizePath, splitLocale, type Locale } from '../../src/lib/i18n/locales';
import { translate } from '../../src/lib/i18n/translate';

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
