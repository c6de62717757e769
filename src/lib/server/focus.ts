import { env } from '$env/dynamic/private';
import { getCountry } from './db/countries';

/** The deployment's focus country: `FOCUS_COUNTRY` (ISO3), Cambodia by default. */
export function defaultFocusCountry(): string {
	const configured = env.FOCUS_COUNTRY?.trim().toUpperCase();
	return configured && getCountry(configured) ? configured : 'KHM';
}

/** The focus country of a request: `?country=ISO3` when it names a known country. */
export function focusCountry(url: URL): string {
	const asked = url.searchParams.get('country')?.trim().toUpperCase();
	return asked && getCountry(asked) ? asked : defaultFocusCountry();
}
