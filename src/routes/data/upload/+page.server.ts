import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizePath } from '$lib/i18n/locales';
import { translate } from '$lib/i18n/translate';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { importFile, MAX_UPLOAD_BYTES, storedFileName } from '$lib/server/imports';
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
		if (!(file instanceof File) || (file.size === 0 && !file.name)) {
			return fail(400, { message: translate(locals.locale, 'data.upload.choose') });
		}
		if (file.size > MAX_UPLOAD_BYTES) {
			const size = new Intl.NumberFormat(locals.locale, {
				minimumFractionDigits: 1,
				maximumFractionDigits: 1,
				useGrouping: false
			}).format(file.size / 1048576);
			return fail(413, { message: translate(locals.locale, 'data.upload.tooBig', { size }) });
		}
		const layout = String(form.get('layout') ?? 'auto');
		const content = Buffer.from(await file.arrayBuffer());
		const fileName = storedFileName(file.name);
		const report = await importFile(content, {
			fileName,
			dryRun: true,
			importedBy: user.email,
			layout: (LAYOUTS as readonly string[]).includes(layout)
				? (layout as (typeof LAYOUTS)[number])
				: 'auto'
		});
		const token =
			report.status === 'dry_run' && report.values.new + report.values.changed > 0
				? keepUpload(content, fileName, user.email)
				: null;
		return { report, token, layout };
	},
	/** Publishes exactly the previewed file, in one transaction. */
	publish: async ({ request, locals }) => {
		const user = requireRole(locals, 'analyst');
		const form = await request.formData();
		const token = String(form.get('token') ?? '');
		const upload = takeUpload(token, user.email);
		if (!upload) return fail(410, { message: translate(locals.locale, 'data.upload.expired') });
		const layout = String(form.get('layout') ?? 'auto');
		const report = await importFile(upload.content, {
			fileName: upload.fileName,
			importedBy: user.email,
			layout: (LAYOUTS as readonly string[]).includes(layout)
				? (layout as (typeof LAYOUTS)[number])
				: 'auto'
		});
		dropUpload(token, user.email);
		if (report.status !== 'published') return { report, token: null, layout };
		redirect(303, localizePath(`/data/imports/${report.importId}?published=1`, locals.locale));
	},
	cancel: async ({ request, locals }) => {
		const user = requireRole(locals, 'analyst');
		dropUpload(String((await request.formData()).get('token') ?? ''), user.email);
		return { message: translate(locals.locale, 'data.upload.discarded') };
	}
} satisfies Actions;
