import {
	UN_INDICATOR_REGISTRY,
	type UnIndicatorCode,
	type UnIndicatorCodeOf,
	type UnIndicatorRole
} from './un-indicators';

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

/** Every UN indicator's code, in display order. */
export const UN_INDICATOR_CODES: readonly UnIndicatorCode[] = UN_INDICATOR_REGISTRY.map(
	(i) => i.code
);

function codesOf<Role extends UnIndicatorRole>(role: Role): UnIndicatorCodeOf<Role>[] {
	return UN_INDICATOR_REGISTRY.filter((i) => i.role === role).map(
		(i) => i.code as UnIndicatorCodeOf<Role>
	);
}

/** The components whose mean is the EGDI, in display order. */
export const EGDI_COMPONENTS: readonly UnIndicatorCodeOf<'component'>[] = codesOf('component');

/** The EGDI and its components: the lines of a country's trend, the bars of a comparison. */
export const EGDI_AND_COMPONENTS: readonly UnIndicatorCodeOf<'headline' | 'component'>[] = [
	...codesOf('headline'),
	...EGDI_COMPONENTS
];

/** Whether a code is a UN indicator's (rather than a national KPI's). */
export function isUnIndicator(code: string): code is UnIndicatorCode {
	return (UN_INDICATOR_CODES as readonly string[]).includes(code);
}

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
		note: 'Tuvalu, 2003: the UN file and the World Bank mirror give an HCI of 1.03, above the index maximum of 1; the UN did not assess Tuvalu that year (EGDI 0), so its EGDI and rank are missing and the HCI is kept as published.'
	}
];

/**
 * The last edition whose HCI and TII were not min–max normalised. Up to 2005 the HCI was two
 * thirds adult literacy and one third gross enrolment, and the TII a mean of ratios to a
 * benchmark: neither can be 0 for a real country, so a 0 there is the UN file's way of writing
 * "no data" (small states such as Andorra, Liechtenstein, Monaco or San Marino, whose HCI was
 * not measured). From 2008 each component is min–max normalised and a 0 is the lowest
 * country's real value. The EGDI and rank of those rows are kept as published: the UN computed
 * them with the 0 (see the methodology page, "Zeros of 2003–2005").
 */
export const LAST_UNNORMALISED_EDITION = 2005;

/**
 * Whether a 0 published for `indicator` in `year`, in a row that was assessed, means "no
 * data" rather than a value: the HCI and TII of 2003–2005.
 */
export function zeroMeansNoData(indicator: string, year: number): boolean {
	return year <= LAST_UNNORMALISED_EDITION && (indicator === 'HCI' || indicator === 'TII');
}

/**
 * What a milestone can say it moves: the EGDI's components and the indices published beside it
 * (OSI, TII, HCI, EPI), from the registry.
 */
export const MILESTONE_COMPONENTS: readonly UnIndicatorCodeOf<'component' | 'separate'>[] = [
	...EGDI_COMPONENTS,
	...codesOf('separate')
];
