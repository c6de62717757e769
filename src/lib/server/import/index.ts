import { Readable } from 'node:stream';
import { createCountryMatcher } from '$lib/domain/country-names';
import type { Db } from '../db/connection';
import { countryNames, listAliases } from '../db/countries';
import { completeImport, insertImport } from '../db/imports';
import { listIndicators } from '../db/indicators';
import { dataRevision } from '../db/revision';
import {
	begin,
	commit,
	foreignKeys,
	inTransaction,
	rollback,
	setForeignKeys
} from '../db/transactions';
import { UnreadableFileError, type ImportIssue } from './errors';
import {
	chooseLayout,
	createMapper,
	type ImportRecord,
	type LayoutName,
	type RowMapper
} from './layouts';
import { parseCsv } from './parse';
import { dropStaged, stageStatements } from '../db/observation-writes';
import { createWriter, writeStagedImport, type DiffCounts, type ValueChange } from './store';
import { createValidator, type IndicatorRange } from './validate';

export { formatIssue, type ImportIssue } from './errors';
export { LAYOUTS, type LayoutName } from './layouts';

/**
 * The most columns a file may have. The widest layout (World Bank, a column per year since
 * 1960) has under a hundred; a header of 100,000 columns is no data file, and mapping it costs
 * time that grows with its width.
 */
export const MAX_COLUMNS = 1000;

export interface ImportOptions {
	fileName: string;
	/** A layout name, or "auto" (the default) to detect it from the header. */
	layout?: LayoutName | 'auto';
	/** Validate and diff only; nothing is written. */
	dryRun?: boolean;
	/** Recorded with the import: a user's email, "cli" or "system". */
	importedBy: string;
	/** Total size, when known, for progress. */
	totalBytes?: number;
	onProgress?(progress: { bytes: number; totalBytes?: number; rows: number }): void;
	/** How many issues to keep in the report; the rest are only counted. */
	maxIssues?: number;
	/**
	 * A file in memory, once checked and found to change something: awaited before the write
	 * lock is taken to write it (the server holds back its own writes meanwhile).
	 */
	beforeWrite?(): Promise<void>;
	/** Called once the writing that `beforeWrite` announced is committed or rolled back. */
	afterWrite?(): void;
}

export type ImportStatus = 'published' | 'dry_run' | 'rejected' | 'unchanged';

export interface ImportReport {
	fileName: string;
	sha256: string | null;
	layout: LayoutName | null;
	status: ImportStatus;
	years: number[];
	rowsRead: number;
	values: DiffCounts;
	largestChanges: ValueChange[];
	errors: ImportIssue[];
	/** Accepted oddities worth a look (values kept as the source published them). */
	warnings: ImportIssue[];
	/** All errors, including those beyond `maxIssues`. */
	errorCount: number;
	importId: number | null;
}

/**
 * The one import pipeline: parse → detect the layout → map names to ISO3 → validate → diff →
 * commit in one transaction → record the import. Any error rejects the whole file and the
 * database is left exactly as it was. `db` should be a connection of the import's own, so
 * that readers on other connections never see a half-written file.
 *
 * A file in memory (a Buffer or a string: the server's uploads) is published in two steps, so
 * that the database's only write lock is held for the writing alone, not for the reading and
 * checking too: the file is checked and its changes
 * worked out in a read transaction, then `beforeWrite` is awaited (the server holds back its
 * own writes meanwhile, see ../imports.ts), the lock taken and the changes written. If the data
 * changed in between (the data revision moved: another import, an edit of a country or an
 * indicator), the file is read again under the lock, as a stream is from the start.
 */
export async function runImport(
	db: Db,
	source: Readable | Buffer | string,
	options: ImportOptions
): Promise<ImportReport> {
	// Countries and indicators are checked by the mapper and the import record is our own, so
	// SQLite need not check the foreign keys of every row again (the setting cannot change
	// inside a transaction).
	const checkedForeignKeys = foreignKeys(db);
	setForeignKeys(db, false);
	try {
		if (options.dryRun || source instanceof Readable) {
			return (await checkFile(db, source, options, options.dryRun ? 'read' : 'write')).report;
		}
		const planned = await checkFile(db, source, options, 'plan');
		if (!planned.staged) return planned.report;
		try {
			await options.beforeWrite?.();
			try {
				return await writePlanned(db, source, options, planned);
			} finally {
				options.afterWrite?.();
			}
		} finally {
			dropStaged(db);
		}
	} finally {
		if (!inTransaction(db)) setForeignKeys(db, checkedForeignKeys);
	}
}

