/**
 * The income groups the dashboard has: one World Bank classification for every edition. The
 * Survey uses the classification of its own year, which this dataset cannot rebuild (the World
 * Bank's historical classification is not among its sources), so every page and answer that
 * groups by income names this one. Known differences: the 2024 Survey counts 55 lower-middle-
 * income countries (51 here); the 2022 text has Seychelles high-income (upper-middle here).
 */
export const INCOME_CLASSIFICATION = {
	/** The year the classification is of, as near as the source allows. */
	year: 2018,
	/** Said in every answer that uses income groups. */
	label:
		'World Bank income groups of about 2018 (UNU-EGOV country list), the same for every edition; the Survey uses the classification of its own year'
} as const;
