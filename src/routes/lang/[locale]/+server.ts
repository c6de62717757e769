import { error, redirect } from '@sveltejs/kit';
import { overHttps } from '$lib/server/auth/sessions';
import { localPath } from '$lib/server/auth/sign-in';
import { isLocale, LOCALE_COOKIE, localizePath, splitLocale } from '$lib/i18n/locales';
import type { RequestHandler } from './$types';

/**
 * The language switcher: remembers the choice in a cookie (for addresses without a language,
 * see hooks.server.ts) and goes back to the same page in that language. Works without
 * JavaScript. `next` must be a path of this site.
 */
export const GET: RequestHandler = ({ params, url, cookies, request }) => {
	if (!isLocale(params.locale)) error(404, `There is no language "${params.locale}".`);
	const safe = localPath(url.searchParams.get('next'));
	cookies.set(LOCALE_COOKIE, params.locale, {
		path: '/',
		maxAge: 60 * 60 * 24 * 365,
		sameSite: 'lax',
		httpOnly: false,
		secure: overHttps(request, url)
	});
	const cut = safe.search(/[?#]/);
	const path = splitLocale(cut === -1 ? safe : safe.slice(0, cut)).path;
	redirect(303, localizePath(path + (cut === -1 ? '' : safe.slice(cut)), params.locale));
};
