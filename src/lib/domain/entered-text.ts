import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';

/**
 * Text users enter (names, descriptions, notes) in every language of LOCALES: the row keeps the
 * default language's text, translations come beside it. Pure: shaping and form rules.
 */

/** The languages a translation can be entered in: every one but the default. */
export const TRANSLATED_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

/** A form field's name for a language: `name` in the default language, `name_km` in Khmer. */
export const fieldIn = (field: string, locale: Locale) =>
	locale === DEFAULT_LOCALE ? field : `${field}_${locale}`;

/** One field's translations, by language (the default language's text lives on the row). */
export type Translations = Partial<Record<Locale, string>>;

/** A text as a page shows it: in `lang`, which is not the page's when `fallback`. */
export interface ShownText {
	text: string;
	lang: Locale;
	fallback: boolean;
}

/**
 * The text to show in `locale`: its translation if entered, else the default language's text,
 * marked as a fallback (empty text is no fallback: there is nothing to mark).
 */
export function shownText(base: string, translations: Translations, locale: Locale): ShownText {
	const own = locale === DEFAULT_LOCALE ? base : translations[locale]?.trim();
	if (own) return { text: own, lang: locale, fallback: false };
	return { text: base, lang: DEFAULT_LOCALE, fallback: base !== '' && locale !== DEFAULT_LOCALE };
}

/** Stored translations (rows of `entered_texts`) → entity id → field → language → text. */
export function translationsById(
	rows: readonly { entityId: number; field: string; locale: string; text: string }[]
): Map<number, Record<string, Translations>> {
	const byId = new Map<number, Record<string, Translations>>();
	for (const r of rows) {
		let fields = byId.get(r.entityId);
		if (!fields) byId.set(r.entityId, (fields = {}));
		(fields[r.field] ??= {})[r.locale as Locale] = r.text;
	}
	return byId;
}

/** A form's values for a row's translations: `{ name_km: '…', name_id: '…' }`. */
export function translationValues(fields: Record<string, Translations>): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [field, texts] of Object.entries(fields))
		for (const locale of TRANSLATED_LOCALES) values[fieldIn(field, locale)] = texts[locale] ?? '';
	return values;
}
