/**
 * The glossary's entries for the UN indicators. Each language's `messages/<locale>/terms.ts`
 * writes every indicator's texts through `unIndicatorTerms`, whose argument must name every
 * indicator of the registry (`$lib/domain/un-indicators`): adding one there makes the type
 * checker ask for its texts in every language. They become the keys
 * `term.indicator.<CODE>.name|short|description`, once per language.
 */
import type { UnIndicatorCode } from '../domain/un-indicators';

/** The texts the glossary holds for each UN indicator. */
export type IndicatorField = 'name' | 'short' | 'description';

/** A UN indicator's glossary texts in one language. */
export interface UnIndicatorTexts {
	/** The full name: "Online Service Index". */
	name: string;
	/** A short label for legends and bars: "Online services". */
	short: string;
	/** One line; the English one is also stored with the indicator and returned by the API. */
	description: string;
}

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

/** Every UN indicator's glossary texts in a language, as glossary keys. */
export function unIndicatorTerms(
	texts: Readonly<Record<UnIndicatorCode, UnIndicatorTexts>>
): Record<IndicatorTermKey, string> {
	return Object.fromEntries(
		Object.entries<UnIndicatorTexts>(texts).flatMap(([code, t]) =>
			(['name', 'short', 'description'] as const).map((field) => [
				indicatorTermKey(code, field),
				t[field]
			])
		)
	) as Record<IndicatorTermKey, string>;
}
