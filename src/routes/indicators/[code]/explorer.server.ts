import type { Db } from '$lib/server/db';
import { findObservations, type ObservationRow } from '$lib/server/db/observations';
import type { ExplorerView } from './explorer';

// The page's components import these types from here, where they have always been.
export type { ExplorerRow, ExplorerView, Sort } from './explorer';

/** An indicator's values in the view's edition and in the one compared with, in one query. */
export function editionValues(
	db: Db,
	code: string,
	view: Pick<ExplorerView, 'year' | 'from'>
): ObservationRow[] {
	const years = view.from === null ? [view.year] : [view.year, view.from];
	return findObservations(db, { indicator: code, year: years });
}
