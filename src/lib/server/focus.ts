import { env } from '$env/dynamic/private';
import type { Db } from './db/connection';
import { countryMatcher } from './country-matcher';
import { getCountry } from './db/countries';

/** The deployment's focus country: `FOCUS_COUNTRY` (ISO3), Cambodia by default. */
export function defaultFocusCountry(db: Db): string {
	const configured = env.FOCUS_COUNTRY?.trim().toUpperCase();
	return configured && getCountry(db, configured) ? configured : 'KHM';
}

/**
 * The focus country of a request: `?country=` when it names a known country, by ISO3 code or by
 * any name the import matches ("Vietnam", "Laos"); else the deployment's.
 */
export function focusCountry(db: Db, url: URL): string {
	const asked = url.searchParams.get('country')?.trim().slice(0, 100);
	if (!asked) return defaultFocusCountry(db);
	if (getCountry(db, asked.toUpperCase())) return asked.toUpperCase();
	return countryMatcher(db).resolve(asked) ?? defaultFocusCountry(db);
}

/** The peer group summaries and default comparisons use: `PEER_GROUP` (a custom group code), ASEAN by default. */
export function peerGroup(): string {
	return env.PEER_GROUP?.trim() || 'ASEAN';
}
