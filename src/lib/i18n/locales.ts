/**
 * The interface languages and where the choice lives: in the URL, as a path prefix
 * (`/km/countries/KHM`), so that a copied link opens in the language it was copied in and each
 * language has its own cached pages. English has no prefix.
 */
export const LOCALES = ['en', 'km', 'id'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language in its own script, as the switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	km: 'ខ្មែរ',
	id: 'Bahasa Indonesia'
};

/** The cookie that remembers a visitor's choice for addresses without a prefix. */
export const LOCALE_COOKIE = 'lang';

/** Whether a value (a cookie, a route parameter) is one of LOCALES. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The languages that have an address prefix: all but the default. */
export const PREFIXED_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

// Built from LOCALES, so that a new language is a new entry there (and its catalogues). Locale
// codes are letters and hyphens, nothing a regular expression would read as syntax.
const PREFIX = new RegExp(`^/(${PREFIXED_LOCALES.join('|')})(/.*)?$`);

/** `/km/countries` → km and `/countries`; `/countries` → en and `/countries`. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
	const match = PREFIX.exec(pathname);
	if (!match) return { locale: DEFAULT_LOCALE, path: pathname };
	return { locale: match[1] as Locale, path: match[2] ?? '/' };
}

/** Paths that are the same in every language: the API, assets, health check, files. */
const UNLOCALIZED = /^\/(api|_app|healthz|lang)(\/|$)|^\/[^/]+\.[a-z0-9]+$/i;

/**
 * An internal address in a language: `/countries?q=a` → `/km/countries?q=a`. Other origins,
 * fragments, the API and assets are left alone; an address already in a language is moved.
 */
export function localizePath(href: string, locale: Locale): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	const cut = href.search(/[?#]/);
	const pathname = cut === -1 ? href : href.slice(0, cut);
	const rest = cut === -1 ? '' : href.slice(cut);
	const { path } = splitLocale(pathname);
	if (UNLOCALIZED.test(path) || locale === DEFAULT_LOCALE) return path + rest;
	return `/${locale}${path === '/' ? '' : path}${rest}`;
}
