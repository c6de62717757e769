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

/** One line of text per issue: `row 5, column "Country Name": unknown country … (did you mean …?)`. */
export function formatIssue(issue: ImportIssue): string {
	const where = [
		issue.row !== null ? `row ${issue.row}` : null,
		issue.column !== null ? `column "${issue.column}"` : null
	]
		.filter(Boolean)
		.join(', ');
	const fix = issue.suggestion ? ` — ${issue.suggestion}` : '';
	return `${where ? where + ': ' : ''}${issue.message}${fix}`;
}
