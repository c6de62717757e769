import type { ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { loadBundledData } from '$lib/server/bundled';
import { db } from '$lib/server/db';
import { log } from '$lib/server/log';
import { dataDirectory } from '$lib/server/reference';

/** First start: the database is already migrated by `db`; load the bundled UN data if empty. */
export const init: ServerInit = async () => {
	if (building) return;
	const loaded = await loadBundledData(db, dataDirectory());
	if (loaded > 0)
		log.info({ editions: loaded, from: dataDirectory() }, 'loaded the bundled dataset');
};
