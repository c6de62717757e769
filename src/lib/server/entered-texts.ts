import {
	shownText,
	translationsById,
	translationValues,
	type ShownText,
	type Translations
} from '$lib/domain/entered-text';
import { DEFAULT_LOCALE, type Locale } from '$lib/i18n/locales';
import type { Db } from './db/connection';
import { textsIn, textsOf } from './db/entered-texts';
import { ENTERED_FIELDS, type EnteredEntity } from './db/schema';

/**
 * Translations of entered text for one page's language: every one of that language in one
 * query (none for the default language, whose text is on the rows), and a function that gives
 * a row's field as the page shows it.
 */
export function enteredTextsIn(db: Db, locale: Locale) {
	const rows = locale === DEFAULT_LOCALE ? [] : textsIn(db, locale);
	const byEntity = new Map<EnteredEntity, Map<number, Record<string, Translations>>>();
	for (const entity of Object.keys(ENTERED_FIELDS) as EnteredEntity[])
		byEntity.set(entity, translationsById(rows.filter((r) => r.entity === entity)));
	/** A field of a row in the page's language, or the default language's text marked so. */
	return (entity: EnteredEntity, id: number, field: string, base: string): ShownText =>
		shownText(base, byEntity.get(entity)?.get(id)?.[field] ?? {}, locale);
}

/** A row's translations as its edit form shows them (`name_km` …). */
export function translationFormValues(
	db: Db,
	entity: EnteredEntity,
	id: number
): Record<string, string> {
	const fields = translationsById(textsOf(db, entity, [id])).get(id) ?? {};
	const all = Object.fromEntries(ENTERED_FIELDS[entity].map((f) => [f, fields[f] ?? {}]));
	return translationValues(all);
}

/**
 * Each row's entered fields in every language, for the API: `{ name: { en, km, id } }`, the
 * default language's from the row, missing translations null.
 */
export function textsByLanguage<R extends { id: number }>(
	db: Db,
	entity: EnteredEntity,
	rows: readonly R[],
	locales: readonly Locale[]
): Map<number, Record<string, Record<string, string | null>>> {
	const stored = translationsById(textsOf(db, entity));
	return new Map(
		rows.map((row) => {
			const own = stored.get(row.id) ?? {};
			const fields = Object.fromEntries(
				ENTERED_FIELDS[entity].map((field) => [
					field,
					Object.fromEntries(
						locales.map((l) => [
							l,
							l === DEFAULT_LOCALE
								? String((row as Record<string, unknown>)[field] ?? '')
								: (own[field]?.[l] ?? null)
						])
					)
				])
			);
			return [row.id, fields];
		})
	);
}

/**
 * An API row's texts as CSV columns: `{ note: { en, km } }` → `{ 'note.en': …, 'note.km': … }`
 * (a spreadsheet cell holds no object), and the names of those columns for an entity.
 */
export function textCells(
	texts: Record<string, Record<string, string | null>>
): Record<string, string | null> {
	return Object.fromEntries(
		Object.entries(texts).flatMap(([field, byLocale]) =>
			Object.entries(byLocale).map(([locale, text]) => [`${field}.${locale}`, text])
		)
	);
}

export function textColumns(entity: EnteredEntity, locales: readonly Locale[]): string[] {
	return ENTERED_FIELDS[entity].flatMap((field) => locales.map((l) => `${field}.${l}`));
}
