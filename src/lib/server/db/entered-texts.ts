import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './connection';
import { enteredTexts, type EnteredEntity, type EnteredText } from './schema';

/** Every translation entered in one language (all entities, or one kind): one query. */
export function textsIn(db: Db, locale: string, entity?: EnteredEntity): EnteredText[] {
	return db
		.select()
		.from(enteredTexts)
		.where(
			and(eq(enteredTexts.locale, locale), entity ? eq(enteredTexts.entity, entity) : undefined)
		)
		.all();
}

/** Every translation of one kind of row, in every language (the API, the edit forms). */
export function textsOf(db: Db, entity: EnteredEntity, ids?: readonly number[]): EnteredText[] {
	return db
		.select()
		.from(enteredTexts)
		.where(
			and(
				eq(enteredTexts.entity, entity),
				ids ? inArray(enteredTexts.entityId, [...ids]) : undefined
			)
		)
		.all();
}

/**
 * Replaces a row's translations of the given fields with `texts` (field → language → text);
 * a language left out or empty is deleted. Run it in the transaction that writes the row.
 */
export function saveTexts(
	db: Db,
	entity: EnteredEntity,
	entityId: number,
	texts: Record<string, Partial<Record<string, string>>>
): void {
	const fields = Object.keys(texts);
	if (!fields.length) return;
	db.delete(enteredTexts)
		.where(
			and(
				eq(enteredTexts.entity, entity),
				eq(enteredTexts.entityId, entityId),
				inArray(enteredTexts.field, fields)
			)
		)
		.run();
	const rows = fields.flatMap((field) =>
		Object.entries(texts[field])
			.filter((e): e is [string, string] => !!e[1])
			.map(([locale, text]) => ({ entity, entityId, field, locale, text }))
	);
	if (rows.length) db.insert(enteredTexts).values(rows).run();
}
