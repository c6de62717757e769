/** Text users entered, in the languages other than the one stored on the row itself. */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The rows whose text can be entered in every language, and which of their fields. */
export const ENTERED_FIELDS = {
	policy: ['name', 'description'],
	milestone: ['title', 'description'],
	target: ['note', 'narrative']
} as const;
export type EnteredEntity = keyof typeof ENTERED_FIELDS;

/**
 * A translation of one field of a policy, milestone or target into one language. The row's own
 * column holds the text in the default language (English, required where the field is); this
 * table holds the others, so a language added to LOCALES needs no migration. Deleting the
 * policy, milestone or target deletes its texts (`policies.ts`: no foreign key can point at
 * three tables, and a trigger would move the data revision once per text).
 */
export const enteredTexts = sqliteTable(
	'entered_texts',
	{
		entity: text('entity', { enum: ['policy', 'milestone', 'target'] }).notNull(),
		entityId: integer('entity_id').notNull(),
		field: text('field').notNull(),
		locale: text('locale').notNull(),
		text: text('text').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.entity, t.entityId, t.field, t.locale] }),
		index('entered_texts_locale').on(t.locale, t.entity)
	]
);

export type EnteredText = typeof enteredTexts.$inferSelect;
