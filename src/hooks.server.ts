import { sequence } from '@sveltejs/kit/hooks';
import '$lib/server/messages';
import { authenticate } from '$lib/server/hooks/auth';
import { awaitImportWrites } from '$lib/server/hooks/import-writes';
import { readLocale } from '$lib/server/hooks/locale';
import { logRequests } from '$lib/server/hooks/logging';
import { pageCache } from '$lib/server/hooks/page-cache';
import { refuseCrossSiteForms, securityHeaders } from '$lib/server/hooks/security';

export { init } from '$lib/server/hooks/init';
export { handleError } from '$lib/server/hooks/logging';

/**
 * Each request, in this order: logged with its id (outermost, so every answer is), security
 * headers on the answer, cross-site forms refused, the language read from the address, a
 * request that may write waiting (off the thread) for an import's write to end, the user
 * identified and the guards applied, then the page cache, which only ever sees what the guards
 * let through.
 */
export const handle = sequence(
	logRequests,
	securityHeaders,
	refuseCrossSiteForms,
	readLocale,
	awaitImportWrites,
	authenticate,
	pageCache
);
