import { DEFAULT_LOCALE, type Locale } from '$lib/i18n/locales';
import type { Db } from '$lib/server/db';
import { listCountries } from '$lib/server/db/countries';
import {
	allYears,
	observationsOfCountries,
	observationsOfIndicator
} from '$lib/server/db/observations';
import { peerGroup } from './focus';
import { shapeSummary, type SummaryRows } from './summary-shape';

/** What the summary of `iso3` reads, in five queries. */
export function summaryRows(db: Db, iso3: string): SummaryRows {
	return {
		countries: listCountries(db),
		years: allYears(db),
		focus: observationsOfCountries(db, [iso3]),
		egdi: observationsOfIndicator(db, 'EGDI')
	};
}

/**
 * Everything the executive summary shows for one country, shaped for the page, with country,
 * region and indicator names in the page's language: its rows loaded, then shaped.
 */
export function executiveSummary(db: Db, focus: string, locale: Locale = DEFAULT_LOCALE) {
	return shapeSummary(focus, summaryRows(db, focus), { locale, peerGroup: peerGroup() });
}
