import { addCatalogue } from '../../i18n/catalogue';
import english from '../../i18n/messages/en/data';
import { describeIssue, type ImportIssue } from '../../import-issues';

export type { ImportIssue } from '../../import-issues';

// Logs and scripts (the import CLI, the bundled data on first start, tests) report problems in
// English, located with the data pages' words: those are at hand wherever this module is.
addCatalogue('en', 'data', english);

/** An issue in English, for logs and scripts (`errors.map(formatIssue)`). */
export function formatIssue(issue: ImportIssue): string {
	return describeIssue(issue, 'en');
}

/** A file that cannot be read at all (empty, binary, no recognisable layout). */
export class UnreadableFileError extends Error {
	constructor(
		message: string,
		readonly issue: ImportIssue = { row: null, column: null, message }
	) {
		super(message);
	}
}
