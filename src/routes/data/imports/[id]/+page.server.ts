import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { changesOf, getImport } from '$lib/server/db/imports';
import { undo } from '$lib/server/imports';

function importOf(id: string) {
	const record = /^\d+$/.test(id) ? getImport(Number(id)) : undefined;
	if (!record) error(404, `There is no import #${id}.`);
	return record;
}

export const load = (({ params, locals, url }) => {
	const record = importOf(params.id);
	return {
		record,
		/** The values it wrote, with what they replaced (for an import). */
		changes: record.kind === 'import' ? changesOf(record.id) : { rows: [], total: 0 },
		canUndo: hasRole(locals.user, 'analyst') && record.kind === 'import' && record.status === 'published',
		published: url.searchParams.has('published'),
		undone: url.searchParams.get('undone')
	};
}) satisfies PageServerLoad;

export const actions = {
	undo: async ({ params, locals }) => {
		const user = requireRole(locals, 'analyst');
		const record = importOf(params.id);
		const result = await undo(record.id, user.email);
		if (!result.ok) return fail(result.status, { message: result.message });
		redirect(303, `/data/imports/${record.id}?undone=${result.undoId}`);
	}
} satisfies Actions;
