import type { Cookies } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';

/**
 * A confirmation after a save, shown once on the page the form redirects to: a short-lived
 * cookie holds what was saved, the next page's load reads it, says it and clears it. Works
 * without JavaScript (a redirect and a page), and a reload or a shared link shows it no more.
 */
const COOKIE = 'flash';
const SAVED = {
	target: 'editing.saved.target',
	milestone: 'editing.saved.milestone',
	policy: 'editing.saved.policy'
} as const;
export type Saved = keyof typeof SAVED;

/** Remembers, until the next page, that a `what` was saved. */
export function flashSaved(cookies: Cookies, what: Saved): void {
	cookies.set(COOKIE, what, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 });
}

/** The confirmation waiting for this page, in its language, or null; cleared once read. */
export function takeFlash(cookies: Cookies, locale: Locale): string | null {
	const what = cookies.get(COOKIE);
	if (what === undefined) return null;
	cookies.delete(COOKIE, { path: '/' });
	return what in SAVED ? translate(locale, SAVED[what as Saved]) : null;
}
