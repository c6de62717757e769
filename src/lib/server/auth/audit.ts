import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';

/** One line of the audit log. */
export interface AuditEntry {
	id: number;
	at: string;
	actor: string;
	action: string;
	subject: string;
	details: string;
}

const clientOf = (db: Db | Database.Database) => ('prepare' in db ? db : db.$client);

/**
 * Records who did what: `actor` is a user's email, "cli" or "system"; `action` a dotted verb
 * ("user.invite", "import.publish"); `subject` what was acted on ("user ana@example.org").
 * Takes the drizzle database or its SQLite connection, so it can join an import's transaction.
 */
export function audit(
	db: Db | Database.Database,
	actor: string,
	action: string,
	subject = '',
	details = ''
): void {
	clientOf(db)
		.prepare('INSERT INTO audit_log (actor, action, subject, details) VALUES (?, ?, ?, ?)')
		.run(actor, action, subject, details);
}

export const AUDIT_PAGE_SIZE = 50;

/** One page (from 1) of the audit log, newest first, with the number of pages. */
export function auditPage(
	db: Db | Database.Database,
	page: number,
	pageSize = AUDIT_PAGE_SIZE
): { entries: AuditEntry[]; total: number; pages: number } {
	const sqlite = clientOf(db);
	const total = (sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
	const entries = sqlite
		.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?')
		.all(pageSize, (Math.max(1, page) - 1) * pageSize) as AuditEntry[];
	return { entries, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
}
