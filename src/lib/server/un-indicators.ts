import type { IndicatorDefinition } from '$lib/domain/indicators';
import { UN_INDICATOR_REGISTRY } from '$lib/domain/un-indicators';
import { indicatorTermKey } from '$lib/i18n/indicator-terms';
import definitions from '$lib/i18n/messages/en/definitions';
import terms from '$lib/i18n/messages/en/terms';

const UN_SOURCE =
	'UN DESA, United Nations E-Government Survey (publicadministration.un.org/egovkb)';

/**
 * The UN E-Government Survey indicators as the `indicators` table holds them (built in, named
 * and described in English, the glossary's words), in display order. Defined in
 * `$lib/domain/un-indicators`; server-side because the English texts are not every page's.
 */
export const UN_INDICATORS: readonly IndicatorDefinition[] = UN_INDICATOR_REGISTRY.map((i, n) => ({
	code: i.code,
	name: terms[indicatorTermKey(i.code, 'name')],
	description: definitions[indicatorTermKey(i.code, 'description')],
	unit: i.unit,
	minValue: i.minValue,
	maxValue: i.maxValue,
	higherIsBetter: i.higherIsBetter,
	source: UN_SOURCE,
	builtIn: true,
	sortOrder: n + 1
}));
