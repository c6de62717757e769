import { appendAudit, auditEntries, type AuditEntry } from '../db/audit-log';
import type { Db } from '../db/connection';

export type { AuditEntry };

/**
 * Records who did what: `actor` is a user's email, "cli" or "system"; `action` a dotted verb
 * ("user.invite", "import.publish"); `subject` what was acted on ("user ana@example.org").
 * On the connection given, so that it can join the import's own.
 */
export function audit(db: Db, actor: string, action: string, subject = '', details = ''): void {
	appendAudit(db, { actor, action, subject, details });
}

export const AUDIT_PAGE_SIZE = 50;

/** One page (from 1) of the audit log, newest first, with the number of pages. */
export function auditPage(
	db: Db,
	page: number,
	pageSize = AUDIT_PAGE_SIZE
): { entries: AuditEntry[]; total: number; pages: number } {
	const { entries, total } = auditEntries(db, pageSize, (Math.max(1, page) - 1) * pageSize);
	return { entries, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
}
