/** Definition of an indicator, shared by the database seed, the import pipeline and the pages. */
export interface IndicatorDefinition {
	code: string;
	name: string;
	description: string;
	unit: string;
	minValue: number | null;
	maxValue: number | null;
	higherIsBetter: boolean;
	source: string;
	builtIn: boolean;
	sortOrder: number;
}

const UN_SOURCE =
	'UN DESA, United Nations E-Government Survey (publicadministration.un.org/egovkb)';

function unIndex(code: string, name: string, description: string, sortOrder: number) {
	return {
		code,
		name,
		description,
		unit: 'index (0–1)',
		minValue: 0,
		maxValue: 1,
		higherIsBetter: true,
		source: UN_SOURCE,
		builtIn: true,
		sortOrder
	} satisfies IndicatorDefinition;
}

/** The UN E-Government Survey indicators, in display order. The EGDI rank is stored as the EGDI's `rank`. */
export const UN_INDICATORS: readonly IndicatorDefinition[] = [
	unIndex(
		'EGDI',
		'E-Government Development Index',
		'Mean of the Online Service, Telecommunication Infrastructure and Human Capital indices. Relative: re-scaled every edition.',
		1
	),
	unIndex(
		'OSI',
		'Online Service Index',
		'Min–max normalised score of the UN Member States Questionnaire on national online services.',
		2
	),
	unIndex(
		'TII',
		'Telecommunication Infrastructure Index',
		'Mean of normalised ITU indicators (internet users, mobile and broadband subscriptions); the set changed between editions.',
		3
	),
	unIndex(
		'HCI',
		'Human Capital Index',
		'Adult literacy, gross enrolment ratio, expected and mean years of schooling.',
		4
	),
	unIndex(
		'EPI',
		'E-Participation Index',
		'E-information, e-consultation and e-decision-making; min–max normalised.',
		5
	)
];

/** The three components whose mean is the EGDI. */
export const EGDI_COMPONENTS = ['OSI', 'TII', 'HCI'] as const;

/** Survey editions published before this application shipped. Later editions arrive by import. */
export const KNOWN_EDITIONS = [
	2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024
] as const;

/** Years outside this range are rejected as impossible by the import pipeline. */
export const YEAR_RANGE = { min: 1990, max: 2100 } as const;

/**
 * Values the UN published outside an index's 0–1 range. They are errors in the source, kept as
 * published (the EGDI and rank of that edition were computed from them) and flagged, rather
 * than rejecting the official file. Matching is exact, so any other out-of-range value is
 * still refused.
 */
export const PUBLISHED_ANOMALIES: readonly {
	indicator: string;
	country: string;
	year: number;
	value: number;
	note: string;
}[] = [
	{
		indicator: 'HCI',
		country: 'FSM',
		year: 2003,
		value: 1.422,
		note: 'Micronesia (Federated States of), 2003: the UN file gives an HCI of 1.422, above the index maximum of 1; its 2003 EGDI (0.52648, rank 42) was computed from it.'
	},
	{
		indicator: 'HCI',
		country: 'TUV',
		year: 2003,
		value: 1.03,
		note: 'Tuvalu, 2003: the World Bank mirror gives an HCI of 1.03, above the index maximum of 1; the UN file marks Tuvalu as not assessed that year.'
	}
];
