import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { importFile, MAX_UPLOAD_BYTES } from '$lib/server/imports';
import { LAYOUTS } from '$lib/server/import';
import { dropUpload, keepUpload, takeUpload } from '$lib/server/uploads';

export const load = (({ locals }) => ({
	/** Whether the visitor may upload (analysts and admins). */
	allowed: hasRole(locals.user, 'analyst'),
	maxBytes: MAX_UPLOAD_BYTES,
	layouts: LAYOUTS
})) satisfies PageServerLoad;

export const actions = {
	/** Validates the file with the pipeline and shows the diff; nothing is written. */
	preview: async ({ request, locals }) => {
		const user = requireRole(locals, 'analyst');
		const form = await request.formData();
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { message: 'Choose a CSV file to upload.' });
		}
		if (file.size > MAX_UPLOAD_BYTES) {
			return fail(413, { message: `The file is ${(file.size / 1048576).toFixed(1)} MB; the limit is 20 MB.` });
		}
		const layout = String(form.get('layout') ?? 'auto');
		const content = Buffer.from(await file.arrayBuffer());
		const report = await importFile(content, {
			fileName: file.name,
			dryRun: true,
			importedBy: user.email,
			layout: (LAYOUTS as readonly string[]).includes(layout) ? (layout as (typeof LAYOUTS)[number]) : 'auto'
		});
		const token = report.status === 'dry_run' && report.values.new + report.values.changed > 0
			? keepUpload(content, file.name, user.email)
			: null;
		return { report, token, layout };
	},
	/** Publishes exactly the previewed file, in one transaction. */
	publish: async ({ request, locals }) => {
		const user = requireRole(locals, 'analyst');
		const form = await request.formData();
		const token = String(form.get('token') ?? '');
		const upload = takeUpload(token, user.email);
		if (!upload) return fail(410, { message: 'This preview has expired or was already published; upload the file again.' });
		const layout = String(form.get('layout') ?? 'auto');
		const report = await importFile(upload.content, {
			fileName: upload.fileName,
			importedBy: user.email,
			layout: (LAYOUTS as readonly string[]).includes(layout) ? (layout as (typeof LAYOUTS)[number]) : 'auto'
		});
		dropUpload(token);
		if (report.status !== 'published') return { report, token: null, layout };
		redirect(303, `/data/imports/${report.importId}?published=1`);
	},
	cancel: async ({ request, locals }) => {
		requireRole(locals, 'analyst');
		dropUpload(String((await request.formData()).get('token') ?? ''));
		return { message: 'The upload was discarded; nothing was written.' };
	}
} satisfies Actions;
