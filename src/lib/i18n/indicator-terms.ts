/**
 * The glossary's entries for the UN indicators. Each language's `messages/<locale>/terms.ts`
 * writes every indicator's name and short label through `unIndicatorTerms`, and its
 * `definitions.ts` their one-line definitions through `unIndicatorDefinitions`; both arguments
 * must name every indicator of the registry (`$lib/domain/un-indicators`): adding one there
 * makes the type checker ask for its texts in every language. They become the keys
 * `term.indicator.<CODE>.name|short|description`, once per language. The definitions are a
 * group of their own (`definitions`) because only the server shows them.
 */
import type { UnIndicatorCode } from '../domain/un-indicators';

/** The texts the glossary holds for each UN indicator. */
export type IndicatorField = 'name' | 'short' | 'description';

/** A UN indicator's names in one language. */
export interface UnIndicatorTexts {
	/** The full name: "Online Service Index". */
	name: string;
	/** A short label for legends and bars: "Online services". */
	short: string;
}

/** The glossary key of one of a UN indicator's texts. */
export type IndicatorTermKey<
	Code extends string = UnIndicatorCode,
	Field extends IndicatorField = IndicatorField
> = `term.indicator.${Code}.${Field}`;

/** The glossary key of a UN indicator's name, short label or description. */
export function indicatorTermKey<Code extends string, Field extends IndicatorField>(
	code: Code,
	field: Field
): IndicatorTermKey<Code, Field> {
	return `term.indicator.${code}.${field}`;
}

/** Every UN indicator's name and short label in a language, as glossary keys. */
export function unIndicatorTerms(
	texts: Readonly<Record<UnIndicatorCode, UnIndicatorTexts>>
): Record<IndicatorTermKey<UnIndicatorCode, 'name' | 'short'>, string> {
	return Object.fromEntries(
		Object.entries<UnIndicatorTexts>(texts).flatMap(([code, t]) =>
			(['name', 'short'] as const).map((field) => [indicatorTermKey(code, field), t[field]])
		)
	) as Record<IndicatorTermKey<UnIndicatorCode, 'name' | 'short'>, string>;
}

/**
 * Every UN indicator's one-line definition in a language, as glossary keys; the English one is
 * also stored with the indicator and returned by the API.
 */
export function unIndicatorDefinitions(
	texts: Readonly<Record<UnIndicatorCode, string>>
): Record<IndicatorTermKey<UnIndicatorCode, 'description'>, string> {
	return Object.fromEntries(
		Object.entries(texts).map(([code, text]) => [indicatorTermKey(code, 'description'), text])
	) as Record<IndicatorTermKey<UnIndicatorCode, 'description'>, string>;
}
