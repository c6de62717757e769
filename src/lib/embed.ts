import { splitLocale } from './i18n/locales';

/**
 * The public, read-only views that `?embed=1` may show in another site's frame: the summary,
 * the brief, the comparison, the country list and profiles, the indicator explorer and the
 * methodology. Everything else (sign-in, account, admin, data, edit forms) ignores `embed` and
 * refuses every frame, so that no form of the site can be clicked through someone else's page.
 */
const EMBEDDABLE = [
	/^\/$/,
	/^\/brief$/,
	/^\/compare$/,
	/^\/countries$/,
	/^\/countries\/[A-Za-z]{3}$/,
	/^\/indicators\/[^/]+$/,
	/^\/methodology$/
];

/** Whether `url` asks for an embedded view that may be embedded. */
export function embedRequested(url: URL): boolean {
	if (url.searchParams.get('embed') !== '1') return false;
	const { path } = splitLocale(url.pathname);
	return EMBEDDABLE.some((pattern) => pattern.test(path));
}
