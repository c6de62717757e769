import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { LAYOUTS } from '$lib/server/import';
import { importFile, MAX_UPLOAD_BYTES, storedFileName } from '$lib/server/imports';

/**
 * POST /api/v1/imports[?dryRun=1][&layout=…][&name=file.csv] with the CSV as the body.
 * A dry run answers the validation report and the diff without writing; otherwise the file is
 * published and the answer holds the import id. Rejected files answer 422 with their errors.
 */
export const POST: RequestHandler = async ({ request, url, locals }) => {
	const user = requireRole(locals, 'analyst');
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > MAX_UPLOAD_BYTES) {
		return json({ error: 'The file is larger than 20 MB.' }, { status: 413 });
	}
	const layout = url.searchParams.get('layout') ?? 'auto';
	if (layout !== 'auto' && !(LAYOUTS as readonly string[]).includes(layout)) {
		return json(
			{ error: `layout must be auto or one of ${LAYOUTS.join(', ')}`, parameter: 'layout' },
			{ status: 400 }
		);
	}
	const body = Buffer.from(await request.arrayBuffer());
	if (body.length > MAX_UPLOAD_BYTES) {
		return json({ error: 'The file is larger than 20 MB.' }, { status: 413 });
	}
	const dryRun = ['1', 'true'].includes(url.searchParams.get('dryRun') ?? '');
	const report = await importFile(body, {
		fileName: storedFileName(url.searchParams.get('name')),
		dryRun,
		importedBy: user.email,
		layout: layout as (typeof LAYOUTS)[number] | 'auto'
	});
	return json(report, {
		status: report.status === 'rejected' ? 422 : report.status === 'published' ? 201 : 200
	});
};
