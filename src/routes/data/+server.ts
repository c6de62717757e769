import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** The data workspace opens on the import history. */
export const GET: RequestHandler = () => redirect(307, '/data/imports');
