import { desc, eq } from 'drizzle-orm';
import { db } from '.';
import { writtenBy } from '../import/history';
import { imports, type ImportRecord } from './schema';

/** Every import and undo, newest first. */
export function listImports(): ImportRecord[] {
	return db.select().from(imports).orderBy(desc(imports.id)).all();
}

export function getImport(id: number): ImportRecord | undefined {
	return db.select().from(imports).where(eq(imports.id, id)).get();
}

/** The values an import wrote, with what they replaced (the first 1000, and the total). */
export function changesOf(id: number, limit = 1000) {
	return writtenBy(db.$client, id, limit);
}
