import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { translate } from '$lib/i18n/translate';
import { AUDIT_PAGE_SIZE, auditPage } from '$lib/server/auth/audit';
import { db } from '$lib/server/db';
import { formatDateTime } from '$lib/i18n/date-time';
import { adminVisitor } from '../admin.server';

export const load = (({ locals, url }) => {
	adminVisitor(locals, url);
	const asked = url.searchParams.get('page') ?? '1';
	if (!/^[1-9]\d{0,6}$/.test(asked)) error(400, translate(locals.locale, 'accounts.audit.badPage'));
	const page = Number(asked);
	const { entries, total, pages } = auditPage(db, page);
	if (page > pages) {
		const form = new Intl.PluralRules(locals.locale).select(pages) === 'one' ? 'one' : 'other';
		error(404, translate(locals.locale, `accounts.audit.pages_${form}`, { count: pages }));
	}
	/** One page of the log, newest first, with where it sits in the whole. */
	return {
		entries: entries.map((e) => ({ ...e, when: formatDateTime(e.at, locals.locale) })),
		total,
		page,
		pages,
		pageSize: AUDIT_PAGE_SIZE
	};
}) satisfies PageServerLoad;