/** A checked file: its report and whether its writes are staged for a two-step publish. */
interface Checked {
	report: ImportReport;
	/** Whether the writes are set aside (mode "plan", a file to publish): see stageStatements. */
	staged: boolean;
	/** The data revision the file was checked against. */
	revision: number;
}

/** The second step of a two-step publish: the staged writes, under the write lock. */
async function writePlanned(
	db: Db,
	source: Buffer | string,
	options: ImportOptions,
	planned: Checked
): Promise<ImportReport> {
	begin(db, 'write');
	try {
		if (dataRevision(db) !== planned.revision) {
			rollback(db);
			dropStaged(db);
			return (await checkFile(db, source, options, 'write')).report;
		}
		const report = planned.report;
		const importId = insertImport(db, {
			fileName: options.fileName,
			layout: report.layout!,
			importedBy: options.importedBy
		});
		writeStagedImport(db, importId, report.values.new);
		completeImport(db, importId, report);
		commit(db);
		return { ...report, importId, status: 'published' };
	} catch (error) {
		if (inTransaction(db)) rollback(db);
		throw error;
	}
}

/**
 * Reads, checks and diffs the file in one transaction: "read" (a dry run: a consistent
 * snapshot, nothing written), "plan" (the same, keeping the writes to make for `writePlanned`)
 * or "write" (the write lock taken up front, each write made as its row is read, committed at
 * the end; two such imports run one after the other).
 */
