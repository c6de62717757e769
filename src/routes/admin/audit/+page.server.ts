import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { AUDIT_PAGE_SIZE, auditPage } from '$lib/server/auth/audit';
import { db } from '$lib/server/db';
import { adminVisitor } from '../admin.server';

export const load = (({ locals, url }) => {
	adminVisitor(locals, url);
	const asked = url.searchParams.get('page') ?? '1';
	if (!/^[1-9]\d{0,6}$/.test(asked)) error(400, 'The page is a number from 1.');
	const page = Number(asked);
	const { entries, total, pages } = auditPage(db, page);
	if (page > pages) error(404, `The audit log has ${pages} page${pages === 1 ? '' : 's'}.`);
	/** One page of the log, newest first, with where it sits in the whole. */
	return { entries, total, page, pages, pageSize: AUDIT_PAGE_SIZE };
}) satisfies PageServerLoad;
