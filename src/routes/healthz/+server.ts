import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db';
import { migrationsFolder } from '$lib/server/db/connection';
import { checkHealth } from '$lib/server/health';

/**
 * GET /healthz for load balancers and monitors: 200 when the database answers and is fully
 * migrated, 503 with the reason otherwise. Open to all and never cached, by anyone.
 */
export const GET: RequestHandler = () => {
	const health = checkHealth(db, migrationsFolder());
	return json(health, {
		status: health.status === 'ok' ? 200 : 503,
		headers: { 'cache-control': 'no-store' }
	});
};