async function checkFile(
	db: Db,
	source: Readable | Buffer | string,
	options: ImportOptions,
	mode: 'read' | 'plan' | 'write'
): Promise<Checked> {
	const maxIssues = options.maxIssues ?? 200;
	const report: ImportReport = {
		fileName: options.fileName,
		sha256: null,
		layout: null,
		status: 'rejected',
		years: [],
		rowsRead: 0,
		values: { new: 0, changed: 0, unchanged: 0 },
		largestChanges: [],
		errors: [],
		warnings: [],
		errorCount: 0,
		importId: null
	};
	const issue = (
		row: number | null,
		column: string | null,
		message: string,
		suggestion?: string
	) => {
		report.errorCount++;
		if (report.errors.length < maxIssues) report.errors.push({ row, column, message, suggestion });
	};

	begin(db, mode === 'write' ? 'write' : 'read');
	// The first read of the transaction: what follows reads the same snapshot.
	const revision = dataRevision(db);
	const indicators: IndicatorRange[] = listIndicators(db).map(({ code, minValue, maxValue }) => ({
		code,
		minValue,
		maxValue
	}));
	const codes = new Map(indicators.map((i) => [i.code.toUpperCase(), i.code]));
	const names = countryNames(db);
	const ctx = {
		countries: createCountryMatcher(names, listAliases(db)),
		indicatorCode: (text: string) => codes.get(text.trim().toUpperCase()) ?? null,
		issue
	};
	const countryCodes = names.map((c) => c.iso3);
	const check = createValidator(indicators, countryCodes, issue, (row, column, message) =>
		report.warnings.push({ row, column, message })
	);
	const years = new Set<number>();
	let headerLength = 0;

	/**
	 * A row must have the header's fields: one short (a field lost, a line broken inside a
	 * value) or one long (an unquoted decimal comma, "0,575") would shift values into the wrong
	 * columns. Extra empty fields at the end (a spreadsheet's trailing commas) are harmless.
	 */
	function fieldsFit(row: string[], line: number): boolean {
		if (row.length === headerLength) return true;
		if (row.length > headerLength && row.slice(headerLength).every((f) => f.trim() === '')) {
			return true;
		}
		issue(
			line,
			null,
			`this row has ${row.length} fields where the header has ${headerLength}`,
			row.length > headerLength
				? 'a decimal comma (0,575)? Write 0.575, or put the value in quotes'
				: 'a field or a comma is missing, or a line break splits the row'
		);
		return false;
	}

	let writer: ReturnType<typeof createWriter> | null = null;
	let mapper: RowMapper | null = null;
	// Filled inside this read transaction: a TEMP table takes no lock on the database.
	const staged = mode === 'plan' ? stageStatements(db) : undefined;
	try {
		const parsed = await parseCsv(toStream(source), {
			onHeader(header) {
				headerLength = header.length;
				if (header.length > MAX_COLUMNS) {
					throw new UnreadableFileError(
						`The header has ${header.length} columns; a data file of this dashboard has at most ${MAX_COLUMNS}. Is it the right file?`
					);
				}
				const seen = new Set<string>();
				const twice = header.find((h) => {
					if (!h) return false;
					const key = h.toLowerCase();
					if (seen.has(key)) return true;
					seen.add(key);
					return false;
				});
				if (twice) {
					throw new UnreadableFileError(
						`The header names the column "${twice.slice(0, 60)}" twice: which one holds the values is unclear. Keep one of them.`
					);
				}
				const layout = chooseLayout(header, options.layout);
				report.layout = layout;
				mapper = createMapper(layout, header, ctx);
				const importId =
					mode !== 'write' || !mapper
						? null
						: insertImport(db, {
								fileName: options.fileName,
								layout,
								importedBy: options.importedBy
							});
				writer = createWriter(db, importId, staged);
				report.importId = importId;
			},
			onRows(rows, lines) {
				report.rowsRead += rows.length;
				if (!mapper || !writer) return;
				const w = writer;
				let line = 0;
				const emit = (record: ImportRecord, column: string) => {
					if (!check(record, line, column)) return;
					years.add(record.year);
					// Once the file is known to be bad, only keep validating.
					if (report.errorCount === 0) w.apply(record);
				};
				for (let i = 0; i < rows.length; i++) {
					line = lines[i];
					if (!fieldsFit(rows[i], line)) continue;
					mapper(rows[i], line, emit);
				}
			},
			onProgress: (bytes) =>
				options.onProgress?.({ bytes, totalBytes: options.totalBytes, rows: report.rowsRead })
		});
		report.sha256 = parsed.sha256;
		if (report.layout && parsed.dataRows === 0)
			issue(null, null, 'The file has a header but no data rows.');
	} catch (error) {
		if (!(error instanceof UnreadableFileError)) {
			rollback(db);
			throw error;
		}
		issue(error.issue.row, error.issue.column, error.issue.message);
	}

	report.years = [...years].sort((a, b) => a - b);
	const w = writer as ReturnType<typeof createWriter> | null;
	if (w) {
		report.values = { ...w.counts };
		report.largestChanges = w.largestChanges();
	}
	const nothingNew = report.values.new === 0 && report.values.changed === 0;
	if (mode === 'plan' && report.errorCount === 0 && !nothingNew) {
		// Nothing of the database was written: this keeps what was staged, for the second step.
		commit(db);
		return { report, staged: true, revision };
	}
	if (report.errorCount > 0 || mode !== 'write' || nothingNew) {
		rollback(db);
		report.importId = null;
		report.status = report.errorCount > 0 ? 'rejected' : mode === 'read' ? 'dry_run' : 'unchanged';
		return { report, staged: false, revision };
	}
	w?.finish();
	completeImport(db, report.importId!, report);
	commit(db);
	report.status = 'published';
	return { report, staged: false, revision };
}

function toStream(source: Readable | Buffer | string): Readable {
	if (source instanceof Readable) return source;
	return Readable.from(slices(typeof source === 'string' ? Buffer.from(source) : source));
}

/**
 * A file already in memory (an upload), in 64 KB slices with a turn of the event loop between
 * them, so that a server importing a large file goes on answering other requests.
 */
async function* slices(buffer: Buffer) {
	for (let at = 0; at < buffer.length; at += 65536) {
		yield buffer.subarray(at, at + 65536);
		await new Promise((resolve) => setImmediate(resolve));
	}
}
