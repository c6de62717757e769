/**
 * Values for the chart tests, from the UN E-Government Survey (UN DESA) as bundled in
 * `data/observations/`. A missing value (null) is an edition in which the country was not
 * assessed; none is made up.
 */

import type { LineSeries } from '../LineChart.svelte';
import { SERIES_COLOURS, SERIES_DASHES, SERIES_SHAPES } from '../palette';

export const EDITIONS = [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024];

/** Cambodia's EGDI and its three components, 2003–2024. */
export const CAMBODIA = {
	EGDI: [
		0.26369, 0.2859, 0.29891, 0.2989, 0.28784, 0.29021, 0.29986, 0.25927, 0.3753, 0.5113, 0.5056,
		0.57536
	],
	OSI: [
		0.12663, 0.21235, 0.23076, 0.19732, 0.1365, 0.18954, 0.17322, 0.05072, 0.25, 0.4529, 0.4181,
		0.45034
	],
	TII: [
		0.00443, 0.00535, 0.00598, 0.02032, 0.0297, 0.08141, 0.20745, 0.24862, 0.3132, 0.5466, 0.5605,
		0.76094
	],
	HCI: [
		0.66, 0.64, 0.66, 0.69069, 0.7019, 0.59967, 0.5189, 0.47847, 0.5626, 0.5344, 0.538, 0.51489
	],
	/** EGDI rank among the assessed countries. */
	rank: [134, 129, 128, 139, 140, 155, 139, 158, 145, 124, 127, 120]
};

export const INDICES = ['EGDI', 'OSI', 'TII', 'HCI'] as const;

/** Cambodia's EGDI and components as the summary page draws them, the EGDI emphasised. */
export const CAMBODIA_SERIES: LineSeries[] = INDICES.map((code, i) => ({
	key: code,
	label: code,
	points: points(CAMBODIA[code]),
	colour: SERIES_COLOURS[i],
	dash: SERIES_DASHES[i],
	shape: SERIES_SHAPES[i],
	emphasis: code === 'EGDI'
}));

/** Guinea's EGDI: not assessed in 2012, a gap in the middle of the line. */
export const GUINEA_EGDI = [
	0.13208,
	0.14225,
	0.13956,
	0.1402,
	0.14261,
	null,
	0.09543,
	0.1226,
	0.2348,
	0.2592,
	0.3608,
	0.40059
];

/** Tuvalu's EGDI: first assessed in 2005, then not until 2012, so 2005 stands alone. */
export const TUVALU_EGDI = [
	null,
	null,
	0.03702,
	null,
	null,
	0.35389,
	0.3059,
	0.295,
	0.3779,
	0.4209,
	0.3788,
	0.40425
];

/** The values of one series as chart points over the editions. */
export function points(values: readonly (number | null)[]): { x: number; y: number | null }[] {
	return EDITIONS.map((x, i) => ({ x, y: values[i] }));
}

/** The ASEAN members' EGDI in 2022 and 2024. */
export const ASEAN = [
	{ key: 'BRN', name: 'Brunei Darussalam', egdi2022: 0.727, egdi2024: 0.75536 },
	{ key: 'IDN', name: 'Indonesia', egdi2022: 0.716, egdi2024: 0.79911 },
	{ key: 'KHM', name: 'Cambodia', egdi2022: 0.5056, egdi2024: 0.57536 },
	{ key: 'LAO', name: "Lao People's Democratic Republic", egdi2022: 0.3764, egdi2024: 0.44038 },
	{ key: 'MMR', name: 'Myanmar', egdi2022: 0.4994, egdi2024: 0.50007 },
	{ key: 'MYS', name: 'Malaysia', egdi2022: 0.774, egdi2024: 0.81114 },
	{ key: 'PHL', name: 'Philippines', egdi2022: 0.6523, egdi2024: 0.76212 },
	{ key: 'SGP', name: 'Singapore', egdi2022: 0.9133, egdi2024: 0.96912 },
	{ key: 'THA', name: 'Thailand', egdi2022: 0.766, egdi2024: 0.8351 },
	{ key: 'TLS', name: 'Timor-Leste', egdi2022: 0.4372, egdi2024: 0.40202 },
	{ key: 'VNM', name: 'Viet Nam', egdi2022: 0.6787, egdi2024: 0.77092 }
];

/** South Sudan's EGDI: not assessed before 2012 (independent since 2011). */
export const SOUTH_SUDAN = { egdi2010: null, egdi2024: 0.11907 };
