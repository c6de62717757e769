import { describe, expect, it } from 'vitest';
import { localizePath, LOCALES, splitLocale } from '$lib/i18n/locales';
import { localPath } from './sign-in';

/** Where a browser goes when redirected to `location` from a page of the site. */
const landsOn = (location: string) => new URL(location, 'https://dashboard.example.org/login').host;

const EVASIONS = [
	'//evil.example',
	'/.//evil.example',
	'/./..//evil.example',
	'/km//evil.example',
	'/id//evil.example/x?y=1',
	'/km/\\evil.example',
	'/\\evil.example',
	'/\\/evil.example',
	'/\t/evil.example',
	'/%0a/evil.example',
	'/km/%2F/evil.example',
	'https://evil.example/',
	'/x/../..//evil.example',
	'/km/.//evil.example'
];

describe('localPath', () => {
	it.each(EVASIONS)('keeps %s on the site, in every language', (next) => {
		for (const locale of LOCALES) {
			const location = localizePath(localPath(next), locale);
			expect(landsOn(location), location).toBe('dashboard.example.org');
			// The language switcher's way: prefix taken off, then put back.
			const path = splitLocale(localPath(next).split(/[?#]/)[0]).path;
			expect(landsOn(localizePath(path, locale))).toBe('dashboard.example.org');
			expect(location).not.toMatch(/^\/[/\\]/);
		}
	});

	it('keeps the paths of the site as they are', () => {
		expect(localPath('/targets?country=KHM#t2')).toBe('/targets?country=KHM#t2');
		expect(localPath('/km/countries')).toBe('/km/countries');
		expect(localPath(null)).toBe('/');
		expect(localPath('countries')).toBe('/');
	});
});
