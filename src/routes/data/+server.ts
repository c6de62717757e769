import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { localizePath } from '$lib/i18n/locales';

/** The data workspace opens on the import history (in the address's language). */
export const GET: RequestHandler = ({ locals }) =>
	redirect(307, localizePath('/data/imports', locals.locale));
