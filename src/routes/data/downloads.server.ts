import type { Db } from '$lib/server/db';
import { listCountries, listMemberships } from '$lib/server/db/countries';
import { latestImport } from '$lib/server/db/imports';
import { listIndicators } from '$lib/server/db/indicators';
import { editionsOf, observationsForExport } from '$lib/server/db/observations';
import type { CatalogueRows, DownloadRows } from './downloads';

/** What the files are made of, in six queries: the data tables read whole. */
export function downloadRows(db: Db): DownloadRows {
	return {
		...catalogueRows(db),
		countries: listCountries(db),
		memberships: listMemberships(db),
		observations: observationsForExport(db)
	};
}

/** What the downloads page lists, in three queries: each indicator's editions, the data's date. */
export function catalogueRows(db: Db): CatalogueRows {
	return {
		indicators: listIndicators(db),
		editions: editionsOf(db),
		latest: latestImport(db) ?? null
	};
}
