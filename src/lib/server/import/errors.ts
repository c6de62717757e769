import type { ImportIssue } from '$lib/import-issues';

export { formatIssue, type ImportIssue } from '$lib/import-issues';

/** A file that cannot be read at all (empty, binary, no recognisable layout). */
export class UnreadableFileError extends Error {
	constructor(
		message: string,
		readonly issue: ImportIssue = { row: null, column: null, message }
	) {
		super(message);
	}
}
