import { fieldIn, TRANSLATED_LOCALES, type Translations } from './entered-text';
import type { FieldErrors } from './plan-rules';

/**
 * The translations a form carries for `fields` (`name_km`, `name_id` …): trimmed, empty ones
 * left out, each at most `max` characters (else a message beside that field).
 */
export function checkTranslations(
	form: Record<string, string | undefined>,
	fields: Record<string, number>
): { ok: true; value: Record<string, Translations> } | { ok: false; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const value: Record<string, Translations> = {};
	for (const [field, max] of Object.entries(fields)) {
		value[field] = {};
		for (const locale of TRANSLATED_LOCALES) {
			const name = fieldIn(field, locale);
			const text = (form[name] ?? '').trim();
			if (text.length > max)
				errors[name] = { key: 'editing.ownership.rule.tooLong', params: { max } };
			else if (text) value[field][locale] = text;
		}
	}
	if (Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, value };
}
