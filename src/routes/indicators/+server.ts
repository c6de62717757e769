import { redirect } from '@sveltejs/kit';
import { localizePath } from '$lib/i18n/locales';
import type { RequestHandler } from './$types';

/** The explorer opens on the EGDI, in the language asked for. */
export const GET: RequestHandler = ({ url, locals }) =>
	redirect(307, localizePath(`/indicators/EGDI${url.search}`, locals.locale));
