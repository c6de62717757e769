import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** The explorer opens on the EGDI. */
export const GET: RequestHandler = ({ url }) => redirect(307, `/indicators/EGDI${url.search}`);
