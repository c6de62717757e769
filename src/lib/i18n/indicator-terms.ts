/**
 * The glossary's entries for the UN indicators, made from their definitions
 * (`$lib/domain/un-indicators`): each language's `messages/<locale>/terms.ts` spreads
 * `unIndicatorTerms(locale)`, so the keys `term.indicator.<CODE>.name|short|description` exist
 * once per language and an indicator's texts are written in one place.
 */
import { UN_INDICATOR_REGISTRY, type UnIndicatorCode } from '../domain/un-indicators';
import type { Locale } from './locales';

/** The texts the glossary holds for each UN indicator. */
export type IndicatorField = 'name' | 'short' | 'description';

const FIELDS: readonly IndicatorField[] = ['name', 'short', 'description'];

/** The glossary key of one of a UN indicator's texts. */
export type IndicatorTermKey<Code extends string = UnIndicatorCode> =
	`term.indicator.${Code}.${IndicatorField}`;

/** The glossary key of a UN indicator's name, short label or description. */
export function indicatorTermKey<Code extends string>(
	code: Code,
	field: IndicatorField
): IndicatorTermKey<Code> {
	return `term.indicator.${code}.${field}`;
}

/** Every UN indicator's glossary texts in a language, by key. */
export function unIndicatorTerms(locale: Locale): Record<IndicatorTermKey, string> {
	return Object.fromEntries(
		UN_INDICATOR_REGISTRY.flatMap((i) =>
			FIELDS.map((field) => [indicatorTermKey(i.code, field), i.glossary[locale][field]])
		)
	) as Record<IndicatorTermKey, string>;
}
