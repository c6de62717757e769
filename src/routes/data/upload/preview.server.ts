import { defaultPeers } from '$lib/domain/peers';
import type { Locale } from '$lib/i18n/locales';
import type { Db } from '$lib/server/db';
import { listCountries } from '$lib/server/db/countries';
import { defaultFocusCountry, peerGroup } from '$lib/server/focus';
import { countryName } from '$lib/server/i18n';
import type { ImportReport } from '$lib/server/import';
import { shapeEditionPreview, type EditionPreview } from './edition-preview';

/** As many countries as the default comparison shows. */
const PEERS = 8;

/**
 * What the preview shows besides the report: the newest edition of the file beside the one
 * before, for the deployment's focus country and its peers (as the compare page picks them, by
 * the new ranks), and the names of every country the checks and the comparison mention.
 */
export function previewOf(
	db: Db,
	report: ImportReport,
	locale: Locale
): { preview: EditionPreview | null; names: Record<string, string> } {
	const countries = listCountries(db);
	let preview: EditionPreview | null = null;
	if (report.comparison) {
		const focus = defaultFocusCountry(db);
		const ranks = new Map(report.comparison.rows.map((r) => [r.country, r.rank]));
		const ranked = countries.map((c) => ({
			iso3: c.iso3,
			groups: c.groups,
			rank: ranks.get(c.iso3) ?? null
		}));
		const { codes } = defaultPeers(focus, ranked, peerGroup(), PEERS);
		preview = shapeEditionPreview(report.comparison, focus, codes);
	}
	const mentioned = new Set([
		...report.checks.flatMap((c) => ('country' in c ? [c.country] : [])),
		...(preview ? [...preview.peers, ...preview.up, ...preview.down].map((r) => r.country) : [])
	]);
	const names = Object.fromEntries(
		countries
			.filter((c) => mentioned.has(c.iso3))
			.map((c) => [c.iso3, countryName(c.iso3, locale, c.name)])
	);
	return { preview, names };
}
