import { desc, eq } from 'drizzle-orm';
import { db } from '.';
import { importChanges, imports, type ImportRecord } from './schema';

/** Every import and undo, newest first. */
export function listImports(): ImportRecord[] {
	return db.select().from(imports).orderBy(desc(imports.id)).all();
}

export function getImport(id: number): ImportRecord | undefined {
	return db.select().from(imports).where(eq(imports.id, id)).get();
}

/** The values an import wrote, with what they replaced. */
export function changesOf(id: number) {
	return db
		.select()
		.from(importChanges)
		.where(eq(importChanges.importId, id))
		.orderBy(importChanges.indicator, importChanges.year, importChanges.country)
		.all();
}
