import type { EditionWarning } from './domain/edition-checks';
import type { Locale } from './i18n/locales';
import { translate } from './i18n/translate';

/** A problem found in an uploaded file, located as a person would look for it in a spreadsheet. */
export interface ImportIssue {
	/** 1-based line of the file (the header is row 1); null for a problem with the whole file. */
	row: number | null;
	/** The column's header as written in the file, or null. */
	column: string | null;
	message: string;
	/** A fix to try, e.g. the closest known country name. */
	suggestion?: string;
}

/**
 * One line of text per issue in a language: `row 5, column "Country Name": unknown country …
 * (did you mean …?)`. Where it is comes in the language; the pipeline's message and suggestion
 * stay as the pipeline wrote them (English).
 */
export function describeIssue(issue: ImportIssue, locale: Locale): string {
	const where = [
		issue.row !== null ? translate(locale, 'data.issue.row', { row: issue.row }) : null,
		issue.column !== null ? translate(locale, 'data.issue.column', { column: issue.column }) : null
	]
		.filter(Boolean)
		.join(translate(locale, 'data.issue.and'));
	const fix = issue.suggestion ? ` — ${issue.suggestion}` : '';
	return `${where ? translate(locale, 'data.issue.at', { where }) : ''}${issue.message}${fix}`;
}

/**
 * A warning of the checks of an edition in a language, countries by name where `names` has
 * them (else their ISO3 code).
 */
export function describeCheck(
	check: EditionWarning,
	locale: Locale,
	names: Readonly<Record<string, string>> = {}
): string {
	const country = 'country' in check ? (names[check.country] ?? check.country) : '';
	switch (check.kind) {
		case 'egdiMean': {
			const { year, egdi, mean } = check;
			return translate(locale, 'data.check.egdiMean', { country, year, egdi, mean });
		}
		case 'rankOrder': {
			const { year, indicator, rank, value, valueRank } = check;
			const params = { country, year, indicator, rank, value, valueRank };
			return translate(locale, 'data.check.rankOrder', params);
		}
		case 'outlierChange': {
			const { year, indicator, previous, previousYear, value, typicalChange: typical, z } = check;
			const params = { country, year, indicator, previous, previousYear, value, typical, z };
			return translate(locale, 'data.check.outlierChange', params);
		}
		case 'missing': {
			const { year, previousYear } = check;
			const indicators = check.indicators.join(', ');
			return translate(locale, 'data.check.missing', { country, year, previousYear, indicators });
		}
		case 'partial': {
			const { year, previousYear, missing, previousCount } = check;
			return translate(locale, 'data.check.partial', {
				year,
				previousYear,
				missing,
				previousCount
			});
		}
	}
}
