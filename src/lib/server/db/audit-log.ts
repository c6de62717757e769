import { count, desc } from 'drizzle-orm';
import type { Db } from './connection';
import { auditLog } from './schema';

/** One line of the audit log. */
export type AuditEntry = typeof auditLog.$inferSelect;

/** Appends a line (the time is the database's). Never shown to anonymous visitors. */
export function appendAudit(
	db: Db,
	entry: { actor: string; action: string; subject: string; details: string }
): void {
	db.insert(auditLog).values(entry).run();
}

/** Lines `offset` to `offset + limit` of the log, newest first, and how many there are. */
export function auditEntries(
	db: Db,
	limit: number,
	offset: number
): { entries: AuditEntry[]; total: number } {
	const total = db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
	const entries = db
		.select()
		.from(auditLog)
		.orderBy(desc(auditLog.id))
		.limit(limit)
		.offset(offset)
		.all();
	return { entries, total };
}
