/**
 * The UN E-Government Survey indicators, each defined once, here: what the app knows of an
 * indicator (its place and role, its scale, its columns in the files the importer reads) is one
 * entry of UN_INDICATOR_REGISTRY. Everything else derives from it (see `./indicators`): the
 * built-in rows of the `indicators` table, the import layouts, the glossary's
 * `term.indicator.*` keys, and the lists of the summary, profile, compare and methodology
 * pages. Adding an indicator is adding an entry here; the type checker then asks for its texts
 * in each language's glossary (`$lib/i18n/messages/<locale>/terms.ts`) and for its methodology
 * prose (`$lib/i18n/messages/un-indicators.ts`). The texts are not here because this module
 * reaches every page's JavaScript, and a page carries only its own language's words.
 *
 * Nothing but data and types: a test replaces the registry to prove the derivations follow.
 */

/**
 * How an indicator relates to the headline index: the EGDI itself, one of the components whose
 * mean it is, or a separate index published beside it (the EPI).
 */
export type UnIndicatorRole = 'headline' | 'component' | 'separate';

export interface UnIndicatorEntry {
	/** The code stored with every observation, shown on charts and in addresses. */
	code: string;
	role: UnIndicatorRole;
	unit: string;
	minValue: number | null;
	maxValue: number | null;
	higherIsBetter: boolean;
	/** Its column's names in the UN Data Center download (case and spacing ignored). */
	unColumns: readonly string[];
	/** Its codes in the World Bank's Data360 mirror (the `INDICATOR` column). */
	worldBankCodes: readonly string[];
}

/** The scale every Survey index shares. */
const INDEX = { unit: 'index (0–1)', minValue: 0, maxValue: 1, higherIsBetter: true } as const;

/** The indicators in display order. The EGDI rank is stored as the EGDI's `rank`. */
export const UN_INDICATOR_REGISTRY = [
	{
		code: 'EGDI',
		role: 'headline',
		...INDEX,
		unColumns: ['E-Government Index', 'E-Government Development Index', 'EGDI', 'E_Index'],
		worldBankCodes: ['UN_EGDI_EGDI']
	},
	{
		code: 'OSI',
		role: 'component',
		...INDEX,
		unColumns: ['Online Service Index', 'OSI', 'Online_Service'],
		worldBankCodes: ['UN_EGDI_OSI']
	},
	{
		code: 'TII',
		role: 'component',
		...INDEX,
		unColumns: ['Telecommunication Infrastructure Index', 'TII', 'Tele_Infra'],
		worldBankCodes: ['UN_EGDI_TTI', 'UN_EGDI_TII']
	},
	{
		code: 'HCI',
		role: 'component',
		...INDEX,
		unColumns: ['Human Capital Index', 'HCI', 'Human_Capital'],
		worldBankCodes: ['UN_EGDI_HCI']
	},
	{
		code: 'EPI',
		role: 'separate',
		...INDEX,
		unColumns: ['E-Participation Index', 'EPI', 'E_Participation'],
		worldBankCodes: ['UN_EGDI_EPI']
	}
] as const satisfies readonly UnIndicatorEntry[];

/** The code of a UN indicator. */
export type UnIndicatorCode = (typeof UN_INDICATOR_REGISTRY)[number]['code'];

/** The codes of the indicators with a role. */
export type UnIndicatorCodeOf<Role extends UnIndicatorRole> = Extract<
	(typeof UN_INDICATOR_REGISTRY)[number],
	{ role: Role }
>['code'];
