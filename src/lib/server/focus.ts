import { env } from '$env/dynamic/private';
import type { Db } from './db/connection';
import { getCountry } from './db/countries';

/** The deployment's focus country: `FOCUS_COUNTRY` (ISO3), Cambodia by default. */
export function defaultFocusCountry(db: Db): string {
	const configured = env.FOCUS_COUNTRY?.trim().toUpperCase();
	return configured && getCountry(db, configured) ? configured : 'KHM';
}

/** The focus country of a request: `?country=ISO3` when it names a known country. */
export function focusCountry(db: Db, url: URL): string {
	const asked = url.searchParams.get('country')?.trim().toUpperCase();
	return asked && getCountry(db, asked) ? asked : defaultFocusCountry(db);
}

/** The peer group summaries and default comparisons use: `PEER_GROUP` (a custom group code), ASEAN by default. */
export function peerGroup(): string {
	return env.PEER_GROUP?.trim() || 'ASEAN';
}
