import { redirect, type Handle } from '@sveltejs/kit';
import {
	DEFAULT_LOCALE,
	isLocale,
	LOCALE_COOKIE,
	localizePath,
	splitLocale
} from '$lib/i18n/locales';

/**
 * The language is the address's prefix (/km/…): it goes to `locals.locale` and `<html lang>`.
 * A page asked for without a prefix by a visitor who chose another language (the `lang`
 * cookie, set by /lang/<locale>) is redirected to that language.
 */
export const readLocale: Handle = ({ event, resolve }) => {
	const { locale, path } = splitLocale(event.url.pathname);
	event.locals.locale = locale;
	const remembered = event.cookies.get(LOCALE_COOKIE);
	if (
		locale === DEFAULT_LOCALE &&
		isLocale(remembered) &&
		remembered !== DEFAULT_LOCALE &&
		event.request.method === 'GET' &&
		event.request.headers.get('accept')?.includes('text/html')
	) {
		const there = localizePath(path + event.url.search, remembered);
		if (there !== path + event.url.search) redirect(307, there);
	}
	// app.html says "en"; a page is rendered (and cached, see the page cache) in its language.
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('<html lang="en">', `<html lang="${locale}">`)
	});
};
