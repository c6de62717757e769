import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { undo } from '$lib/server/imports';

/** POST /api/v1/imports/<id>/undo: restores what the import replaced, as a new event. */
export const POST: RequestHandler = async ({ params, locals }) => {
	const user = requireRole(locals, 'analyst');
	if (!/^\d+$/.test(params.id)) return json({ error: 'No such import' }, { status: 404 });
	const result = await undo(Number(params.id), user.email);
	if (!result.ok) return json({ error: result.message }, { status: result.status });
	return json(result);
};
